package org.sitrep.internal.extract.stance;

import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.Source;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceAct;
import org.sitrep.extract.Statements;
import org.sitrep.internal.extract.FunctionWords;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/**
 * Acts said without an act verb, inside a statement: urging by a deontic modal said of a second or
 * third person ("the army must withdraw", "Israel should allow aid in") or by an imperative that
 * opens a quotation ("Release the hostages now"), and a first person's commitment to harm ("we will
 * respond with force": a threat). The holder is the statement's speaker. A negated modal
 * ("Washington should not dictate ...") is a criticism of its subject. Immutable.
 */
final class ModalActs {

  private static final Set<String> OPENING_QUOTES = Set.of("``", "\"", "“", "‘", "`");

  private final Document doc;
  private final Statements statements;
  private final CueLexicon lexicon;
  private final Targets targets;
  private final Phrases phrases;

  ModalActs(Document doc, Statements statements, CueLexicon lexicon, Targets targets, Phrases phrases) {
    this.doc = doc;
    this.statements = statements;
    this.lexicon = lexicon;
    this.targets = targets;
    this.phrases = phrases;
  }

  /** An act found at a token: the act, its cue word, the urged verb, its target and its speaker's statement. */
  record Act(StanceAct act, Polarity polarity, String cue, int verb, Targets.Target target, SpeakerClaim statement) {}

  /** The act whose cue is token {@code i} (a modal, an opening imperative or a commitment), or null. */
  Act at(int i) {
    Act modal = modal(i);
    Act urged = modal != null ? modal : imperative(i);
    urged = urged != null ? urged : commitment(i);
    urged = urged != null ? urged : conditionalHarm(i);
    return urged != null && canUrge(urged.statement()) && !verdict(urged) ? urged : null;
  }

  /**
   * "A court ruled that Moscow must pay", "the panel found that the army should have ...": what a
   * clause of finding says is due is its verdict, not an appeal.
   */
  private boolean verdict(Act act) {
    String cue = act.statement().cue();
    return act.act() == StanceAct.URGE && cue != null && lexicon.is("finding", cue.toLowerCase(Locale.ROOT));
  }

  /** Whether a statement's speaker can urge: a name or a person or body noun, not "the plan" or "the statement". */
  private boolean canUrge(SpeakerClaim statement) {
    Source speaker = statement.speaker();
    if (speaker == null || speaker.mentionEnd() == null || speaker.mentionEnd() <= 0
        || speaker.mentionEnd() > doc.text().length()) {
      return false;
    }
    int head = doc.tokenIndexAt(speaker.mentionEnd() - 1);
    return head >= 0 && phrases.canHold(head);
  }

  private Act modal(int i) {
    Token t = token(i);
    String word = t.word().toLowerCase(Locale.ROOT);
    if (!lexicon.is("deontic", word) && !lexicon.is("deontic", CueLexicon.lemmaOf(t))) {
      return null;
    }
    int verb;
    int infinitive = doc.child(i, "xcomp");
    boolean withTo = infinitive >= 0 && hasMarkTo(infinitive) && !t.pos().equals("VBN")
        && doc.child(i, "aux:pass") < 0; // "needs to act", "ought to lay down"; not "is needed to"
    if (withTo) {
      verb = i; // the subject and the negation hang on the modal
    } else if (CueLexicon.lemmaOf(t).equals("need")) {
      return null;
    } else {
      if (!"aux".equals(doc.relation(i))) {
        return null;
      }
      verb = doc.head(i);
    }
    if (verb < 0 || epistemic(i, verb) || conditional(verb)) {
      return null;
    }
    SpeakerClaim statement = statements.enclosing(t.begin(), t.end());
    if (statement == null) {
      return null;
    }
    int subject = doc.child(verb, "nsubj");
    boolean passive = subject < 0 && (doc.child(verb, "nsubj:pass") >= 0 || doc.child(verb, "aux:pass") >= 0);
    if (passive) {
      subject = doc.child(verb, "nsubj:pass");
    }
    if (subject < 0) {
      subject = phrases.detachedSubject(verb); // "said aid should be cut": the parse took "aid" for the object of "said"
    }
    if (subject < 0 || subject > i || !urgeable(subject)) { // "Should diplomacy fail": a condition
      return null;
    }
    int urged = withTo ? infinitive : verb;
    if (negated(verb) || negated(urged)) {
      return new Act(StanceAct.CRITICIZE, Polarity.NEGATIVE, word, urged, targets.entity(subject), statement);
    }
    Targets.Target target = passive ? targets.clause(verb) : targets.entity(subject);
    return new Act(StanceAct.URGE, Polarity.NEUTRAL, word, urged, target, statement);
  }

