package org.sitrep.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Category;
import org.sitrep.claim.Claim;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.Modality;
import org.sitrep.claim.Place;
import org.sitrep.claim.Source;
import org.sitrep.claim.Qualifier;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Statements;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds figures: numbers that count or measure something ("approximately 3.5 million artillery
 * shells", "at least 16 people", "$7 million", "around 8,000" continuing a figure before it),
 * with value, bounds, qualifier, unit, category and modality. Dates, years, times, ages,
 * ordinals and numbers in names are left alone. Immutable and thread-safe.
 */
public final class FigureExtractor implements Extractor {

  /** How many sentences back an elided figure ("around 8,000 deployed") looks for its noun. */
  private static final int ANTECEDENT_WINDOW = 5;
  private static final Set<String> EXCLUDED_NER = Set.of("DATE", "TIME", "ORDINAL", "SET",
      "PERSON", "ORGANIZATION", "LOCATION", "MISC", "CITY", "COUNTRY");
  private static final Set<String> ELLIPSIS_WORDS = Set.of("others", "more", "other");
  private static final Set<String> NOMINAL_PARTICIPLES =
      Set.of("wounded", "injured", "dead", "killed", "missing", "displaced");
  private static final Set<Category> MEASURES =
      Set.of(Category.DURATION, Category.DISTANCE, Category.AREA, Category.MONEY);
  private static final Set<Category> PEOPLE_CATEGORIES = Set.of(Category.PERSONNEL,
      Category.CAPTURED, Category.DISPLACED, Category.OTHER, Category.KILLED, Category.WOUNDED,
      Category.MISSING, Category.CASUALTIES);

  private final FigureLexicon lexicon;
  private final NumberParser numbers;
  private final ClauseReader clauses;
  private final ActorAndPlace context;

  /** @param gazetteer the shared gazetteer, for actors and places */
  public FigureExtractor(Gazetteer gazetteer) {
    this.lexicon = FigureLexicon.get();
    this.numbers = new NumberParser(lexicon);
    this.clauses = new ClauseReader(lexicon);
    this.context = new ActorAndPlace(gazetteer);
  }

  @Override
  public String id() {
    return "figure";
  }

  /** A figure found earlier in the article, for elided figures that continue it. */
  private record Antecedent(int sentence, String unit, Category nounCategory) {}

  /** The counted noun phrase: its span, head token and unit. */
  private record Counted(int begin, int end, int head, String unit, boolean elided, String text) {}

  @Override
  public List<? extends Claim> extract(Document doc, Statements statements) {
    List<Claim> out = new ArrayList<>();
    List<Antecedent> antecedents = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = doc.tokens(s);
      int i = 0;
      while (i < tokens.size()) {
        Numeral n = vague(tokens, i);
        if (n == null) {
          n = numbers.parse(tokens, i);
        }
        if (n == null) {
          i++;
          continue;
        }
        int local = n.first() - s.firstToken();
        n = range(tokens, s, n);
        int next = n.end() - s.firstToken();
        if (!n.vague() && excluded(doc, tokens, s, n, local)) {
          i = Math.max(next, i + 1);
          continue;
        }
        FigureClaim claim = figure(doc, s, tokens, n, antecedents, out);
        if (claim != null) {
          out.add(statements.attribute(claim));
          next = Math.max(next, doc.tokenIndexAt(claim.end() - 1) + 1 - s.firstToken());
        }
        i = Math.max(next, i + 1);
      }
    }
    for (int k = 0; k < out.size(); k++) {
      out.set(k, out.get(k).renumbered("f" + (k + 1), out.get(k).statement()));
    }
    return out;
  }

  private FigureClaim figure(Document doc, Sentence s, List<Token> tokens, Numeral n,
      List<Antecedent> antecedents, List<Claim> out) {
    int firstLocal = n.first() - s.firstToken();
    int afterLocal = n.end() - s.firstToken();
    // Currency before the number: "$7 million".
    String unit = null;
    int begin = doc.tokens().get(n.first()).begin();
    int beforeLocal = firstLocal - 1;
    if (beforeLocal >= 0 && isCurrency(tokens.get(beforeLocal))) {
      unit = lexicon.unit(tokens.get(beforeLocal).word().toLowerCase(Locale.ROOT));
      begin = tokens.get(beforeLocal).begin();
      beforeLocal--;
    }
    // Qualifiers before it, outermost wins: "over about 15,000".
    Qualifier qualifier = n.isRange() ? Qualifier.RANGE : n.vague() ? Qualifier.AT_LEAST : Qualifier.EXACT;
    String qualifierText = null;
    int q = beforeLocal;
    if (q >= 0 && isArticle(tokens.get(q))) {
      q--;
    }
    while (q >= 0) {
      int len = qualifierEndingAt(tokens, q);
      if (len == 0) {
        break;
      }
      int start = q - len + 1;
      Qualifier found = lexicon.qualifier(phrase(tokens, start, q + 1));
      if (!n.isRange() && !n.vague()) {
        qualifier = found;
      }
      qualifierText = doc.text(tokens.get(start).begin(), tokens.get(q).end());
      begin = tokens.get(start).begin();
      q = start - 1;
    }
    Claim previous = out.isEmpty() ? null : out.get(out.size() - 1);
    if (qualifierText == null && q >= 0 && isOpeningBracket(tokens.get(q)) && previous instanceof FigureClaim pf
        && q > 0 && pf.end() == tokens.get(q - 1).end() && !n.isRange() && !n.vague()) {
      qualifier = pf.qualifier();
    }
    if (n.isRange() && q >= 0 && tokens.get(q).word().equalsIgnoreCase("between")) {
      begin = tokens.get(q).begin();
      qualifierText = tokens.get(q).word();
    }
    int end = doc.tokens().get(n.end() - 1).end();
    Counted counted = null;
    String ofUnit = null;
    int head = n.end() - 1;
    if (n.innerUnit() != null) {
      unit = n.innerUnit();
    } else if (unit == null) {
      int p = afterLocal;
      String unitWord = p < tokens.size() ? lexicon.unit(tokens.get(p).word().toLowerCase(Locale.ROOT)) : null;
      if (p < tokens.size() && "percent".equals(unitWord)) {
        unit = "percent";
        end = tokens.get(p).end();
        head = tokens.get(p).index();
        Counted of = ofPhrase(doc, tokens, p + 1);
        if (of != null) {
          ofUnit = of.unit();
          end = of.end();
          head = of.head();
        }
      } else if (p + 1 < tokens.size() && tokens.get(p).word().equalsIgnoreCase("per")
          && tokens.get(p + 1).word().equalsIgnoreCase("cent")) {
        unit = "percent";
        end = tokens.get(p + 1).end();
      } else if (p + 1 < tokens.size() && isGluedHyphen(tokens, p) && isMeasure(tokens.get(p + 1))) {
        unit = lexicon.unit(tokens.get(p + 1).lemma().toLowerCase(Locale.ROOT));
        end = tokens.get(p + 1).end();
      } else {
        counted = ofPhrase(doc, tokens, p);
        if (counted == null) {
          counted = nounPhrase(doc, tokens, p);
        }
      }
    } else {
      int p = afterLocal;
      if (p < tokens.size() && lexicon.isUnitName(tokens.get(p).word().toLowerCase(Locale.ROOT))
          && tokens.get(p).isNoun()) {
        end = tokens.get(p).end();
      }
    }
    Category nounCategory;
    if (counted != null) {
      end = counted.end();
      head = counted.head();
      if (counted.elided()) {
        Category predicate = clauses.predicateCategory(doc, head, n.first());
        boolean casualty = predicate != null && predicate != Category.EQUIPMENT;
        Antecedent a = antecedent(antecedents, s.index());
        if (a != null && casualty && !lexicon.countsPeople(a.unit(), a.nounCategory())) {
          a = null;
        }
        unit = a == null ? "person" : a.unit();
        nounCategory = a == null ? Category.OTHER : a.nounCategory();
      } else {
        unit = counted.unit();
        nounCategory = lexicon.category(unit);
      }
    } else {
      nounCategory = lexicon.category(ofUnit != null ? ofUnit : unit);
    }
    if (unit == null) {
      return null;
    }
    boolean elided = counted != null && counted.elided();
    String headNer = doc.tokens().get(head).ner();
    if (!elided && (headNer.equals("TIME") || headNer.equals("DATE"))) {
      return null;
    }
    if (elided && isAgeAfterName(tokens, firstLocal, afterLocal)) {
      return null;
    }
    if (elided && !n.vague() && qualifier == Qualifier.EXACT && n.value() <= 1 && counted.end() == end
        && doc.tokens().get(n.end() - 1).end() == end) {
      return null;
    }
    Category category = category(doc, head, n.first(), unit, nounCategory);
    boolean oneOf = afterLocal < tokens.size() && tokens.get(afterLocal).word().equalsIgnoreCase("of");
    if (isOneOfMany(doc, n) && qualifier == Qualifier.EXACT && oneOf) {
      return null;
    }
    if (isOneOfMany(doc, n) && qualifier == Qualifier.EXACT && !MEASURES.contains(category)
        && category != Category.KILLED && category != Category.WOUNDED && category != Category.MISSING) {
      return null;
    }
    Modality modality = clauses.modality(doc, head, begin, end);
    Double low = null;
    Double high = n.high();
    switch (qualifier) {
      case AT_LEAST, MORE_THAN, RANGE -> low = n.value();
      case AT_MOST, LESS_THAN -> high = n.value();
      default -> { }
    }
    double confidence = n.vague() ? 0.5 : elided ? 0.7 : 0.9;
    if ((nounCategory == null || !MEASURES.contains(nounCategory)) && !"percent".equals(unit)) {
      antecedents.add(new Antecedent(s.index(), unit, nounCategory == null ? Category.OTHER : nounCategory));
    }
    String countedText = counted == null || counted.elided() ? null : counted.text();
    int lastToken = doc.tokenIndexAt(end - 1);
    Source actor = counted == null || counted.elided() ? null : context.actor(doc, n.end(), lastToken + 1);
    Place place = category == Category.DURATION || category == Category.MONEY ? null
        : context.place(doc, lastToken + 1, s.endToken());
    return new FigureClaim(null, null, begin, end, doc.text(begin, end), s.index(), confidence, null,
        n.value(), low, high, qualifier, qualifierText, unit, countedText, category, actor, place, modality);
  }

  private Category category(Document doc, int head, int numberFirst, String unit, Category nounCategory) {
    Category predicate = clauses.predicateCategory(doc, head, numberFirst);
    if (predicate == Category.EQUIPMENT) {
      return nounCategory != null ? nounCategory : "percent".equals(unit) ? Category.EQUIPMENT : Category.OTHER;
    }
    if (predicate != null && (nounCategory == null || PEOPLE_CATEGORIES.contains(nounCategory))) {
      return predicate;
    }
    return nounCategory == null ? Category.OTHER : nounCategory;
  }

  private static boolean isGluedHyphen(List<Token> tokens, int p) {
    Token h = tokens.get(p);
    return (h.word().equals("-") || h.word().equals("\u2013")) && p > 0 && tokens.get(p - 1).end() == h.begin()
        && p + 1 < tokens.size() && tokens.get(p + 1).begin() == h.end();
  }

  private boolean isMeasure(Token t) {
    Category c = lexicon.category(lexicon.unit(t.lemma().toLowerCase(Locale.ROOT)));
    return c != null && MEASURES.contains(c);
  }

  /** "Gil Yair, 39, said": a bare number between commas after a name is an age. */
  private static boolean isAgeAfterName(List<Token> tokens, int first, int after) {
    return first >= 2 && tokens.get(first - 1).word().equals(",") && tokens.get(first - 2).isNoun()
        && (after >= tokens.size() || tokens.get(after).word().equals(",") || tokens.get(after).pos().equals("."));
  }

  private static boolean isOneOfMany(Document doc, Numeral n) {
    return n.end() - n.first() == 1 && doc.tokens().get(n.first()).word().equalsIgnoreCase("one");
  }

  private static Antecedent antecedent(List<Antecedent> antecedents, int sentence) {
    for (int k = antecedents.size() - 1; k >= 0; k--) {
      Antecedent a = antecedents.get(k);
      if (sentence - a.sentence() > ANTECEDENT_WINDOW) {
        return null;
      }
      return a;
    }
    return null;
  }

  /** "of those North Korean forces" after the number: the noun phrase after "of". */
  private Counted ofPhrase(Document doc, List<Token> tokens, int p) {
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

  private static boolean isDeterminer(Token t) {
    return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("WP$");
  }

  /**
   * The noun phrase that starts at local index {@code p}: modifiers and nouns up to the head,
   * with a coordinated noun ("soldiers and officers"). Elided (no noun) when none follows.
   */
  private Counted nounPhrase(Document doc, List<Token> tokens, int p) {
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
    if (lastNoun >= 0 && allProper(tokens, k, lastNoun + 1) && !tokens.get(lastNoun).ner().equals("O")
        && !tokens.get(lastNoun).pos().equals("NNPS") && !isDemonymPlural(tokens.get(lastNoun))) {
      lastNoun = -1;
    }
    if (lastNoun < 0) {
      // Elided: "around 8,000", "11 others", "13 wounded".
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
    String headWord = tokens.get(lastNoun).word().toLowerCase(Locale.ROOT);
    String unit = lexicon.isUnitName(headWord) ? lexicon.unit(headWord) : lexicon.unit(lemma(tokens.get(lastNoun)));
    if (lastNoun > k && tokens.get(lastNoun - 1).isNoun()) {
      String two = lemma(tokens.get(lastNoun - 1)).toLowerCase(Locale.ROOT) + " " + unit.toLowerCase(Locale.ROOT);
      if (lexicon.category(two) != null) {
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

  private static boolean isNominal(Token t) {
    if (EXCLUDED_NER.contains(t.ner()) && !t.ner().equals("MISC") && !t.ner().equals("LOCATION")
        && !t.ner().equals("ORGANIZATION")) {
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

  /** Extends {@code n} to a range: "3 to 5", "3-5", "between 3 and 5", "two or three". */
  private Numeral range(List<Token> tokens, Sentence s, Numeral n) {
    if (n.isRange() || n.vague()) {
      return n;
    }
    int after = n.end() - s.firstToken();
    if (after + 1 >= tokens.size()) {
      return n;
    }
    String w = tokens.get(after).word().toLowerCase(Locale.ROOT);
    int before = n.first() - s.firstToken() - 1;
    boolean between = before >= 0 && tokens.get(before).word().equalsIgnoreCase("between");
    boolean from = before >= 0 && tokens.get(before).word().equalsIgnoreCase("from");
    boolean joins = w.equals("-") || w.equals("\u2013") || w.equals("or")
        || (w.equals("to") && !from) || (w.equals("and") && between);
    if (!joins) {
      return n;
    }
    Numeral second = numbers.parse(tokens, after + 1);
    if (second == null || second.isRange() || second.innerUnit() != null) {
      return n;
    }
    double low = Math.min(n.value(), second.value());
    double high = Math.max(n.value(), second.value());
    return new Numeral(n.first(), second.end(), low, high, false, null);
  }

  /** A vague quantity that starts at {@code i}: "hundreds", "tens of thousands", "several". */
  private Numeral vague(List<Token> tokens, int i) {
    for (int len = Math.min(lexicon.longestVague(), tokens.size() - i); len >= 1; len--) {
      Double v = lexicon.vague(phrase(tokens, i, i + len));
      if (v != null) {
        return new Numeral(tokens.get(i).index(), tokens.get(i + len - 1).index() + 1, v, null, true, null);
      }
    }
    return null;
  }

  private boolean excluded(Document doc, List<Token> tokens, Sentence s, Numeral n, int local) {
    for (int k = n.first(); k < n.end(); k++) {
      Token t = doc.tokens().get(k);
      if (EXCLUDED_NER.contains(t.ner()) && !durationFollows(doc, n)) {
        return true;
      }
    }
    Token first = doc.tokens().get(n.first());
    int afterLocal = n.end() - s.firstToken();
    String w = first.word();
    if (n.end() - n.first() == 1 && w.matches("1[89]\\d\\d|20\\d\\d") && !pluralNounFollows(tokens, afterLocal)) {
      return true;
    }
    if (local > 0) {
      Token prev = tokens.get(local - 1);
      String pw = prev.word().toLowerCase(Locale.ROOT);
      if (lexicon.isLabelWord(pw) || pw.equals("aged") || pw.equals("age")) {
        return true;
      }
      if (prev.isProperNoun() && Character.isUpperCase(prev.word().charAt(0)) && Character.isDigit(w.charAt(0))
          && !prev.ner().equals("DATE") && !isCurrency(prev)) {
        return true;
      }
      if ((pw.equals("-") || pw.equals("\u2013")) && prev.begin() == tokens.get(local - 1).begin()
          && local > 1 && tokens.get(local - 2).end() == prev.begin() && prev.end() == first.begin()) {
        return true;
      }
    }
    // Ages: "70-year-old", "45 years old".
    StringBuilder rest = new StringBuilder();
    for (int k = afterLocal; k < Math.min(tokens.size(), afterLocal + 4); k++) {
      rest.append(tokens.get(k).word().toLowerCase(Locale.ROOT)).append(' ');
    }
    String r = rest.toString();
    return r.startsWith("- year - old") || r.startsWith("-year-old") || r.startsWith("year-old")
        || r.startsWith("years old") || r.startsWith("year old") || r.startsWith(": ");
  }

  private boolean durationFollows(Document doc, Numeral n) {
    if (n.end() >= doc.tokens().size()) {
      return n.innerUnit() != null;
    }
    Token next = doc.tokens().get(n.end());
    if (next.sentence() != doc.tokens().get(n.first()).sentence()) {
      return false;
    }
    String unit = lexicon.unit(next.lemma().toLowerCase(Locale.ROOT));
    return n.innerUnit() != null || lexicon.category(unit) == Category.DURATION;
  }

  private static boolean pluralNounFollows(List<Token> tokens, int p) {
    return p < tokens.size() && tokens.get(p).pos().equals("NNS");
  }

  private boolean isCurrency(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return lexicon.isUnitName(w) && (t.pos().equals("$") || t.pos().equals("#") || w.equals("us$"))
        && Category.MONEY == lexicon.category(lexicon.unit(w));
  }

  private static boolean isOpeningBracket(Token t) {
    return t.word().equals("(") || t.pos().equals("-LRB-");
  }

  private static boolean isArticle(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("a") || w.equals("an");
  }

  /** The length of the longest qualifier phrase that ends at local index {@code q}, or 0. */
  private int qualifierEndingAt(List<Token> tokens, int q) {
    for (int len = Math.min(lexicon.longestQualifier(), q + 1); len >= 1; len--) {
      if (lexicon.qualifier(phrase(tokens, q - len + 1, q + 1)) != null) {
        return len;
      }
    }
    return 0;
  }

  private static String phrase(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(tokens.get(k).word().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
