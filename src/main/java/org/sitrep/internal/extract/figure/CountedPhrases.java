package org.sitrep.internal.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.internal.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/**
 * The noun phrase a number counts: "artillery shells" after "3.5 million", "of those North Korean
 * forces" after "8,000", or none ("around 8,000", "11 others"), which makes the figure elided.
 */
final class CountedPhrases {

  /** Words that stand for the counted noun ("11 others") and participles that count people ("13 wounded"). */
  private static final Set<String> ELLIPSIS_WORDS = words("ellipsis");
  private static final Set<String> NOMINAL_PARTICIPLES = words("participle");
  private static final Set<String> CLASSIFIERS = words("classifier");
  /** How many tokens after the number its counted noun may stand. */
  private static final int MAX_HEAD_DISTANCE = 6;
  private static final Set<String> NOT_NOMINAL_NER = Set.of("DATE", "TIME", "ORDINAL", "SET", "PERSON", "CITY", "COUNTRY");

  /** The words of {@code counted-words.tsv} of one kind. */
  static Set<String> words(String kind) {
    return Set.copyOf(Table.read(CountedPhrases.class, "counted-words.tsv").require("word", "kind").rows().stream()
        .filter(r -> r.lower("kind").equals(kind)).map(r -> r.lower("word")).toList());
  }

  /** The counted noun phrase: its characters, head token and unit; elided when no noun follows. */
  record Counted(int begin, int end, int head, String unit, boolean elided, String text) {}

  private final FigureLexicon lexicon;