  /** "We will respond with force", "I shall crush them": a first person commits to harm. */
  private Act commitment(int i) {
    Token t = token(i);
    if (!lexicon.is("committing", t.word().toLowerCase(Locale.ROOT)) || !"aux".equals(doc.relation(i))) {
      return null;
    }
    int verb = doc.head(i);
    int subject = doc.child(verb, "nsubj");
    if (subject < 0 || subject > i || !Phrases.isFirstPerson(token(subject)) || negated(verb) || conditional(verb)
        || !lexicon.is("hostile", CueLexicon.lemmaOf(token(verb))) && !withForce(verb)) {
      return null;
    }
    SpeakerClaim statement = statements.enclosing(t.begin(), t.end());
    if (statement == null) {
      return null;
    }
    int obj = doc.child(verb, "obj");
    Targets.Target target = obj >= 0 && !Phrases.isFirstPerson(token(obj)) ? targets.entity(obj) : targets.clause(verb);
    return new Act(StanceAct.THREATEN, Polarity.NEGATIVE, t.word().toLowerCase(Locale.ROOT), verb, target, statement);
  }

  /**
   * "If they shell the port again, they will pay a heavy price", "we will strike unless the convoy
   * turns back": a harm or a penalty made to hang on what the other side does is a threat when the
   * speaker's side deals it (a first person, or a verb of harm), else a warning. The target is the
   * one whose doing the condition names.
   */
  private Act conditionalHarm(int i) {
    Token t = token(i);
    if (!lexicon.is("committing", t.word().toLowerCase(Locale.ROOT)) || !"aux".equals(doc.relation(i))) {
      return null;
    }
    int verb = doc.head(i);
    int condition = condition(verb);
    int subject = doc.child(verb, "nsubj");
    if (condition < 0 || subject < 0 || subject > i || negated(verb)) {
      return null;
    }
    boolean harm = lexicon.is("hostile", CueLexicon.lemmaOf(token(verb))) || withForce(verb);
    if (!harm && !penaltyUnder(verb)) {
      return null;
    }
    SpeakerClaim statement = statements.enclosing(t.begin(), t.end());
    if (statement == null) {
      return null;
    }
    int actor = doc.child(condition, "nsubj");
    if (actor < 0 || Phrases.isFirstPerson(token(actor))) {
      return null;
    }
    boolean dealt = Phrases.isFirstPerson(token(subject)) || harm;
    return new Act(dealt ? StanceAct.THREATEN : StanceAct.WARN, Polarity.NEGATIVE, t.word().toLowerCase(Locale.ROOT),
        verb, targets.entity(actor), statement);
  }

  /** The "if" or "unless" clause of a verb, or -1. */
  private int condition(int verb) {
    for (int c : doc.children(verb)) {
      if ("advcl".equals(doc.relation(c))) {
        for (int m : doc.children(c)) {
          String w = token(m).word().toLowerCase(Locale.ROOT);
          if ("mark".equals(doc.relation(m)) && (w.equals("if") || w.equals("unless"))) {
            return c;
          }
        }
      }
    }
    return -1;
  }

