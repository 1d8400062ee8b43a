package org.sitrep.internal.extract.location;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.claim.Claim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.claim.Source;
import org.sitrep.extract.ArticleContext;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.internal.extract.Boilerplate;
import org.sitrep.extract.Extractor;
import org.sitrep.internal.extract.LexiconExample;
import org.sitrep.internal.extract.place.ArticlePlaces;
import org.sitrep.internal.extract.place.PlaceMention;
import org.sitrep.internal.extract.place.PlaceWords;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.Sentence;
import org.sitrep.internal.extract.ParseNeeds;
import org.sitrep.nlp.ParseFilter;

/**
 * Finds location claims: a subject placed at a named place by a predicate ("North Korean soldiers are
 * in Kursk", "deployed in the Kursk region", "struck Damascus", "the attack in Manbij"), inside quotes
 * or not, with the speaker of the enclosing statement. A place named only as an actor, an owner or in
 * a title is not a claim. Immutable and safe to share between threads.
 */
public final class LocationExtractor implements Extractor {

  private final PlacementFinder placements;

  public LocationExtractor() {
    this.placements = new PlacementFinder(Lexicon.load(), PlaceWords.get());
  }

  /**
   * The example of every row of {@code predicates.tsv} that places something (a location claim by
   * that verb, or by "be" for a noun) and the counter-example of every row that must not place.
   */
  public static List<LexiconExample> examples() {
    List<LexiconExample> out = new ArrayList<>();
    for (Row row : Lexicon.rows()) {
      String kind = row.required("kind");
      String lemma = row.lower("lemma");
      String predicate = kind.equals("gerund") || kind.equals("judge") ? "*"
          : List.of("noun", "site", "facility", "near", "perform").contains(kind) ? "be" : lemma;
      String example = row.optional("example");
      String counter = row.optional("counter");
      String entry = kind + " " + lemma;
      if (example != null) {
        out.add(new LexiconExample("predicates.tsv", entry, example, true,
            c -> c instanceof LocationClaim l && (predicate.equals("*") || l.predicate().split(" ")[0].equals(predicate)
                || kind.equals("perform") && l.predicate().equals(lemma))));
      } else if (!kind.equals("noverb")) {
        throw row.error("a row that places needs an example");
      }
      if (counter != null) {
        out.add(new LexiconExample("predicates.tsv", entry, counter, false,
            c -> c instanceof LocationClaim l && l.predicate().split(" ")[0].equals(lemma)));
      }
    }
    return out;
  }

  @Override
  public String id() {
    return "location";
  }

  /** Sentences with a possible place name, or a possible subject (also as an antecedent). */
  @Override
  public ParseFilter parseFilter() {
    return ParseFilter.anyToken(ParseNeeds::isPlaceCandidate).or(ParseNeeds.sources());
  }

  @Override
  public List<? extends Claim> extract(Document doc, ArticleContext context) {
    List<Claim> out = new ArrayList<>();
    ArticleKnowledge knowledge = ArticleKnowledge.of(doc, context);
    ArticlePlaces places = knowledge.places();
    List<PlaceMention> found = places.mentions();
    for (int i = 0; i < found.size(); i++) {
      PlaceMention m = found.get(i);
      int sentence = doc.tokens().get(m.tokens().first()).sentence();
      if (Boilerplate.isBoilerplate(doc, sentence) || Boilerplate.isCreditLine(doc, sentence)
          || describesPlace(doc, m, i, places)) {
        continue;
      }
      Placement p = placement(doc, places, m, 0);
      if (p == null) {
        continue;
      }
      Place place = onBorder(doc, m, places) ? places.borderOf(m) : m.place();
      LocationClaim claim = new LocationClaim("l" + (out.size() + 1), null, m.begin(), m.end(),
          doc.text(m.span()), sentence, p.confidence(), null,
          subject(doc, knowledge, p.subject(), m), place, p.predicate());
      out.add(context.statements().attribute(claim));
    }
    return out;
  }

  /**
   * How the text places mention {@code m}: by its own clause, or, for a place that locates the place before it
   * ("Palmyra in Syria", "Irbil in northern Iraq") or is its conjunct ("in Libya, Syria and Qatar"), as that place
   * is placed.
   */
  private Placement placement(Document doc, ArticlePlaces places, PlaceMention m, int depth) {
    Placement p = placements.placement(doc, m.tokens().first(), m.head(), m.place().kind() == PlaceKind.COUNTRY);
    if (p != null || depth > 1) {
      return p;
    }
    int gov = doc.head(m.head());
    String rel = doc.relation(m.head());
    int outer = gov < 0 ? -1 : places.mentionIndexAt(gov);
    boolean locates = rel != null && rel.startsWith("nmod") && hasCase(doc, m.head(), "in");
    if (outer < 0 || !locates) {
      // "pursued in Yemen and Somalia", however the parser hung the second: a conjunct is placed as the one before
      outer = conjunctBefore(doc, places, m);
    }
    if (outer < 0) {
      return null;
    }
    PlaceMention within = places.mentions().get(outer);
    return within == m ? null : placement(doc, places, within, depth + 1);
  }