  CountedPhrases(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** "of those North Korean forces" at local index {@code p}: the noun phrase after "of"; null if none. */
  Counted ofPhrase(Document doc, List<Token> tokens, int p) {
    if (p >= tokens.size() || !tokens.get(p).word().equalsIgnoreCase("of")) {
      return null;
    }
    int k = p + 1;
    while (k < tokens.size() && isDeterminer(tokens.get(k))) {
      k++;
    }
    if (k < tokens.size() && NOMINAL_PARTICIPLES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
        && (k + 1 >= tokens.size() || !isNominal(tokens.get(k + 1)))) {
      Token t = tokens.get(k);
      return new Counted(tokens.get(p + 1).begin(), t.end(), t.index(), "person", false,
          doc.text(tokens.get(p + 1).begin(), t.end()));
    }
    Counted np = nounPhrase(doc, tokens, k);
    return np == null || np.elided() ? null : np;
  }

  /**
   * The counted noun the dependency parse gives: the noun the number modifies ("four FA-18
   * aircraft", "174 \"terrorists\"", "1,000 or so U.S. troops", "a 70 km march"), with the words
   * from local index {@code p} to it; the surface phrase when the parse agrees with it or gives no
   * noun after the number. A singular noun after a number above one is a modifier of a plural
   * noun further on ("11 security and defence force members").
   */
  Counted parsedPhrase(Document doc, List<Token> tokens, int numberRoot, double value, int p) {
    Counted surface = nounPhrase(doc, tokens, p);
    int head = parsedHead(doc, numberRoot);
    if (head < 0) {
      return surface;
    }
    int local = head - tokens.get(0).index();
    if (value != 1 && tokens.get(local).pos().equals("NN")) {
      int plural = pluralAfterModifiers(tokens, local + 1);
      local = plural >= 0 ? plural : local;
    }
    Token h = tokens.get(local);
    String word = h.word().toLowerCase(Locale.ROOT);
    if (surface != null && !surface.elided() && surface.head() == h.index()
        || ELLIPSIS_WORDS.contains(word) || NOMINAL_PARTICIPLES.contains(word)) {
      return surface;
    }
    String headWord = h.word().toLowerCase(Locale.ROOT);
    String unit = lexicon.isUnitName(headWord) ? lexicon.unit(headWord) : lexicon.unit(lemma(h));
    int begin = tokens.get(p).begin();
    return new Counted(begin, h.end(), h.index(), unit, false, doc.text(begin, h.end()));
  }

  /** The noun that the number whose root token is {@code numberRoot} modifies, after it; -1 if none. */
  private static int parsedHead(Document doc, int numberRoot) {
    String rel = doc.relation(numberRoot);
    int g = doc.head(numberRoot);
    if (rel == null || !rel.equals("nummod") || g <= numberRoot || g - numberRoot > MAX_HEAD_DISTANCE) {
      return -1;
    }
    Token gt = doc.tokens().get(g);
    if (!gt.isNoun() || gt.sentence() != doc.tokens().get(numberRoot).sentence() || !isNominal(gt)) {
      return -1;
    }
    for (int k = numberRoot + 1; k < g; k++) {
      String pos = doc.tokens().get(k).pos();
      if (pos.equals(",") || pos.equals(":") || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals(".")) {
        return -1;
      }
    }
    return g;
  }

  /** The local index of a plural noun that ends the modifiers and nouns from {@code k}, or -1. */
  private static int pluralAfterModifiers(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j - k < MAX_HEAD_DISTANCE; j++) {
      Token t = tokens.get(j);
      if (t.pos().equals("NNS")) {
        return j;
      }
      if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("HYPH") || isConjunction(t))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The noun phrase that starts at local index {@code p}: modifiers and nouns up to the head,
   * with a coordinated noun ("soldiers and officers"). Elided (no noun) when none follows.
   */
  Counted nounPhrase(Document doc, List<Token> tokens, int p) {
    int k = p;
    if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("more")
        && k + 1 < tokens.size() && isNominal(tokens.get(k + 1))) {
      k++;
    }
    if (k < tokens.size() && ELLIPSIS_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
        && (k + 1 >= tokens.size() || !isNominal(tokens.get(k + 1)))) {
      int end = tokens.get(k).end();
      return new Counted(end, end, tokens.get(k).index(), null, true, null);
    }
    int lastNoun = lastNoun(tokens, k);
    if (lastNoun >= 0 && allProper(tokens, k, lastNoun + 1) && !tokens.get(lastNoun).ner().equals("O")
        && !tokens.get(lastNoun).pos().equals("NNPS") && !isDemonymPlural(tokens.get(lastNoun))) {
      lastNoun = -1;
    }
    if (lastNoun < 0) {
      return elided(tokens, p);
    }
    String headWord = tokens.get(lastNoun).word().toLowerCase(Locale.ROOT);
    String unit = lexicon.isUnitName(headWord) ? lexicon.unit(headWord) : lexicon.unit(lemma(tokens.get(lastNoun)));
    if (lastNoun > k && tokens.get(lastNoun - 1).isNoun()) {
      String two = lemma(tokens.get(lastNoun - 1)).toLowerCase(Locale.ROOT) + " " + unit.toLowerCase(Locale.ROOT);
      if (lexicon.isListedUnit(two)) {
        unit = two;
      }
    }
    int end = tokens.get(lastNoun).end();
    // Coordinated nouns keep the first as unit: "soldiers and officers".
    if (lastNoun + 2 < tokens.size() && isConjunction(tokens.get(lastNoun + 1))
        && tokens.get(lastNoun + 2).pos().startsWith("NNS")
        && tokens.get(lastNoun).pos().startsWith("NNS")) {
      end = tokens.get(lastNoun + 2).end();
    }
    int begin = tokens.get(p).begin();
    return new Counted(begin, end, tokens.get(lastNoun).index(), unit, false, doc.text(begin, end));
  }

  /**
   * The category a two-word compound ending in the counted noun gives, when WordNet knows the
   * compound ("suicide bombers" are people, though a "bomber" is an aircraft); null otherwise.
   */
  org.sitrep.claim.Category compoundCategory(Document doc, Counted phrase, org.sitrep.claim.Category own) {
    int before = phrase.head() - 1;
    Token head = doc.tokens().get(phrase.head());
    if (before < 0 || !doc.tokens().get(before).pos().equals("NN") || doc.tokens().get(before).sentence() != head.sentence()
        || phrase.begin() > doc.tokens().get(before).begin()) {
      return own;
    }
    String compound = doc.tokens().get(before).lemma().toLowerCase(Locale.ROOT) + " " + phrase.unit().toLowerCase(Locale.ROOT);
    String c = lexicon.isListedUnit(compound) ? null : lexicon.nounClass(compound);
    if (c == null) {
      return own;
    }
    org.sitrep.claim.Category category = lexicon.category(compound);
    // a compound that names people keeps a people category of its head ("police officers": PERSONNEL)
    return category == null && lexicon.countsPeople(phrase.unit(), own) ? own : category;
  }

