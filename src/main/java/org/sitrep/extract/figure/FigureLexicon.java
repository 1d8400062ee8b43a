package org.sitrep.extract.figure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.claim.Category;
import org.sitrep.claim.Modality;
import org.sitrep.claim.Qualifier;

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

  private final Map<String, Qualifier> qualifiers;
  private final int longestQualifier;
  private final Map<String, NumberWord> numberWords;
  private final Map<String, Double> vague;
  private final int longestVague;
  private final Map<String, String> units;
  private final Map<String, Category> categories;
  private final Map<String, List<Predicate>> predicates;
  private final Map<String, ModalityCue> modalityCues;
  private final java.util.Set<String> labelWords;
  private final java.util.Set<String> people;

  private FigureLexicon() {
    qualifiers = new HashMap<>();
    for (String[] row : rows("qualifiers.tsv")) {
      qualifiers.put(row[0], Qualifier.valueOf(row[1]));
    }
    longestQualifier = qualifiers.keySet().stream().mapToInt(FigureLexicon::wordCount).max().orElse(1);
    numberWords = new HashMap<>();
    for (String[] row : rows("number-words.tsv")) {
      numberWords.put(row[0], new NumberWord(Double.parseDouble(row[1]), row[2].equals("SCALE")));
    }
    vague = new HashMap<>();
    for (String[] row : rows("vague-quantities.tsv")) {
      vague.put(row[0], Double.parseDouble(row[1]));
    }
    longestVague = vague.keySet().stream().mapToInt(FigureLexicon::wordCount).max().orElse(1);
    units = new HashMap<>();
    for (String[] row : rows("units.tsv")) {
      units.put(row[0], row[1]);
    }
    categories = new HashMap<>();
    for (String[] row : rows("categories.tsv")) {
      categories.put(row[0], Category.valueOf(row[1]));
    }
    predicates = new HashMap<>();
    for (String[] row : rows("predicates.tsv")) {
      predicates.computeIfAbsent(row[0], k -> new ArrayList<>())
          .add(new Predicate(Category.valueOf(row[1]), row[2].equals("PATIENT"),
              row.length > 3 ? row[3] : null));
    }
    labelWords = new java.util.HashSet<>();
    for (String[] row : rows("label-words.tsv")) {
      labelWords.add(row[0]);
    }
    people = new java.util.HashSet<>();
    for (String[] row : rows("people.tsv")) {
      people.add(row[0]);
    }
    modalityCues = new HashMap<>();
    for (String[] row : rows("modality.tsv")) {
      modalityCues.put(row[0], new ModalityCue(Modality.valueOf(row[1]), row[2]));
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

  Category category(String unit) {
    return unit == null ? null : categories.get(unit.toLowerCase(Locale.ROOT));
  }

  List<Predicate> predicates(String lemma) {
    return predicates.getOrDefault(lemma, List.of());
  }

  ModalityCue modalityCue(String lemma) {
    return modalityCues.get(lemma);
  }

  /** A word after which a number is a label ("Resolution 2254"), lower case. */
  boolean isLabelWord(String lower) {
    return labelWords.contains(lower);
  }

  /** Whether a unit counts people: a person noun, or a force, casualty, captive or refugee noun. */
  boolean countsPeople(String unit, Category category) {
    if (unit != null && (people.contains(unit.toLowerCase(Locale.ROOT)) || Character.isUpperCase(unit.charAt(0)))) {
      return true;
    }
    return category != null && category != Category.OTHER && category != Category.MUNITIONS
        && category != Category.EQUIPMENT && category != Category.DURATION && category != Category.DISTANCE
        && category != Category.AREA && category != Category.MONEY;
  }

  private static int wordCount(String phrase) {
    return phrase.split(" ").length;
  }

  private static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = FigureLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        cols[0] = cols[0].trim().toLowerCase(Locale.ROOT);
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return rows;
  }
}
