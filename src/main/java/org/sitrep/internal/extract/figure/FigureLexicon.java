package org.sitrep.internal.extract.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.claim.Category;
import org.sitrep.claim.Modality;
import org.sitrep.claim.Qualifier;
import org.sitrep.internal.extract.source.Roles;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;

/**
 * The figure extractor's knowledge, read once from the TSV files beside this class: qualifiers,
 * number words, vague quantities, unit names, noun categories, predicates and modality cues.
 * Immutable once built.
 */
final class FigureLexicon {

  /** A number word: a unit ("seven") adds, a scale ("million") multiplies. */
  record NumberWord(double value, boolean scale) {}

  /**
   * A predicate's category; {@code patientOnly} when the figure must be its object or passive
   * subject; the object lemma it needs ({@code null} when any will do).
   */
  record Predicate(Category category, boolean patientOnly, String object) {}

  /** A modality cue and where it must stand. */
  record ModalityCue(Modality modality, String where) {}

  /** The category a class of {@code noun-classes.tsv} gives a count; people and masses give none. */
  private static final Map<String, Category> CLASS_CATEGORIES = Map.of("munition", Category.MUNITIONS,
      "equipment", Category.EQUIPMENT, "time", Category.DURATION, "length", Category.DISTANCE,
      "area", Category.AREA, "money", Category.MONEY);
  /** A compound is read by its last part ("crewmember": "member") when both parts are this long. */
  private static final int MIN_COMPOUND_PART = 3;
  private static final int MIN_COMPOUND_HEAD = 4;

  private final Map<String, Qualifier> qualifiers;
  private final int longestQualifier;
  private final Map<String, NumberWord> numberWords;
  private final Map<String, Double> vague;
  private final int longestVague;
  private final Map<String, String> units;
  private final Map<String, Category> categories;
  private final Map<String, String> nounClasses;
  private final Map<String, String> predicateNouns;
  private final Map<String, List<Predicate>> predicates;
  private final Map<String, ModalityCue> modalityCues;
  private final Map<String, String> nonCountWords;
  private final Roles roles;

  private FigureLexicon() {
    qualifiers = new HashMap<>();
    for (Row row : rows("qualifiers.tsv", "phrase", "qualifier")) {
      qualifiers.put(row.lower("phrase"), row.choice("qualifier", Qualifier.class));
    }
    longestQualifier = qualifiers.keySet().stream().mapToInt(FigureLexicon::wordCount).max().orElse(1);
    numberWords = new HashMap<>();
    for (Row row : rows("number-words.tsv", "word", "value", "kind")) {
      numberWords.put(row.lower("word"), new NumberWord(number(row, "value"), row.required("kind").equals("SCALE")));
    }
    vague = new HashMap<>();
    for (Row row : vagueRows()) {
      vague.put(row.lower("phrase"), number(row, "value"));
    }
    longestVague = vague.keySet().stream().mapToInt(FigureLexicon::wordCount).max().orElse(1);
    units = new HashMap<>();
    for (Row row : rows("units.tsv", "form", "unit")) {
      units.put(row.lower("form"), row.required("unit"));
    }
    categories = new HashMap<>();
    for (Row row : rows("categories.tsv", "unit", "category")) {
      categories.put(row.lower("unit"), row.choice("category", Category.class));
    }
    nounClasses = new HashMap<>();
    for (Row row : rows("noun-classes.tsv", "noun", "class")) {
      nounClasses.put(row.lower("noun"), row.lower("class"));
    }
    predicateNouns = new HashMap<>();
    for (Row row : rows("predicate-nouns.tsv", "noun", "lemma")) {
      predicateNouns.put(row.lower("noun"), row.lower("lemma"));
    }
    predicates = new HashMap<>();
    for (Row row : rows("predicates.tsv", "lemma", "category", "role", "object")) {
      predicates.computeIfAbsent(row.lower("lemma"), k -> new ArrayList<>())
          .add(new Predicate(row.choice("category", Category.class), row.required("role").equals("PATIENT"),
              row.optional("object")));
    }
    nonCountWords = new HashMap<>();
    for (Row row : rows("non-count-words.tsv", "word", "kind")) {
      nonCountWords.put(row.lower("word"), row.lower("kind"));
    }
    roles = Roles.get();
    modalityCues = new HashMap<>();
    for (Row row : rows("modality.tsv", "lemma", "modality", "where")) {
      modalityCues.put(row.lower("lemma"), new ModalityCue(row.choice("modality", Modality.class), row.required("where")));
    }
  }

  private static final class Holder {
    static final FigureLexicon INSTANCE = new FigureLexicon();
  }

  static FigureLexicon get() {
    return Holder.INSTANCE;
  }

  Qualifier qualifier(String phrase) {
    return qualifiers.get(phrase);
  }

  int longestQualifier() {
    return longestQualifier;
  }