  /**
   * What is placed, as a source: a possessive pronoun resolved ("its march in X"), a role named beside a
   * person by the person ("a teacher abducted in X" after "Pierre Korkie,"), else the phrase of the subject.
   */
  private static Source subject(Document doc, ArticleKnowledge knowledge, int token, PlaceMention m) {
    if (token >= 0 && doc.tokens().get(token).pos().equals("PRP$")) {
      return knowledge.sources().resolvePronoun(token);
    }
    Source group = GroupAntecedent.of(doc, knowledge.sources(), token);
    if (group != null) {
      return group;
    }
    int person = appositivePerson(doc, token);
    return withoutWithPhrase(doc, knowledge.sources().described(person >= 0 ? person : token, m.tokens()), token);
  }

  /**
   * "Russian drones with a range of 75 miles" is named "Russian drones": a "with" phrase describes what is placed,
   * it is no part of its name (an "of" phrase is: "a brigade of Ukrainian forces").
   */
  private static Source withoutWithPhrase(Document doc, Source s, int token) {
    if (s == null || token < 0 || s.mentionBegin() == null || !s.name().equals(s.mention())
        || !doc.tokens().get(token).isNoun()) {
      return s;
    }
    for (int c : doc.children(token)) {
      String rel = doc.relation(c);
      if (c > token && rel != null && rel.startsWith("nmod") && hasCase(doc, c, "with")) {
        int cut = doc.tokens().get(doc.subtree(c).first()).begin();
        if (cut > s.mentionBegin() && cut < s.mentionEnd()) {
          String name = doc.text().substring(s.mentionBegin(), cut).strip();
          return new Source(name, s.kind(), s.title(), s.country(), name, s.mentionBegin(),
              s.mentionBegin() + name.length());
        }
      }
    }
    return s;
  }

  /** The person a common noun stands beside as an appositive ("Pierre Korkie, a teacher"); -1 when none. */
  private static int appositivePerson(Document doc, int token) {
    if (token < 0 || !doc.tokens().get(token).isNoun() || isPerson(doc, token)) {
      return -1;
    }
    int gov = doc.head(token);
    if ("appos".equals(doc.relation(token)) && gov >= 0 && isPerson(doc, gov)) {
      return gov;
    }
    int appos = doc.child(token, "appos");
    return appos >= 0 && isPerson(doc, appos) ? appos : -1;
  }

  private static boolean isPerson(Document doc, int token) {
    return doc.tokens().get(token).ner().equals("PERSON");
  }

  /** The index of the place mention that {@code m} is coordinated with ("Mali, Chad and Niger"); -1 when none. */
  private static int conjunctBefore(Document doc, ArticlePlaces places, PlaceMention m) {
    String rel = doc.relation(m.head());
    if (rel != null && (rel.equals("compound") || rel.startsWith("nmod:poss") || rel.equals("amod"))) {
      return -1; // "Iraq and the U.S. intervention": the second names an owner
    }
    int after = m.tokens().end();
    boolean listGoesOn = after < doc.tokens().size() && (doc.tokens().get(after).word().equals(",")
        || doc.tokens().get(after).pos().equals("CC"));
    List<PlaceMention> all = places.mentions();
    for (PlaceMention other : all) {
      int k = other.tokens().end();
      if (other == m || k > m.tokens().first()
          || doc.tokens().get(k - 1).sentence() != doc.tokens().get(m.tokens().first()).sentence()) {
        continue;
      }
      boolean and = false;
      boolean comma = false;
      for (; k < m.tokens().first(); k++) {
        Token t = doc.tokens().get(k);
        boolean cc = t.pos().equals("CC") && !t.word().equalsIgnoreCase("but");
        if (!(cc || t.word().equals(",") || t.word().equalsIgnoreCase("the"))) {
          break;
        }
        and |= cc;
        comma |= t.word().equals(",");
      }
      // a comma alone joins only inside a list ("Libya, Syria, Qatar and"), not "Sana, Yemen's capital" or
      // "In Washington, the White House said"
      if (k == m.tokens().first() && (and || comma && listGoesOn)) {
        return all.indexOf(other);
      }
    }
    return -1;
  }

  /** "the border with Ukraine", "the Ukraine border": a country's name that names a border with it. */
  private static boolean onBorder(Document doc, PlaceMention m, ArticlePlaces places) {
    int gov = doc.head(m.head());
    String rel = doc.relation(m.head());
    if (gov < 0 || rel == null || m.place().kind() != PlaceKind.COUNTRY) {
      return false;
    }
    String noun = doc.tokens().get(gov).word().toLowerCase(Locale.ROOT);
    boolean border = places.words().isFrontier(noun) && places.words().isContainer(noun);
    return border && (rel.equals("compound") || (rel.startsWith("nmod") && hasCase(doc, m.head(), "with")));
  }

  private static boolean hasCase(Document doc, int head, String preposition) {
    for (int c : doc.children(head)) {
      if ("case".equals(doc.relation(c)) && doc.tokens().get(c).word().equalsIgnoreCase(preposition)) {
        return true;
      }
    }
    return false;
  }

  /** "Ukraine's" in "Ukraine's Crimea region", "Belarus" in "Minsk, Belarus": a place that locates another. */
  private static boolean describesPlace(Document doc, PlaceMention m, int index, ArticlePlaces places) {
    int gov = doc.head(m.head());
    String rel = doc.relation(m.head());
    if (gov < 0 || rel == null) {
      return false;
    }
    boolean describes = rel.equals("nmod:poss") || rel.equals("appos");
    int other = places.mentionIndexAt(gov);
    return describes && other >= 0 && other != index;
  }
}
