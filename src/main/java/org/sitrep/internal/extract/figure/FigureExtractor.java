package org.sitrep.internal.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Category;
import org.sitrep.claim.Claim;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.Modality;
import org.sitrep.claim.Place;
import org.sitrep.claim.Qualifier;
import org.sitrep.claim.Source;
import org.sitrep.extract.ArticleContext;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.internal.extract.Boilerplate;
import org.sitrep.extract.Extractor;
import org.sitrep.internal.extract.LexiconExample;
import org.sitrep.extract.Statements;
import org.sitrep.internal.extract.figure.CountedPhrases.Counted;
import org.sitrep.internal.extract.place.PlaceMention;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;
import org.sitrep.nlp.ParseFilter;

/**
 * Finds figures: numbers that count or measure something ("approximately 3.5 million artillery
 * shells", "at least 16 people", "$7 million", "around 8,000" continuing a figure before it),
 * with value, bounds, qualifier, unit, category and modality. Dates, years, times, ages,
 * ordinals and numbers in names are left alone ({@link Exclusions}). Immutable and thread-safe.
 *
 * <p>A figure is read in steps: the {@link Prefix} before the number (currency, hedging
 * qualifiers), its {@link Extent} after it (unit, counted phrase), the {@link Reading} of what it
 * counts (an elided figure takes the noun of a figure before it), then its category, modality,
 * actor and place.
 */
public final class FigureExtractor implements Extractor {

  /** How many sentences back an elided figure ("around 8,000 deployed") looks for its noun. */
  private static final int ANTECEDENT_WINDOW = 2;
  /** How far after a figure a place may stand and still be the figure's place. */
  private static final int PLACE_WINDOW = 10;
  private static final Set<Category> MEASURES =
      Set.of(Category.DURATION, Category.DISTANCE, Category.AREA, Category.MONEY);
  private static final Set<Category> PEOPLE_CATEGORIES = Set.of(Category.PERSONNEL,
      Category.CAPTURED, Category.DISPLACED, Category.OTHER, Category.KILLED, Category.WOUNDED,
      Category.MISSING, Category.CASUALTIES);

  /** What happened to people: the categories a coordinated figure shares. */
  private static final Set<Category> EVENTS = Set.of(Category.KILLED, Category.WOUNDED, Category.CASUALTIES,
      Category.CAPTURED, Category.MISSING, Category.DISPLACED);
  private static final Set<String> COORDINATORS = Set.of("and", "or", "but", "also", ",", "as", "well", "plus");

  private final FigureLexicon lexicon;
  private final NumberParser numbers;
  private final ClauseReader clauses;
  private final CountedPhrases counted;
  private final Exclusions exclusions;

  public FigureExtractor() {
    this.lexicon = FigureLexicon.get();
    this.numbers = new NumberParser(lexicon);
    this.clauses = new ClauseReader(lexicon);
    this.counted = new CountedPhrases(lexicon);
    this.exclusions = new Exclusions(lexicon);
  }

  /** The example of every vague quantity ({@code vague-quantities.tsv}): a figure of its value, AT_LEAST. */
  public static List<LexiconExample> examples() {
    List<LexiconExample> out = new ArrayList<>();
    for (var row : FigureLexicon.vagueRows()) {
      double value = row.decimal("value");
      String phrase = row.lower("phrase");
      out.add(new LexiconExample("vague-quantities.tsv", phrase, row.required("example"), true,
          c -> c instanceof FigureClaim f && f.value() == value && f.qualifier() == Qualifier.AT_LEAST
              && f.text().toLowerCase(Locale.ROOT).contains(phrase)));
    }
    return out;
  }

  @Override
  public String id() {
    return "figure";
  }

  /** Sentences with a number or a vague quantity, as {@link #extract} finds them. */
  @Override
  public ParseFilter parseFilter() {
    return tokens -> {
      for (int i = 0; i < tokens.size(); i++) {
        if (numbers.vague(tokens, i) != null || numbers.parse(tokens, i) != null) {
          return true;
        }
      }
      return false;
    };
  }

  /** A figure found earlier in the article, for elided figures that continue it. */
  private record Antecedent(int sentence, String unit, Category nounCategory) {}

  /** What stands before the number: where the figure begins, a currency unit, the qualifier and its words. */
  private record Prefix(int begin, String currency, Qualifier qualifier, String qualifierText) {}

  /** What follows the number: where the figure ends, its head token, unit, counted phrase and "of" unit. */
  private record Extent(int end, int head, String unit, Counted counted, String ofUnit) {