  NumberWord numberWord(String lower) {
    return numberWords.get(lower);
  }

  Double vague(String phrase) {
    return vague.get(phrase);
  }

  int longestVague() {
    return longestVague;
  }

  /** The contract's unit for a surface form or lemma: "people" is "person", "%" is "percent". */
  String unit(String lower) {
    return units.getOrDefault(lower, lower);
  }

  boolean isUnitName(String lower) {
    return units.containsKey(lower);
  }

  /**
   * What a unit is a count of: its row in {@code categories.tsv}, else the category of its class
   * in {@code noun-classes.tsv} (WordNet: "howitzer" is equipment, "fortnight" a duration); null
   * for people and for nouns neither knows.
   */
  Category category(String unit) {
    if (unit == null) {
      return null;
    }
    String lower = unit.toLowerCase(Locale.ROOT);
    Category listed = categories.get(lower);
    if (listed != null) {
      return listed;
    }
    String nounClass = nounClass(lower);
    return nounClass == null ? null : CLASS_CATEGORIES.get(nounClass);
  }

  /** Whether {@code categories.tsv} lists the unit (a two-word unit must be listed there: "service member"). */
  boolean isListedUnit(String lower) {
    return categories.containsKey(lower);
  }

  /**
   * The class of a noun (lower case) in {@code noun-classes.tsv}; for a compound the lexicon lacks,
   * the class of the noun it ends in ("crewmember": person).
   */
  String nounClass(String lower) {
    String c = nounClasses.get(lower);
    if (c != null || lower.indexOf(' ') >= 0) {
      return c;
    }
    for (int cut = MIN_COMPOUND_PART; lower.length() - cut >= MIN_COMPOUND_HEAD; cut++) {
      c = nounClasses.get(lower.substring(cut));
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * The predicates of a lemma: its own rows, else those of the verb whose act it names
   * ({@code predicate-nouns.tsv}: "evacuation" is "evacuate"), with a repeating "re-" read away
   * ("re-evacuation").
   */
  List<Predicate> predicates(String lemma) {
    List<Predicate> own = predicates.get(lemma);
    if (own != null) {
      return own;
    }
    String verb = predicateNouns.get(lemma);
    if (verb == null && lemma.startsWith("re-")) {
      return predicates(lemma.substring(3));
    }
    return verb == null ? List.of() : predicates.getOrDefault(verb, List.of());
  }

  ModalityCue modalityCue(String lemma) {
    return modalityCues.get(lemma);
  }

  /** A currency sign or code before a number: "$", "US$". */
  boolean isCurrency(org.sitrep.nlp.Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return isUnitName(w) && (t.pos().equals("$") || t.pos().equals("#") || w.equals("us$"))
        && Category.MONEY == category(unit(w));
  }

  /** A word after which a number is a label ("Resolution 2254"), lower case. */
  boolean isLabelWord(String lower) {
    return "label".equals(nonCountWords.get(lower));
  }

  /** A word before a number, or a list of numbers, that are ages ("aged", "ages"), lower case. */
  boolean isAgeWord(String lower) {
    return "age".equals(nonCountWords.get(lower));
  }

  /** A word after a number that makes it a time of day ("tonight", "p.m."), lower case. */
  boolean isTimeWord(String lower) {
    return "time".equals(nonCountWords.get(lower));
  }

  /** A word before a number that makes it a phone number or other code ("tel.", "hotline"), lower case. */
  boolean isCodeWord(String lower) {
    return "code".equals(nonCountWords.get(lower));
  }

  /**
   * Whether a unit counts people: a person noun (the roles list, a person or a group of people by
   * WordNet, a capitalised demonym), or a force, casualty, captive or refugee noun.
   */
  boolean countsPeople(String unit, Category category) {
    if (unit != null) {
      String lower = unit.toLowerCase(Locale.ROOT);
      String nounClass = nounClass(lower);
      if (roles.countsPeople(lower) || Character.isUpperCase(unit.charAt(0))
          || "person".equals(nounClass) || "group".equals(nounClass)) {
        return true;
      }
    }
    return category != null && category != Category.OTHER && category != Category.MUNITIONS
        && category != Category.EQUIPMENT && category != Category.DURATION && category != Category.DISTANCE
        && category != Category.AREA && category != Category.MONEY;
  }

  private static int wordCount(String phrase) {
    return phrase.split(" ").length;
  }

  /** The rows of {@code vague-quantities.tsv}, with their examples. */
  static List<Row> vagueRows() {
    return rows("vague-quantities.tsv", "phrase", "value", "example");
  }

  private static List<Row> rows(String name, String... columns) {
    return Table.read(FigureLexicon.class, name).require(columns).rows();
  }

  private static double number(Row row, String column) {
    Double v = row.decimal(column);
    if (v == null) {
      throw row.error("column '" + column + "' is empty");
    }
    return v;
  }
}
