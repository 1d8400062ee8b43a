package org.sitrep.internal.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;

/**
 * The closed-class words the extractors test for ({@code function-words.tsv}): personal pronouns
 * with their person, reference and form; relative pronouns; negators; subordinators; determiners;
 * auxiliaries. Read once; immutable. Words compare in lower case.
 */
public final class FunctionWords {

  private static final String RESOURCE = "/org/sitrep/internal/extract/function-words.tsv";

  /** A personal pronoun: its person (1, 2, 3), what it can stand for, its form and its subject form. */
  public record Pronoun(String word, int person, String refers, String form, String base) {}

  private final Map<String, Pronoun> pronouns;
  private final Map<String, Set<String>> byClass;

  private FunctionWords(Map<String, Pronoun> pronouns, Map<String, Set<String>> byClass) {
    this.pronouns = Map.copyOf(pronouns);
    Map<String, Set<String>> frozen = new HashMap<>();
    byClass.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    this.byClass = Map.copyOf(frozen);
  }

  private static final class Holder {
    static final FunctionWords INSTANCE = load();
  }

  /** The bundled words, read once per JVM. */
  public static FunctionWords get() {
    return Holder.INSTANCE;
  }

  private static FunctionWords load() {
    Map<String, Pronoun> pronouns = new HashMap<>();
    Map<String, Set<String>> byClass = new HashMap<>();
    for (Row row : Table.read(RESOURCE).require("word", "class", "person", "refers", "form", "base").rows()) {
      String word = row.lower("word");
      String kind = row.lower("class");
      byClass.computeIfAbsent(kind, k -> new HashSet<>()).add(word);
      if (kind.equals("pronoun")) {
        Long person = row.integer("person");
        if (person == null) {
          throw row.error("a pronoun needs its person");
        }
        pronouns.put(word, new Pronoun(word, person.intValue(), row.lower("refers"), row.lower("form"),
            row.lower("base")));
      }
    }
    return new FunctionWords(pronouns, byClass);
  }

  /**
   * The personal pronoun {@code word} is, or null. A word in capitals is no pronoun: "US" is not
   * "us".
   */
  public Pronoun pronoun(String word) {
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals("I")) {
      return null;
    }
    return pronouns.get(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} (any case) is in the class {@code kind}: "relative", "negator", ... */
  public boolean is(String kind, String word) {
    return byClass.getOrDefault(kind, Set.of()).contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isRelative(String word) {
    return is("relative", word);
  }

  public boolean isNegator(String word) {
    return is("negator", word);
  }

  public boolean isSubordinator(String word) {
    return is("subordinator", word);
  }

  public boolean isDeterminer(String word) {
    return is("determiner", word);
  }

  public boolean isAuxiliary(String word) {
    return is("auxiliary", word);
  }
}