  /** Whether a verb's object or phrase, or a phrase of that, names a penalty ("face consequences", "disruption from sanctions"). */
  private boolean penaltyUnder(int verb) {
    for (int c : doc.children(verb)) {
      String r = doc.relation(c);
      if (!r.equals("obj") && !r.startsWith("obl")) {
        continue;
      }
      if (lexicon.is("penalty", CueLexicon.lemmaOf(token(c)))) {
        return true;
      }
      for (int g : doc.children(c)) {
        if (doc.relation(g).startsWith("nmod") && lexicon.is("penalty", CueLexicon.lemmaOf(token(g)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "respond with force", "retaliate with full force". */
  private boolean withForce(int verb) {
    for (int c : doc.children(verb)) {
      if (doc.relation(c).startsWith("obl") && CueLexicon.lemmaOf(token(c)).equals("force") && phrases.hasCase(c, "with")) {
        return true;
      }
    }
    return false;
  }

  /** An imperative that opens a quoted sentence: "Release the hostages," "Please let him live." */
  private Act imperative(int i) {
    Token t = token(i);
    if (!t.pos().equals("VB") || !Character.isUpperCase(t.word().charAt(0)) || !opensQuote(i)
        || lexicon.isReportingVerb(t)) {
      return null;
    }
    for (int c : doc.children(i)) {
      String r = doc.relation(c);
      if (r.startsWith("nsubj") || r.startsWith("aux") || r.equals("mark")) {
        return null;
      }
    }
    int obj = doc.child(i, "obj");
    if (obj < 0 || negated(i)) {
      return null;
    }
    SpeakerClaim statement = statements.enclosing(t.begin(), t.end());
    if (statement == null || statement.mode() != Mode.DIRECT) {
      return null;
    }
    return new Act(StanceAct.URGE, Polarity.NEUTRAL, CueLexicon.lemmaOf(t), i, targets.clause(i), statement);
  }

  /** Whether the token begins a quoted sentence, after "please" at most (not a quoted fragment: he hopes they "extend ..."). */
  private boolean opensQuote(int i) {
    int k = i - 1;
    if (k >= 0 && token(k).word().equalsIgnoreCase("please")) {
      k--;
    }
    if (k >= 0 && token(k).sentence() == token(i).sentence() && OPENING_QUOTES.contains(token(k).word())) {
      return k == 0 || token(k - 1).sentence() != token(k).sentence();
    }
    return (k < 0 || token(k).sentence() != token(i).sentence()) && doc.quotationAt(token(i).begin()) != null;
  }

  /** "must have been", "must be a mistake", "there should be": what a modal infers, not what it asks. */
  private boolean epistemic(int modal, int verb) {
    for (int c : doc.children(verb)) {
      String r = doc.relation(c);
      if (r.equals("aux") && c > modal && CueLexicon.lemmaOf(token(c)).equals("have")) {
        return true;
      }
      if (r.equals("expl")) {
        return true;
      }
    }
    return token(modal).word().equalsIgnoreCase("must") && doc.child(verb, "cop") >= 0;
  }

  /** "if they should ...", "what we should do": a condition or a question, not a demand. */
  private boolean conditional(int verb) {
    for (int c : doc.children(verb)) {
      String r = doc.relation(c);
      if (r.equals("mark")) {
        if (!token(c).word().equalsIgnoreCase("that")) {
          return true;
        }
        continue; // "said that aid should be cut": the complementizer, not a relative "that"
      }
      if (Phrases.isRelative(token(c)) || token(c).pos().startsWith("W")) {
        return true;
      }
    }
    return "acl:relcl".equals(doc.relation(verb)) || questioned(verb);
  }

  private boolean questioned(int verb) {
    int end = doc.sentences().get(token(verb).sentence()).endToken();
    for (int k = verb; k < end; k++) {
      if (token(k).word().equals("?")) {
        return true;
      }
    }
    return false;
  }

  /** A subject one can urge: not the speaker ("we must"), not "it" or "there", not a relative pronoun. */
  private boolean urgeable(int subject) {
    Token s = token(subject);
    String w = s.word().toLowerCase(Locale.ROOT);
    return !Phrases.isFirstPerson(s) && !w.equals("it") && !w.equals("there") && !Phrases.isRelative(s)
        && !s.pos().startsWith("W") && !s.pos().equals("CD") && !s.pos().equals("EX");
  }

  private boolean negated(int verb) {
    for (int c : doc.children(verb)) {
      String r = doc.relation(c);
      if ((r.equals("advmod") || r.equals("neg") || r.equals("aux")) && FunctionWords.get().isNegator(token(c).word())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasMarkTo(int verb) {
    for (int c : doc.children(verb)) {
      if ("mark".equals(doc.relation(c)) && token(c).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  private Token token(int i) {
    return doc.tokens().get(i);
  }
}
