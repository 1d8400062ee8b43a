package org.sitrep.internal.extract.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;

/**
 * The one list of nouns for people and the bodies they form ({@code roles.tsv}), with the kind of
 * each and what each extractor may do with it: title words, stance holders, antecedents of "they",
 * nouns that count people, nouns whose "in X" describes who someone is. Read once; immutable.
 */
public final class Roles {

  /** What a noun of the list names. */
  public enum Kind {
    /** One person by role, trade or condition: "minister", "witness"; a plural is a group of them. */
    PERSON,
    /** An organisation or a body of people: "ministry", "army", "family". */
    BODY,
    /** An organisation's name the NER often misses: "nato", "taliban". */
    NAME,
    /** A text that speaks for its authors: "statement", "report". */
    DOCUMENT,
    /** A word that builds a title but names no one alone: "vice", "acting". */
    MODIFIER
  }

  private static final String RESOURCE = "/org/sitrep/internal/extract/source/roles.tsv";

  private final Map<String, Kind> kinds;
  private final Set<String> titles;
  private final Set<String> holders;
  private final Set<String> antecedents;
  private final Set<String> counted;
  private final Set<String> describing;

  private Roles(Table table) {
    Map<String, Kind> k = new HashMap<>();
    Set<String> t = new HashSet<>();
    Set<String> h = new HashSet<>();
    Set<String> a = new HashSet<>();
    Set<String> c = new HashSet<>();
    Set<String> d = new HashSet<>();
    for (Row row : table.require("noun", "kind", "title", "holder", "they", "counted", "describes").rows()) {
      String noun = row.lower("noun");
      if (k.put(noun, row.choice("kind", Kind.class)) != null) {
        throw row.error("noun listed twice: " + noun);
      }
      addIf(row.flag("title"), t, noun);
      addIf(row.flag("holder"), h, noun);
      addIf(row.flag("they"), a, noun);
      addIf(row.flag("counted"), c, noun);
      addIf(row.flag("describes"), d, noun);
    }
    this.kinds = Map.copyOf(k);
    this.titles = Set.copyOf(t);
    this.holders = Set.copyOf(h);
    this.antecedents = Set.copyOf(a);
    this.counted = Set.copyOf(c);
    this.describing = Set.copyOf(d);
  }

  private static void addIf(boolean flag, Set<String> set, String noun) {
    if (flag) {
      set.add(noun);
    }
  }

  private static final class Holder {
    static final Roles INSTANCE = new Roles(Table.read(RESOURCE));
  }

  /** The bundled list, read once per JVM. */
  public static Roles get() {
    return Holder.INSTANCE;
  }

  /** The kind of a noun (lower case), or null when the list lacks it. */
  public Kind kind(String noun) {
    return kinds.get(noun);
  }

  /** An organisation word: a body, a name or a document. */
  public boolean isOrganization(String noun) {
    Kind k = kinds.get(noun);
    return k == Kind.BODY || k == Kind.NAME || k == Kind.DOCUMENT;
  }

  /** A noun for one person by role, trade or condition. */
  public boolean isPerson(String noun) {
    return kinds.get(noun) == Kind.PERSON;
  }

  /** A word that may stand in a title before a name: "Defense Secretary Jim Mattis". */
  public boolean isTitleWord(String word) {
    return titles.contains(word);
  }

  /** A common noun that can hold a stance as its subject. */
  public boolean canHold(String lemma) {
    return holders.contains(lemma);
  }

  /** A noun whose plural can be the antecedent of "they". */
  public boolean isTheyAntecedent(String lemma) {
    return antecedents.contains(lemma);
  }

  /** A noun that counts people without saying what happened to them. */
  public boolean countsPeople(String unit) {
    return counted.contains(unit);
  }

  /** A noun whose "in X" describes who someone is: "the government in Kiev". */
  public boolean describesSource(String lemma) {
    return describing.contains(lemma);
  }
}
