package org.sitrep.extract.location;

import java.util.List;
import java.util.Locale;
import org.sitrep.extract.place.PlaceWords;
import org.sitrep.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/**
 * Decides from the dependency parse whether a place mention is a placement ("troops are in X",
 * "deployed in X", "struck X", "the attack in X") or only names a place (an actor, an owner, a title),
 * and if so, what is placed.
 */
final class PlacementFinder {

  private static final int MAX_CLIMB = 4;
  private static final String ANY_NOUN = "*";

  private final Lexicon lexicon;
  private final PlaceWords places;

  PlacementFinder(Lexicon lexicon, PlaceWords places) {
    this.lexicon = lexicon;
    this.places = places;
  }

  /**
   * The placement of the place headed by {@code head}, or null when the text places nothing there.
   * {@code country} says whether the place is a country: "U.S. troops" names an owner, "the Kabul bombing" a
   * place.
   */
  Placement placement(Document doc, int head, boolean country) {
    Attachment a = climb(doc, head);
    Placement p = attached(doc, a, country);
    if (p == null && a.node() != head && "compound".equals(doc.relation(head))) {
      p = compound(doc, doc.head(head), country);
    }
    return p;
  }

  private Placement attached(Document doc, Attachment a, boolean country) {
    int h = a.node();
    String rel = a.relation();
    int gov = a.governor();
    Placement byModifier = participle(doc, h);
    if (byModifier != null) {
      return byModifier;
    }
    if (rel == null) {
      return copular(doc, h);
    }
    if (rel.startsWith("obl") || (rel.startsWith("nmod") && !rel.equals("nmod:poss"))) {
      String prep = preposition(doc, h);
      if (prep == null || gov < 0 || afterTitle(doc, h)) {
        return null;
      }
      Token adverb = doc.tokens().get(gov);
      String withAdverb = prep;
      if (adverb.pos().startsWith("RB") && "advmod".equals(doc.relation(gov)) && doc.head(gov) >= 0
          && doc.tokens().get(doc.head(gov)).isVerb()) {
        // "pulled out of Kherson", "moved back to Kyiv": the phrase hangs on the verb's adverb
        withAdverb = adverb.word().toLowerCase(Locale.ROOT) + " " + prep;
        gov = doc.head(gov);
      }
      Token g = doc.tokens().get(gov);
      String lemma = lemma(g);
      if (g.isVerb()) {
        boolean places = lexicon.verbPlaces(lemma, withAdverb) || lexicon.verbPlaces(lemma, prep)
            || (opensSentence(doc, h) && prep.equals("in"));
        return places ? new Placement(verbPredicate(doc, gov), placedByVerb(doc, gov, lemma), 0.7) : null;
      }
      if (g.isNoun() && !lexicon.isTitle(lemma) && (!g.isProperNoun() || isAcronym(g.word()))
          && (lexicon.nounPlaces(lemma, prep) || lexicon.nounPlaces(word(g), prep))) {
        // a name's phrase ("Maamoun Youssef in Cairo", "Cooperation in Europe") names, it does not place
        return new Placement("be", placedByNoun(doc, gov, h), 0.6);
      }
      if ((g.pos().startsWith("JJ") || g.pos().startsWith("RB")) && (lexicon.verbPlaces(ANY_NOUN, prep)
          || (prep.equals("to") && lexicon.isNearWord(lemma)))) {
        // "damage is extensive in western Mosul", "moving closer to the border"
        return new Placement("be", subjectOfModifier(doc, gov), 0.5);
      }
      if (g.isNumber() && lexicon.nounPlaces(ANY_NOUN, prep)) {
        // "with 900 stationed in Agadez": the parser hangs the place on the number
        int participle = doc.child(gov, "amod");
        String predicate = participle >= 0 && doc.tokens().get(participle).isVerb()
            ? lemma(doc.tokens().get(participle)) : "be";
        return new Placement(predicate, gov, 0.5);
      }
      if (g.isProperNoun() && isAcronym(g.word()) && prep.equals("in")) {
        // "the YPG in Syria": a group known by its initials
        return new Placement("be", gov, 0.5);
      }
      return null;
    }
    if (rel.equals("obj") && gov >= 0 && doc.tokens().get(gov).isVerb() && lexicon.objectIsPlace(
        lemma(doc.tokens().get(gov)))) {
      return new Placement(verbPredicate(doc, gov), subjectOfVerb(doc, gov), 0.7);
    }
    if (rel.equals("nsubj:pass") && gov >= 0 && lexicon.objectIsPlace(lemma(doc.tokens().get(gov)))) {
      return new Placement(verbPredicate(doc, gov), doc.child(gov, "obl:agent"), 0.6);
    }
    if (rel.equals("compound") && gov >= 0) {
      return compound(doc, gov, country);
    }
    return copular(doc, h);
  }