    boolean elided() {
      return counted != null && counted.elided();
    }
  }

  /** What the figure counts: its unit and the category its noun gives. */
  private record Reading(String unit, Category nounCategory) {}

  @Override
  public List<? extends Claim> extract(Document doc, ArticleContext context) {
    Statements statements = context.statements();
    List<Claim> out = new ArrayList<>();
    List<Antecedent> antecedents = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (Boilerplate.isBoilerplate(doc, s.index())) {
        continue;
      }
      List<Token> tokens = doc.tokens(s);
      int i = 0;
      while (i < tokens.size()) {
        Numeral n = numbers.vague(tokens, i);
        if (n == null) {
          n = numbers.parse(tokens, i);
        }
        if (n == null) {
          i++;
          continue;
        }
        int local = n.first() - s.firstToken();
        int score = numbers.scoreEnd(tokens, s.firstToken(), n);
        if (score >= 0) {
          i = score;
          continue;
        }
        n = numbers.range(tokens, s.firstToken(), n);
        int next = n.end() - s.firstToken();
        if (!n.vague() && exclusions.excluded(doc, tokens, s, n, local)) {
          i = Math.max(next, i + 1);
          continue;
        }
        Claim previous = out.isEmpty() ? null : out.get(out.size() - 1);
        FigureClaim claim = figure(doc, context, s, tokens, n, antecedents, previous);
        if (claim != null) {
          claim = sharedCategory(doc, claim, previous);
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

  private FigureClaim figure(Document doc, ArticleContext context, Sentence s, List<Token> tokens, Numeral n,
      List<Antecedent> antecedents, Claim previous) {
    int firstLocal = n.first() - s.firstToken();
    int afterLocal = n.end() - s.firstToken();
    Prefix prefix = prefix(doc, tokens, n, firstLocal, previous);
    Extent extent = extent(doc, tokens, n, afterLocal, prefix.currency());
    Reading reading = reading(doc, s, n, extent, antecedents);
    if (reading.unit() == null || notACount(doc, tokens, n, prefix, extent, firstLocal, afterLocal)) {
      return null;
    }
    Category category = category(doc, extent.head(), n.first(), reading.unit(), reading.nounCategory());
    boolean oneOf = afterLocal < tokens.size() && tokens.get(afterLocal).word().equalsIgnoreCase("of");
    if (Exclusions.isOneOfMany(doc, n) && prefix.qualifier() == Qualifier.EXACT && (oneOf
        || !MEASURES.contains(category) && category != Category.KILLED && category != Category.WOUNDED
        && category != Category.MISSING)) {
      return null;
    }
    if ((reading.nounCategory() == null || !MEASURES.contains(reading.nounCategory()))
        && !"percent".equals(reading.unit())) {
      antecedents.add(new Antecedent(s.index(), reading.unit(),
          reading.nounCategory() == null ? Category.OTHER : reading.nounCategory()));
    }
    return claim(doc, context, s, n, prefix, extent, reading.unit(), category);
  }

  /**
   * A figure coordinated with the figure before it ("killed two militants but also eight
   * civilians", "the dead included 21 women and five children") shares what happened to those
   * people when it has no such category of its own.
   */
  private FigureClaim sharedCategory(Document doc, FigureClaim claim, Claim previous) {
    if (!(previous instanceof FigureClaim p) || p.sentence() != claim.sentence() || !EVENTS.contains(p.category())
        || EVENTS.contains(claim.category()) || !lexicon.countsPeople(claim.unit(), claim.category())) {
      return claim;
    }
    int from = doc.tokenIndexAt(p.end() - 1) + 1;
    int to = doc.tokenIndexAt(claim.begin());
    if (from >= to) {
      return claim;
    }
    for (int k = from; k < to; k++) {
      if (!COORDINATORS.contains(doc.tokens().get(k).word().toLowerCase(Locale.ROOT))) {
        return claim;
      }
    }
    FigureClaim c = claim;
    return new FigureClaim(c.id(), c.speaker(), c.begin(), c.end(), c.text(), c.sentence(), c.confidence(),
        c.statement(), c.value(), c.low(), c.high(), c.qualifier(), c.qualifierText(), c.unit(), c.counted(),
        p.category(), c.actor(), c.location(), c.modality());
  }

  /** Currency before the number ("$7 million") and qualifiers before it, outermost wins ("over about 15,000"). */
  private Prefix prefix(Document doc, List<Token> tokens, Numeral n, int firstLocal, Claim previous) {
    String currency = null;
    int begin = doc.tokens().get(n.first()).begin();
    int q = firstLocal - 1;
    if (q >= 0 && lexicon.isCurrency(tokens.get(q))) {
      currency = lexicon.unit(tokens.get(q).word().toLowerCase(Locale.ROOT));
      begin = tokens.get(q).begin();
      q--;
    }
    Qualifier qualifier = n.isRange() ? Qualifier.RANGE : n.vague() ? Qualifier.AT_LEAST : Qualifier.EXACT;
    String qualifierText = null;
    if (q >= 0 && isArticle(tokens.get(q))) {
      q--;
    }
    for (int len = qualifierEndingAt(tokens, q); len > 0; len = qualifierEndingAt(tokens, q)) {
      int start = q - len + 1;
      Qualifier found = lexicon.qualifier(NumberParser.phrase(tokens, start, q + 1));
      if (!n.isRange() && !n.vague()) {
        qualifier = found;
      }
      qualifierText = doc.text(tokens.get(start).begin(), tokens.get(q).end());
      begin = tokens.get(start).begin();
      q = start - 1;
    }
    // "about 8,000 (10,000)": a bracketed number right after a figure shares its qualifier
    if (qualifierText == null && q > 0 && isOpeningBracket(tokens.get(q)) && previous instanceof FigureClaim pf
        && pf.end() == tokens.get(q - 1).end() && !n.isRange() && !n.vague()) {
      qualifier = pf.qualifier();
    }
    if (n.isRange() && q >= 0 && tokens.get(q).word().equalsIgnoreCase("between")) {
      begin = tokens.get(q).begin();
      qualifierText = tokens.get(q).word();
    }
    return new Prefix(begin, currency, qualifier, qualifierText);
  }

  /** The unit and counted phrase after the number: "percent", "per cent", "15-kilometre", a noun phrase. */
  private Extent extent(Document doc, List<Token> tokens, Numeral n, int p, String currency) {
    int end = doc.tokens().get(n.end() - 1).end();
    int head = n.end() - 1;
    if (n.innerUnit() != null) {
      return new Extent(end, head, n.innerUnit(), null, null);
    }
    if (currency != null) {
      if (p < tokens.size() && lexicon.isUnitName(tokens.get(p).word().toLowerCase(Locale.ROOT))
          && tokens.get(p).isNoun()) {
        end = tokens.get(p).end();
      }
      return new Extent(end, head, currency, null, null);
    }
    String unitWord = p < tokens.size() ? lexicon.unit(tokens.get(p).word().toLowerCase(Locale.ROOT)) : null;
    if ("percent".equals(unitWord)) {
      Counted of = counted.ofPhrase(doc, tokens, p + 1);
      return of == null ? new Extent(tokens.get(p).end(), tokens.get(p).index(), "percent", null, null)
          : new Extent(of.end(), of.head(), "percent", null, of.unit());
    }
    if (p + 1 < tokens.size() && tokens.get(p).word().equalsIgnoreCase("per")
        && tokens.get(p + 1).word().equalsIgnoreCase("cent")) {
      return new Extent(tokens.get(p + 1).end(), head, "percent", null, null);
    }
    if (p + 1 < tokens.size() && isGluedHyphen(tokens, p) && isMeasure(tokens.get(p + 1))) {
      return new Extent(tokens.get(p + 1).end(), head, lexicon.unit(tokens.get(p + 1).lemma().toLowerCase(Locale.ROOT)),
          null, null);
    }
    Counted phrase = counted.ofPhrase(doc, tokens, p);
    if (phrase == null) {
      phrase = counted.parsedPhrase(doc, tokens, numberRoot(doc, n), n.value(), p);
    }
    return phrase == null ? new Extent(end, head, null, null, null)
        : new Extent(phrase.end(), phrase.head(), null, phrase, null);
  }

  /** The unit and noun category: the counted noun's, or for an elided figure the antecedent's. */
  private Reading reading(Document doc, Sentence s, Numeral n, Extent extent, List<Antecedent> antecedents) {
    Counted phrase = extent.counted();
    if (phrase == null) {
      return new Reading(extent.unit(), lexicon.category(extent.ofUnit() != null ? extent.ofUnit() : extent.unit()));
    }
    if (!phrase.elided()) {
      Category own = counted.compoundCategory(doc, phrase, lexicon.category(phrase.unit()));
      return new Reading(phrase.unit(), own != null ? own : counted.classifiedCategory(doc, phrase));
    }
    Category predicate = clauses.predicateCategory(doc, extent.head(), n.first());
    boolean casualty = predicate != null && predicate != Category.EQUIPMENT;
    Antecedent a = antecedent(antecedents, s.index());
    if (a != null && casualty && !lexicon.countsPeople(a.unit(), a.nounCategory())) {
      a = null;
    }
    return a == null ? new Reading("person", Category.OTHER) : new Reading(a.unit(), a.nounCategory());
  }

  /** A time or date noun ("three days ago"), an age after a name or people ("girls under 15"), a bare "one". */
  private boolean notACount(Document doc, List<Token> tokens, Numeral n, Prefix prefix, Extent extent,
      int firstLocal, int afterLocal) {
    String headNer = doc.tokens().get(extent.head()).ner();
    if (!extent.elided()) {
      return headNer.equals("TIME") || headNer.equals("DATE");
    }
    int qualifierLocal = doc.tokenIndexAt(prefix.begin()) - (doc.tokens().get(n.first()).index() - firstLocal);
    if (Exclusions.isAgeAfterName(tokens, firstLocal, afterLocal)
        || exclusions.isAgeLimit(tokens, qualifierLocal, prefix.qualifier())) {
      return true;
    }
    return !n.vague() && prefix.qualifier() == Qualifier.EXACT && n.value() <= 1
        && extent.counted().end() == extent.end() && doc.tokens().get(n.end() - 1).end() == extent.end();
  }

  /**
   * The claim, with its actor (a nationality word or country inside the counted phrase, "North
   * Korean troops") and its place (named in a locative phrase right after it, "in the Kursk region").
   */
  private FigureClaim claim(Document doc, ArticleContext context, Sentence s, Numeral n, Prefix prefix,
      Extent extent, String unit, Category category) {
    int begin = prefix.begin();
    int end = extent.end();
    Modality modality = clauses.modality(doc, extent.head(), begin, end);
    Double low = null;
    Double high = n.high();
    switch (prefix.qualifier()) {
      case AT_LEAST, MORE_THAN, RANGE -> low = n.value();
      case AT_MOST, LESS_THAN -> high = n.value();
      default -> { }
    }
    double confidence = n.vague() ? 0.5 : extent.elided() ? 0.7 : 0.9;
    Counted phrase = extent.counted();
    String countedText = phrase == null || phrase.elided() ? null : phrase.text();
    int lastToken = doc.tokenIndexAt(end - 1);
    Source actor = phrase == null || phrase.elided() ? null
        : ArticleKnowledge.of(doc, context).sources().countryNamedIn(new TokenRange(n.end(), lastToken + 1));
    PlaceMention at = category == Category.DURATION || category == Category.MONEY ? null
        : ArticleKnowledge.of(doc, context).places().placeAfter(lastToken + 1, s.endToken(), PLACE_WINDOW);
    Place place = at == null ? null : at.place();
    return new FigureClaim(null, null, begin, end, doc.text(begin, end), s.index(), confidence, null,
        n.value(), low, high, prefix.qualifier(), prefix.qualifierText(), unit, countedText, category, actor, place,
        modality);
  }

  private Category category(Document doc, int head, int numberFirst, String unit, Category nounCategory) {
    Category predicate = clauses.predicateCategory(doc, head, numberFirst);
    if (predicate == Category.EQUIPMENT) {
      return nounCategory != null ? nounCategory : "percent".equals(unit) ? Category.EQUIPMENT : Category.OTHER;
    }
    // what happened to people (killed, captured, displaced) says nothing of villages or reports
    if (predicate != null && (nounCategory == null ? lexicon.countsPeople(unit, null)
        : PEOPLE_CATEGORIES.contains(nounCategory))) {
      return predicate;
    }
    return nounCategory == null ? Category.OTHER : nounCategory;
  }

  /** The token of the numeral whose head lies outside it ("million" in "3.5 million"). */
  private static int numberRoot(Document doc, Numeral n) {
    for (int k = n.end() - 1; k >= n.first(); k--) {
      int h = doc.head(k);
      if (h < n.first() || h >= n.end()) {
        return k;
      }
    }
    return n.end() - 1;
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

  private static Antecedent antecedent(List<Antecedent> antecedents, int sentence) {
    if (antecedents.isEmpty()) {
      return null;
    }
    Antecedent a = antecedents.get(antecedents.size() - 1);
    return sentence - a.sentence() > ANTECEDENT_WINDOW ? null : a;
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
      if (lexicon.qualifier(NumberParser.phrase(tokens, q - len + 1, q + 1)) != null) {
        return len;
      }
    }
    return 0;
  }
}
