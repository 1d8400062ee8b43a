package org.sitrep.internal.extract.location;

import java.util.List;
import java.util.Locale;
import org.sitrep.internal.extract.ReportingVerbs;
import org.sitrep.internal.extract.place.PlaceWords;
import org.sitrep.internal.lexicon.Table;
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
    return placement(doc, head, head, country);
  }

  /** As {@link #placement(Document, int, boolean)}, for the mention whose first token is {@code first}. */
  Placement placement(Document doc, int first, int head, boolean country) {
    Attachment a = climb(doc, head);
    Placement p = attached(doc, a, country);
    Placement held = heldBy(doc, a.node());
    if (held != null && (p == null || p.subject() < 0
        || p.subject() == a.governor() && !canAct(doc.tokens().get(p.subject())))) {
      // "City hall in Luhansk, which is controlled by rebels, said": the rebels are there; but "troops are now in
      // the towns, both formerly held by the rebels" places the troops
      return held;
    }
    if (p == null && a.node() != head && "compound".equals(doc.relation(head))) {
      p = compound(doc, doc.head(head), country);
    }
    if (p == null) {
      p = afterLocative(doc, first, a);
    }
    return p;
  }

  /**
   * "killed a security officer in Qala-e-Naw", where the parser hung the place elsewhere: a place right after a
   * locative preposition ("in", "near", "around") is placed all the same, by the nearest verb above it, unless
   * it describes who someone is or names part of a name.
   */
  private Placement afterLocative(Document doc, int first, Attachment a) {
    int before = first - 1;
    if (before >= 0 && doc.tokens().get(before).word().equalsIgnoreCase("the")) {
      before--;
    }
    if (before < 0 || doc.tokens().get(before).sentence() != doc.tokens().get(first).sentence()
        || !places.isLocative(doc.tokens().get(before).word().toLowerCase(Locale.ROOT)) || afterTitle(doc, a.node())) {
      return null;
    }
    int gov = a.governor();
    if (gov >= 0 && doc.tokens().get(gov).isProperNoun() && !isAcronym(doc.tokens().get(gov).word())) {
      return null;
    }
    int event = eventBefore(doc, before);
    if (event >= 0) {
      return new Placement("be", placedByNoun(doc, event, a.node()), 0.4);
    }
    int verb = a.node();
    for (int step = 0; step < 6 && verb >= 0 && !doc.tokens().get(verb).isVerb(); step++) {
      verb = doc.head(verb);
    }
    if (verb > first && verb >= 0 && lexicon.isNoVerb(lemma(doc.tokens().get(verb)))) {
      // "Rebels ambushed a convoy outside Goma, the army said": the parser hung the place on the reporting verb
      // that follows it; the verb before the place is the one it belongs to
      verb = verbBefore(doc, first);
    }
    if (verb < 0 || lexicon.isNoVerb(lemma(doc.tokens().get(verb)))) {
      return new Placement("be", -1, 0.4);
    }
    return new Placement(verbPredicate(doc, verb), subjectOfVerb(doc, verb), 0.4);
  }

  /** The nearest verb before {@code token} in its sentence; -1 when none. */
  private static int verbBefore(Document doc, int token) {
    int sentence = doc.tokens().get(token).sentence();
    for (int i = token - 1; i >= 0 && doc.tokens().get(i).sentence() == sentence; i--) {
      if (doc.tokens().get(i).isVerb()) {
        return i;
      }
    }
    return -1;
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
        int event = eventBefore(doc, caseOf(doc, h));
        if (event >= 0 && withinClauseOf(doc, event, gov)) {
          // "condemned the attack in Kabul": the parser hung the place on the verb, it belongs to the event
          return new Placement("be", placedByNoun(doc, event, h), 0.6);
        }
        boolean places = lexicon.verbPlaces(lemma, withAdverb) || lexicon.verbPlaces(lemma, prep)
            || (opensSentence(doc, h) && prep.equals("in"));
        return places ? new Placement(verbPredicate(doc, gov), placedByVerbOrGerund(doc, gov, lemma), 0.7) : null;
      }
      int counted = isQuantity(g) ? ofPhrase(doc, gov) : -1;
      if (counted >= 0 && lexicon.nounPlaces(ANY_NOUN, prep)) {
        // "some of these groups, both in Libya and in Syria": the parser hung the place on the quantifier
        return new Placement("be", placedByNoun(doc, counted, h), 0.5);
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
      return new Placement("be", placedByNoun(doc, gov, -1), 0.5);
    }
    return null;
  }

  /**
   * "Luhansk, which is controlled by rebels", "a town held by the army": a clause on the place whose verb acts on
   * the place names by its "by" phrase who is there.
   */
  private Placement heldBy(Document doc, int h) {
    for (int c : doc.children(h)) {
      String rel = doc.relation(c);
      Token t = doc.tokens().get(c);
      if (!rightAfter(doc, h, doc.subtree(c).first())) {
        // the parser also hangs on a place a clause that follows a later phrase ("between X and Y, which ...")
        continue;
      }
      if (c > h && rel != null && rel.startsWith("acl") && t.pos().equals("VBN") && lexicon.objectIsPlace(lemma(t))) {
        int agent = byAgent(doc, c);
        if (agent >= 0) {
          return new Placement(lemma(t), agent, 0.6);
        }
      }
      int obj = doc.child(c, "obj");
      if (c > h && "acl:relcl".equals(rel) && t.isVerb() && lexicon.objectIsPlace(lemma(t)) && obj >= 0
          && isRelativePronoun(doc.tokens().get(obj)) && doc.child(c, "nsubj") >= 0) {
        // "Crimea, which Russia annexed in 2014"
        return new Placement(lemma(t), doc.child(c, "nsubj"), 0.6);
      }
    }
    return null;
  }

  /** Whether only punctuation stands between token {@code word} and token {@code next}. */
  private static boolean rightAfter(Document doc, int word, int next) {
    for (int k = word + 1; k < next; k++) {
      if (!doc.tokens().get(k).pos().matches("\\p{Punct}+|``|''")) {
        return false;
      }
    }
    return next > word;
  }

  private static boolean isRelativePronoun(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return t.pos().startsWith("W") || w.equals("that") && t.pos().equals("IN");
  }

  /** The "by" phrase of a passive verb ("besieged by government troops"); -1 when none. */
  private static int byAgent(Document doc, int verb) {
    int agent = doc.child(verb, "obl:agent");
    if (agent >= 0) {
      return agent;
    }
    for (int c : doc.children(verb)) {
      if (c > verb && "obl".equals(doc.relation(c)) && "by".equals(preposition(doc, c)) && doc.tokens().get(c).isNoun()) {
        return c;
      }
    }
    return -1;
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

  /**
   * As {@link #placedByVerb}; a gerund without a subject of its own names the activity, which is what is placed
   * ("Shelling in Kramatorsk has not stopped").
   */
  private int placedByVerbOrGerund(Document doc, int verb, String lemma) {
    int placed = placedByVerb(doc, verb, lemma);
    if (placed >= 0 && doc.tokens().get(verb).pos().equals("VBN") && lexicon.objectIsPlace(lemma)
        && places.isContainer(lemma(doc.tokens().get(placed)))) {
      // "In Avdiivka, a town besieged by the army, ...": the town is the place itself; who holds it is placed
      int agent = byAgent(doc, verb);
      placed = agent >= 0 ? agent : placed;
    }
    String rel = doc.relation(verb);
    boolean gerundAsSubject = doc.tokens().get(verb).pos().equals("VBG") && rel != null
        && (rel.startsWith("csubj") || rel.startsWith("nsubj"));
    return placed < 0 && gerundAsSubject ? verb : placed;
  }

  /** "sent its military into Syria": the object of a carrying verb is what is placed, else its subject. */
  private int placedByVerb(Document doc, int verb, String lemma) {
    if (lexicon.objectIsPlaced(lemma)) {
      int obj = doc.child(verb, "obj");
      if (obj >= 0 && doc.tokens().get(obj).isNoun()) {
        return obj;
      }
      if (obj >= 0 && isRelativePronoun(doc.tokens().get(obj)) && "acl:relcl".equals(doc.relation(verb))
          && doc.head(verb) >= 0 && doc.tokens().get(doc.head(verb)).isNoun()) {
        // "the weapons that Qatar smuggled into Libya": what the relative pronoun stands for is carried there
        return doc.head(verb);
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
    int doer = doerOfGerund(doc, noun);
    if (doer >= 0) {
      return doer;
    }
    if (lexicon.isActor(lemma) || lexicon.isActor(word(n)) || namesBody(n)) {
      return noun;
    }
    boolean facility = lexicon.isFacility(lemma) || lexicon.isFacility(word(n));
    if (!facility && isActionNoun(n.word().toLowerCase(Locale.ROOT))) {
      int actor = actorOfAction(doc, noun, place);
      return actor >= 0 ? actor : agentOrSelf(doc, noun);
    }
    int performer = facility ? -1 : performer(doc, noun);
    if (performer >= 0) {
      return performer;
    }
    int sufferer = facility ? -1 : actingOfPhrase(doc, noun, place);
    if (sufferer >= 0) {
      return sufferer;
    }
    if (!facility && (lexicon.isListedNoun(lemma) || lexicon.isListedNoun(n.word().toLowerCase(Locale.ROOT)))) {
      // an event places itself, or its owner: "the army's siege of X"
      int owner = doc.child(noun, "nmod:poss");
      if (owner >= 0 && owner != place) {
        return owner;
      }
      int g0 = doc.head(noun);
      if (isEvent(n) && g0 >= 0 && "obj".equals(doc.relation(noun)) && doc.tokens().get(g0).isVerb()
          && ReportingVerbs.get().match(doc, g0) == null && !lexicon.judges(lemma(doc.tokens().get(g0)))) {
        // "troops were readying an assault on X" places the troops; "condemned the attack in X" the attack
        int subject = subjectOfVerb(doc, g0);
        if (subject >= 0 && canAct(doc.tokens().get(subject))) {
          return subject;
        }
      }
      return noun;
    }
    int gov = doc.head(noun);
    String rel = doc.relation(noun);
    if (!facility && isEvent(n) && !(gov >= 0 && doc.tokens().get(gov).isVerb() && rel != null
        && (rel.equals("obj") || rel.startsWith("obl")) && ReportingVerbs.get().match(doc, gov) == null)) {
      // "announced a ceasefire in X", "the insurgency in X" place the event; "gunmen opened fire at a ceremony in
      // X" places the gunmen
      return noun;
    }
    if (facility && gov >= 0 && rel != null && rel.startsWith("nmod") && !rel.equals("nmod:poss")
        && isEvent(doc.tokens().get(gov))) {
      // "a car bombing outside an army base in X": the event at the facility is what is placed
      return placedByNoun(doc, gov, place);
    }
    return agentOrSelf(doc, noun);
  }

  /**
   * "drones began flying missions in X", "since fleeing house arrest in X": the parser read a gerund as a modifier
   * of its own object; the gerund's doer, the subject of the clause the phrase hangs on, is what is placed. -1
   * when the noun has no such gerund (an adjective such as "the ongoing fighting" has a determiner before it).
   */
  private int doerOfGerund(Document doc, int noun) {
    int gerund = -1;
    for (int c : doc.children(noun)) {
      if (c < noun && "amod".equals(doc.relation(c)) && doc.tokens().get(c).pos().equals("VBG")) {
        gerund = c;
      }
    }
    int gov = doc.head(noun);
    String rel = doc.relation(noun);
    if (gerund < 0 || gerund == 0 || gov < 0 || !doc.tokens().get(gov).isVerb() || rel == null
        || !(rel.equals("obj") || rel.startsWith("obl"))) {
      return -1;
    }
    Token before = doc.tokens().get(gerund - 1);
    boolean opensClause = before.sentence() == doc.tokens().get(gerund).sentence()
        && (before.isVerb() || lexicon.takesGerund(before.word().toLowerCase(Locale.ROOT)));
    return opensClause ? subjectOfVerb(doc, gov) : -1;
  }

  /**
   * "the killing of two soldiers in X", "the abduction of aid workers in X": people in the "of" phrase of an event
   * are where it happened to them. -1 when the "of" phrase names no one who can act, or is the place itself.
   */
  private int actingOfPhrase(Document doc, int noun, int place) {
    if (!isEvent(doc.tokens().get(noun)) && !lexicon.isListedNoun(lemma(doc.tokens().get(noun)))) {
      return -1;
    }
    for (int c : doc.children(noun)) {
      String rel = doc.relation(c);
      if (c != place && rel != null && rel.startsWith("nmod") && !rel.equals("nmod:poss")
          && "of".equals(preposition(doc, c)) && doc.tokens().get(c).isNoun() && !doc.tokens().get(c).isProperNoun()
          && canAct(doc.tokens().get(c))) {
        return c;
      }
    }
    return -1;
  }

  /** A person, a body or a pronoun: someone who can do what a verb says. */
  private boolean canAct(Token t) {
    return t.pos().equals("PRP") || t.ner().equals("PERSON") || namesBody(t) || lexicon.isActor(lemma(t))
        || lexicon.isActor(word(t));
  }

  /** "the YPG", "Hamas": an organisation's name the tagger read as a common noun. */
  private static boolean namesBody(Token t) {
    return t.ner().equals("ORGANIZATION") || isAcronym(t.word());
  }

  private boolean isEvent(Token t) {
    return t.isNoun() && !t.isProperNoun() && (lexicon.isEvent(lemma(t)) || lexicon.isEvent(word(t)));
  }

  /** "the army conducted raids": the subject of a verb that performs the act its object names; -1 when none. */
  private int performer(Document doc, int noun) {
    int gov = doc.head(noun);
    if (gov < 0 || !"obj".equals(doc.relation(noun)) || !doc.tokens().get(gov).isVerb()
        || !(lexicon.isPerformVerb(verbPredicate(doc, gov)) || lexicon.isPerformVerb(lemma(doc.tokens().get(gov))))) {
      return -1;
    }
    return subjectOfVerb(doc, gov);
  }

  /**
   * "the attack" in "condemned the attack in Kabul": an event noun right before the locative word at {@code locative};
   * -1 when the word before it is no event.
   */
  private int eventBefore(Document doc, int locative) {
    int prev = locative - 1;
    if (locative < 0 || prev < 0 || doc.tokens().get(prev).sentence() != doc.tokens().get(locative).sentence()) {
      return -1;
    }
    return isEvent(doc.tokens().get(prev)) ? prev : -1;
  }

  /** Whether {@code token} hangs on {@code verb} directly or through one noun ("the victims of the attacks"). */
  private static boolean withinClauseOf(Document doc, int token, int verb) {
    int gov = doc.head(token);
    return gov == verb || gov >= 0 && doc.head(gov) == verb && doc.tokens().get(gov).isNoun();
  }

  /** The first preposition of a phrase; -1 when none. */
  private static int caseOf(Document doc, int h) {
    for (int c : doc.children(h)) {
      if (c < h && "case".equals(doc.relation(c))) {
        return c;
      }
    }
    return -1;
  }

  /** "the deployment of North Korean troops", "Russia's annexation", "US troop deployments": the action's doer. */
  private int actorOfAction(Document doc, int noun, int place) {
    for (int c : doc.children(noun)) {
      String rel = doc.relation(c);
      if (c != place && rel != null && rel.startsWith("nmod") && !rel.equals("nmod:poss")
          && "of".equals(preposition(doc, c)) && doc.tokens().get(c).isNoun()) {
        return c;
      }
    }
    // the nearest: "US troop deployments" are the troops'
    int actor = -1;
    for (int c : doc.children(noun)) {
      String rel = doc.relation(c);
      Token t = doc.tokens().get(c);
      boolean owner = "nmod:poss".equals(rel) && (t.isNoun() || t.pos().startsWith("PRP"));
      // "US troop deployments" are the troops', but an "oil terminal" or a "security situation" is no one's act
      boolean doer = "compound".equals(rel) && (t.isProperNoun() || canAct(t));
      if (c != place && c < noun && (owner || doer)) {
        actor = c;
      }
    }
    return actor;
  }

  /**
   * The agent of the clause a noun stands in: the subject of the verb it is the object or the phrase of, the
   * "by" agent of a passive one; the noun itself when it is the subject or no agent is named.
   */
  private int agentOrSelf(Document doc, int noun) {
    String rel = doc.relation(noun);
    int gov = doc.head(noun);
    if (rel != null && rel.startsWith("nmod") && gov >= 0 && "of".equals(preposition(doc, noun))
        && isQuantity(doc.tokens().get(gov)) && doc.head(gov) >= 0) {
      // "stored in one of its schools": the phrase of a number or quantifier hangs where the number does
      rel = doc.relation(gov);
      gov = doc.head(gov);
    }
    if (rel == null || gov < 0 || rel.startsWith("nsubj") || !doc.tokens().get(gov).isVerb()
        || !(rel.equals("obj") || rel.startsWith("obl"))) {
      return noun;
    }
    if (lexicon.objectIsPlaced(lemma(doc.tokens().get(gov)))) {
      // "opened an embassy in X" places the embassy; "deployed jets to a base in X" the jets
      int obj = doc.child(gov, "obj");
      if (rel.equals("obj")) {
        return noun;
      }
      if (obj >= 0 && doc.tokens().get(obj).isNoun()) {
        return obj;
      }
    }
    int agent = doc.child(gov, "obl:agent");
    if (agent >= 0) {
      return agent;
    }
    int passive = doc.child(gov, "nsubj:pass");
    if (passive >= 0) {
      // "weapons were stored in a school in X": what the passive acts on is at the facility
      return rel.startsWith("obl") ? passive : noun;
    }
    int subject = subjectOfVerb(doc, gov);
    return subject >= 0 ? subject : noun;
  }

  /** The noun of a word's "of" phrase ("groups" in "some of the groups"); -1 when none. */
  private static int ofPhrase(Document doc, int word) {
    for (int c : doc.children(word)) {
      String rel = doc.relation(c);
      if (rel != null && rel.startsWith("nmod") && "of".equals(preposition(doc, c)) && doc.tokens().get(c).isNoun()) {
        return c;
      }
    }
    return -1;
  }

  /** "one", "some", "most", "dozens": a number or quantifier that heads an "of" phrase. */
  private static boolean isQuantity(Token t) {
    return t.isNumber() || t.pos().equals("DT") || t.pos().equals("JJS");
  }

  /** The subject of an adjective or adverb ("damage is extensive"), or of the verb it modifies. */
  private int subjectOfModifier(Document doc, int modifier) {
    int s = doc.child(modifier, "nsubj");
    if (s >= 0) {
      return s;
    }
    int gov = doc.head(modifier);
    return gov >= 0 && doc.tokens().get(gov).isVerb() ? subjectOfVerb(doc, gov) : -1;
  }

  /** The subject of a verb, or of the clause it hangs from ("troops ... deployed in X"). */
  int subjectOfVerb(Document doc, int verb) {
    int v = verb;
    for (int step = 0; step < MAX_CLIMB && v >= 0; step++) {
      int s = doc.child(v, "nsubj");
      if (s < 0) {
        // "a drone was shot down over X": what a passive verb acts on is what it places
        s = doc.child(v, "nsubj:pass");
      }
      if (s >= 0) {
        return s;
      }
      String rel = doc.relation(v);
      int gov = doc.head(v);
      if (rel == null || gov < 0) {
        return -1;
      }
      Token g = doc.tokens().get(gov);
      if (rel.startsWith("acl") && (g.isNoun() || g.isNumber())) {
        return gov;
      }
      boolean participle = doc.tokens().get(v).pos().equals("VBG") || doc.tokens().get(v).pos().equals("VBN");
      if (participle && (rel.startsWith("acl") || rel.equals("dep")) && !g.isVerb()) {
        // "..., stopping in Guam": the parser hung the participle's clause on a word that is no verb ("by declaring",
        // "exploited the chaos, overrunning X"); its doer is the subject of the verb above that word
        int above = doc.head(gov);
        if (above < 0 || !doc.tokens().get(above).isVerb()) {
          return -1;
        }
        v = above;
        continue;
      }
      if (!(rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj")
          || participle && rel.equals("dep"))) {
        return -1;
      }
      int obj = doc.child(gov, "obj");
      if (rel.startsWith("xcomp") && obj >= 0 && obj < v && canAct(doc.tokens().get(obj))) {
        // "allowed the troops to return to X": the object of the governing verb does what the infinitive says
        return obj;
      }
      v = gov;
    }
    return -1;
  }

}