  /** "the Kabul bombing", "its Gaza schools": a place naming where an event or a facility is; not a country. */
  private Placement compound(Document doc, int gov, boolean country) {
    Token g = doc.tokens().get(gov);
    if (!country && g.isNoun() && !g.isProperNoun()
        && (lexicon.isSite(lemma(g)) || lexicon.isSite(word(g)))) {
      return new Placement("be", gov, 0.5);
    }
    return null;
  }

  /** "after seizing parts of Syria": the parser makes the verb a modifier of its object. */
  private Placement participle(Document doc, int h) {
    for (int c : doc.children(h)) {
      Token t = doc.tokens().get(c);
      if (c < h && "amod".equals(doc.relation(c)) && t.pos().equals("VBG") && lexicon.objectIsPlace(lemma(t))) {
        return new Placement(lemma(t), subjectOfVerb(doc, doc.head(h)), 0.5);
      }
    }
    return null;
  }

  /** "North Korean soldiers are in Kursk": the place is the head of a copular clause with a placing preposition. */
  private Placement copular(Document doc, int h) {
    int cop = doc.child(h, "cop");
    if (cop < 0) {
      return null;
    }
    String prep = preposition(doc, h);
    if (prep == null || !lexicon.verbPlaces("be", prep)) {
      return null;
    }
    return new Placement("be", doc.child(h, "nsubj"), 0.7);
  }

  /**
   * From a name to the phrase that stands for it: "Iraq" in "Syria and Iraq" to "Syria", "Sirte" in
   * "the city of Sirte" to "city", "Syria" in "Syria's far east" to "east", "Puli Alam" in "the
   * provincial capital, Puli Alam" to "capital".
   */
  private Attachment climb(Document doc, int h) {
    for (int step = 0; step < MAX_CLIMB; step++) {
      String rel = doc.relation(h);
      int gov = doc.head(h);
      if (rel == null || gov < 0) {
        return new Attachment(h, rel, gov);
      }
      Token g = doc.tokens().get(gov);
      if (rel.equals("conj") && g.isProperNoun()) {
        h = gov;
        continue;
      }
      boolean container = g.isNoun() && places.isContainer(lemma(g));
      if (container && (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("appos")
          || (rel.startsWith("nmod") && places.containerTakes(lemma(g), preposition(doc, h))))) {
        h = gov;
        continue;
      }
      if (rel.startsWith("nmod") && isTime(g) && doc.head(gov) >= 0) {
        // "killed in the past two weeks in Afghanistan", "soldiers in total in Russia": the parser hangs the
        // place on the time or amount
        return new Attachment(h, "obl", doc.head(gov));
      }
      if (rel.equals("appos") && g.isNoun()) {
        h = gov;
        continue;
      }
      return new Attachment(h, rel, gov);
    }
    return new Attachment(h, doc.relation(h), doc.head(h));
  }

  /** The phrase that stands for a place, and how it hangs in the parse. */
  private record Attachment(int node, String relation, int governor) {}

