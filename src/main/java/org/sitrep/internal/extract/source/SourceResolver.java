package org.sitrep.internal.extract.source;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.extract.FunctionWords;
import org.sitrep.internal.lexicon.Table;
import org.sitrep.nlp.Document;

/**
 * The knowledge that turns the words naming a speaker, actor, holder or subject into a
 * {@link org.sitrep.claim.Source}: titles, organisation and outlet words, nouns for people,
 * given names and honorifics (for a person's gender), and country words ({@link CountryLexicon}).
 * Build one (it loads its lexicons once) and share it: it is immutable and thread-safe. Each
 * article gets its own {@link ArticleSources} from {@link #forDocument}.
 */
public final class SourceResolver {

  private static final String DIR = "/org/sitrep/internal/extract/source/";

  final Roles roles;
  final Set<String> outlets;
  final Map<String, String> firstNames;
  final Map<String, String> honorifics;
  final CountryLexicon countries;
  /** An abbreviated title before a name ("sen.") and the role lemmas that stand for its holder ("senator"). */
  final Map<String, Set<String>> abbreviatedTitles;

  private SourceResolver(CountryLexicon countries) {
    this.roles = Roles.get();
    this.outlets = Set.copyOf(Table.read(DIR + "outlets.tsv").lowerSet("name"));
    this.firstNames = Map.copyOf(Table.read(DIR + "given-names.tsv").lowerMap("name", "gender"));
    this.honorifics = Map.copyOf(Table.read(DIR + "honorifics.tsv").lowerMap("word", "gender"));
    this.countries = countries;
    Map<String, Set<String>> titles = new java.util.HashMap<>();
    Table.read(DIR + "title-abbreviations.tsv").lowerMap("abbreviation", "roles")
        .forEach((abbreviation, roles) -> titles.put(abbreviation, Set.of(roles.split("\\s+"))));
    this.abbreviatedTitles = Map.copyOf(titles);
  }

  /** A resolver with its lexicons loaded and the given country lookup. */
  public static SourceResolver load(CountryLexicon countries) {
    return new SourceResolver(countries);
  }

  public static SourceResolver load() {
    return load(CountryLexicon.load());
  }

  /** The resolver's view of one article. */
  public ArticleSources forDocument(Document doc) {
    return new ArticleSources(this, doc);
  }

  public CountryLexicon countries() {
    return countries;
  }

  /** True for he, she, it, they, me and the like (the word, any case; not "US"): a subject or object pronoun. */
  public static boolean isPronoun(String word) {
    FunctionWords.Pronoun p = FunctionWords.get().pronoun(word);
    return p != null && (p.form().equals("subject") || p.form().equals("object"));
  }

  /** A noun (lemma, lower case) for a person by role or trade: "minister", "official", "witness". */
  boolean isPersonNoun(String lemma) {
    return roles.isTheyAntecedent(lemma) || roles.isTitleWord(lemma);
  }

  /** "Volodymyr Zelenskyy" for "Mr. Volodymyr Zelenskyy": the name without a leading honorific. */
  String stripHonorific(String name) {
    String[] parts = name.split("\\s+", 2);
    if (parts.length == 2 && honorifics.containsKey(parts[0].toLowerCase(Locale.ROOT))) {
      return parts[1];
    }
    return name;
  }

  /** The last word of a name, lower case: what two mentions of one person share. */
  public static String lastWord(String name) {
    String[] parts = name.trim().split("\\s+");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT);
  }

  static String lastTwo(String name) {
    String[] parts = name.split("\\s+");
    return parts.length < 2 ? name : parts[parts.length - 2] + " " + parts[parts.length - 1];
  }
}