  /**
   * For a classifier noun ("two artillery pieces", "three types of rockets"): the category of the
   * noun it classifies, its modifier or its "of" phrase; null otherwise.
   */
  org.sitrep.claim.Category classifiedCategory(Document doc, Counted phrase) {
    Token head = doc.tokens().get(phrase.head());
    if (!CLASSIFIERS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int before = phrase.head() - 1;
    if (before >= 0 && doc.tokens().get(before).isNoun() && doc.tokens().get(before).sentence() == head.sentence()) {
      return lexicon.category(lexicon.unit(doc.tokens().get(before).lemma().toLowerCase(Locale.ROOT)));
    }
    for (int c : doc.children(phrase.head())) {
      if (doc.relation(c).startsWith("nmod") && doc.tokens().get(c).isNoun()) {
        return lexicon.category(lexicon.unit(doc.tokens().get(c).lemma().toLowerCase(Locale.ROOT)));
      }
    }
    return null;
  }

  /** The local index of the head noun of the modifiers and nouns from {@code k}, or -1. */
  private static int lastNoun(List<Token> tokens, int k) {
    int lastNoun = -1;
    int j = k;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      if (lastNoun >= 0 && tokens.get(lastNoun).pos().equals("NNS") && lastNoun == j - 1 && !t.pos().equals("NNS")) {
        break;
      }
      if (t.pos().equals("POS") && j > k && j + 1 < tokens.size() && isNominal(tokens.get(j + 1))) {
        j++;
      } else if (isNominal(t)) {
        if (t.isNoun()) {
          lastNoun = j;
        }
        j++;
      } else if (lastNoun >= 0 && allProper(tokens, k, lastNoun + 1) && isConjunction(t)
          && j + 1 < tokens.size() && isNominal(tokens.get(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return lastNoun;
  }

  /** Elided: "around 8,000", "11 others", "13 wounded". */
  private static Counted elided(List<Token> tokens, int p) {
    Token first = p < tokens.size() ? tokens.get(p) : null;
    int end = p > 0 ? tokens.get(p - 1).end() : 0;
    int head = p > 0 ? tokens.get(p - 1).index() : 0;
    if (first != null) {
      String w = first.word().toLowerCase(Locale.ROOT);
      if (ELLIPSIS_WORDS.contains(w) || NOMINAL_PARTICIPLES.contains(w)) {
        end = first.end();
        head = NOMINAL_PARTICIPLES.contains(w) ? first.index() : head;
      }
    }
    return new Counted(end, end, head, null, true, null);
  }

  private static boolean isDeterminer(Token t) {
    return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("WP$");
  }

  private static boolean isDemonymPlural(Token t) {
    return t.pos().startsWith("NNP") && t.word().endsWith("s");
  }

  private static boolean allProper(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).pos().equals("NN") || tokens.get(k).pos().equals("NNS")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isConjunction(Token t) {
    return t.word().equals("and") || t.word().equals("or");
  }

  static boolean isNominal(Token t) {
    if (NOT_NOMINAL_NER.contains(t.ner())) {
      return false;
    }
    String pos = t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("HYPH")
        || (pos.equals("VBN") && !NOMINAL_PARTICIPLES.contains(t.word().toLowerCase(Locale.ROOT)));
  }

  private static String lemma(Token t) {
    String l = t.lemma();
    if (t.pos().startsWith("NNP")) {
      l = t.word();
      if (l.endsWith("s") && l.length() > 3) {
        l = l.substring(0, l.length() - 1);
      }
    }
    return l;
  }
}