  /** The preposition of a phrase, multiword ones joined ("out of"); null when none. */
  private static String preposition(Document doc, int h) {
    StringBuilder b = new StringBuilder();
    for (int c : doc.children(h)) {
      if (c > h) {
        break;
      }
      String rel = doc.relation(c);
      if ("case".equals(rel) || "fixed".equals(rel)) {
        String w = doc.tokens().get(c).word().toLowerCase(Locale.ROOT);
        if (w.equals("'s") || w.equals("’s") || w.equals("'")) {
          continue;
        }
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w);
        for (int f : doc.children(c)) {
          if ("fixed".equals(doc.relation(f))) {
            b.append(' ').append(doc.tokens().get(f).word().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  /** "the government in Kiev": the phrase describes who someone is, wherever the parser attached it. */
  private boolean afterTitle(Document doc, int h) {
    for (int c : doc.children(h)) {
      if ("case".equals(doc.relation(c))) {
        int before = c - 1;
        return before >= 0 && doc.tokens().get(before).sentence() == doc.tokens().get(c).sentence()
            && doc.tokens().get(before).isNoun() && lexicon.isTitle(lemma(doc.tokens().get(before)));
      }
    }
    return false;
  }

  /** "In Donetsk, officials said ...": a place that sets the scene of the whole sentence. */
  private static boolean opensSentence(Document doc, int h) {
    int first = doc.sentences().get(doc.tokens().get(h).sentence()).firstToken();
    for (int c : doc.children(h)) {
      if ("case".equals(doc.relation(c))) {
        return c == first;
      }
    }
    return false;
  }

  private static boolean isTime(Token t) {
    return List.of("DATE", "DURATION", "TIME").contains(t.ner()) || t.lemma().equalsIgnoreCase("total");
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  /** The word in lower case, a plural "s" dropped: CoreNLP reads "bases" as "basis". */
  private static String word(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  private static boolean isAcronym(String w) {
    if (w.length() < 2 || w.length() > 6) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isUpperCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The lemma with its particle: "pull out". */
  private static String verbPredicate(Document doc, int verb) {
    String lemma = lemma(doc.tokens().get(verb));
    int prt = doc.child(verb, "compound:prt");
    return prt < 0 ? lemma : lemma + " " + doc.tokens().get(prt).word().toLowerCase(Locale.ROOT);
  }

  /** "sent its military into Syria": the object of a carrying verb is what is placed, else its subject. */
  private int placedByVerb(Document doc, int verb, String lemma) {
    if (lexicon.objectIsPlaced(lemma)) {
      int obj = doc.child(verb, "obj");
      if (obj >= 0 && doc.tokens().get(obj).isNoun()) {
        return obj;
      }
    }
    return subjectOfVerb(doc, verb);
  }

  /**
   * "the deployment of North Korean troops to Russia", "US troop deployments in Syria", "their presence in X":
   * what an action noun places is its "of" phrase, its compound or its owner; other nouns place themselves.
   */
  static final List<String> ACTION_NOUN_ENDINGS = List.copyOf(
      Table.read(PlacementFinder.class, "action-nouns.tsv").require("suffix").lowerSet("suffix"));

  /** Suffix test instead of a ".*(ment|...)" regex, which backtracks on long words. */
  private static boolean isActionNoun(String word) {
    return ACTION_NOUN_ENDINGS.stream().anyMatch(word::endsWith);
  }

  /**
   * What a noun that a place phrase hangs on places: people or a body ("troops in X"), an event ("the attack
   * in X") place themselves; an action noun places its "of" phrase, its owner or its compound ("the
   * deployment of troops to X", "their taking of X", "US troop deployments in X"); a facility or another thing
   * places itself when it is its clause's subject, else the clause's agent ("militants attacked a center in X").
   * {@code place} is the place phrase, never what is placed.
   */
  private int placedByNoun(Document doc, int noun, int place) {
    Token n = doc.tokens().get(noun);
    String lemma = lemma(n);
    if (lexicon.isActor(lemma) || lexicon.isActor(word(n))) {
      return noun;
    }
    if (isActionNoun(n.word().toLowerCase(Locale.ROOT))) {
      int actor = actorOfAction(doc, noun, place);
      return actor >= 0 ? actor : agentOrSelf(doc, noun);
    }
    if (lexicon.isListedNoun(lemma) && !lexicon.isFacility(lemma) && !lexicon.isFacility(word(n))) {
      // an event places itself, or its owner: "the army's siege of X"
      int owner = doc.child(noun, "nmod:poss");
      return owner >= 0 && owner != place ? owner : noun;
    }
    return agentOrSelf(doc, noun);
  }

  /** "the deployment of North Korean troops", "Russia's annexation", "US troop deployments": the action's doer. */
  private static int actorOfAction(Document doc, int noun, int place) {
    for (int c : doc.children(noun)) {
      String rel = doc.relation(c);
      if (c != place && rel != null && rel.startsWith("nmod") && !rel.equals("nmod:poss")
          && "of".equals(preposition(doc, c)) && doc.tokens().get(c).isNoun()) {
        return c;
      }
    }
    for (int c : doc.children(noun)) {
      String rel = doc.relation(c);
      Token t = doc.tokens().get(c);
      if (c != place && c < noun && ("nmod:poss".equals(rel) || "compound".equals(rel))
          && (t.isNoun() || t.pos().startsWith("PRP"))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The agent of the clause a noun stands in: the subject of the verb it is the object or the phrase of, the
   * "by" agent of a passive one; the noun itself when it is the subject or no agent is named.
   */
  private static int agentOrSelf(Document doc, int noun) {
    String rel = doc.relation(noun);
    int gov = doc.head(noun);
    if (rel == null || gov < 0 || rel.startsWith("nsubj") || !doc.tokens().get(gov).isVerb()
        || !(rel.equals("obj") || rel.startsWith("obl"))) {
      return noun;
    }
    int agent = doc.child(gov, "obl:agent");
    if (agent >= 0) {
      return agent;
    }
    if (doc.child(gov, "nsubj:pass") >= 0) {
      return noun;
    }
    int subject = subjectOfVerb(doc, gov);
    return subject >= 0 ? subject : noun;
  }

  /** The subject of an adjective or adverb ("damage is extensive"), or of the verb it modifies. */
  private static int subjectOfModifier(Document doc, int modifier) {
    int s = doc.child(modifier, "nsubj");
    if (s >= 0) {
      return s;
    }
    int gov = doc.head(modifier);
    return gov >= 0 && doc.tokens().get(gov).isVerb() ? subjectOfVerb(doc, gov) : -1;
  }

  /** The subject of a verb, or of the clause it hangs from ("troops ... deployed in X"). */
  static int subjectOfVerb(Document doc, int verb) {
    int v = verb;
    for (int step = 0; step < MAX_CLIMB && v >= 0; step++) {
      int s = doc.child(v, "nsubj");
      if (s >= 0) {
        return s;
      }
      String rel = doc.relation(v);
      int gov = doc.head(v);
      if (rel == null || gov < 0) {
        return -1;
      }
      if (rel.startsWith("acl")) {
        return gov;
      }
      if (!(rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj"))) {
        return -1;
      }
      v = gov;
    }
    return -1;
  }

}
