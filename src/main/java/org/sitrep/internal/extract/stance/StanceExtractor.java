package org.sitrep.internal.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceAct;
import org.sitrep.claim.StanceClaim;
import org.sitrep.extract.ArticleContext;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.extract.Extractor;
import org.sitrep.internal.extract.FunctionWords;
import org.sitrep.internal.extract.LexiconExample;
import org.sitrep.extract.Statements;
import org.sitrep.internal.extract.source.SourceResolver;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.internal.extract.ParseNeeds;
import org.sitrep.nlp.ParseFilter;

/**
 * Finds stance claims: a cue from {@code cues.tsv}, its holder (the performer, or the speaker of an
 * evaluative word) and its target (an entity or a proposition). Immutable and thread-safe.
 */
public final class StanceExtractor implements Extractor {

  private final CueLexicon lexicon;

  public StanceExtractor() {
    this(CueLexicon.load());
  }

  StanceExtractor(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The example of every stance cue ({@code cues.tsv}: a stance with its cue, act and polarity and
   * a holder) and its counter-example (no stance with its cue).
   */
  public static List<LexiconExample> examples() {
    List<LexiconExample> out = new ArrayList<>();
    for (StanceCue cue : CueLexicon.load().written()) {
      String lemma = cue.lemma();
      out.add(new LexiconExample("cues.tsv", lemma, cue.example(), true,
          c -> c instanceof StanceClaim s && s.cue().equals(lemma) && s.stance() == cue.act()
              && s.polarity() == cue.polarity() && s.speaker() != null));
      if (cue.counter() != null) {
        out.add(new LexiconExample("cues.tsv", lemma, cue.counter(), false,
            c -> c instanceof StanceClaim s && s.cue().equals(lemma)));
      }
    }
    return out;
  }

  @Override
  public String id() {
    return "stance";
  }

  /** Sentences with a word that may begin a cue, or a possible holder (also as an antecedent). */
  @Override
  public ParseFilter parseFilter() {
    return ParseFilter.anyToken(t -> lexicon.mayBeginCue(t) || lexicon.is("deontic", t.word().toLowerCase(Locale.ROOT))
            || t.word().equalsIgnoreCase("behind"))
        .or(ParseNeeds.sources());
  }

  @Override
  public List<StanceClaim> extract(Document doc, ArticleContext context) {
    Statements statements = context.statements();
    Phrases phrases = new Phrases(doc, ArticleKnowledge.of(doc, context).sources(), lexicon);
    Holders holders = new Holders(doc, statements, lexicon, phrases);
    Targets targets = new Targets(doc, phrases, lexicon);
    ModalActs modalActs = new ModalActs(doc, statements, lexicon, targets, phrases);
    List<Found> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Found f = null;
        for (StanceCue cue : lexicon.candidates(doc, i, s.endToken())) {
          f = claim(doc, statements, phrases, holders, targets, s, i, cue, found.size());
          if (f != null) {
            break;
          }
        }
        if (f == null) {
          f = modalAct(doc, s, i, modalActs.at(i), found.size());
        }
        if (f == null) {
          f = culprit(doc, statements, holders, targets, s, i, found.size());
        }
        Found g = f;
        if (g != null && found.stream().noneMatch(o -> sameAct(o.claim(), g.claim()) || g.evaluative() && restates(o, g)
            || o.cueBegin() < g.cueBegin() && g.cueBegin() < o.scopeEnd() && g.claim().stance() == StanceAct.URGE
            && o.claim().stance() == StanceAct.URGE)) {
          found.add(g);
        }
      }
    }
    return found.stream().map(Found::claim).toList();
  }

  private Found claim(Document doc, Statements statements, Phrases phrases, Holders holders, Targets targets,
      Sentence s, int cueFirst, StanceCue cue, int n) {
    Token t = doc.tokens().get(cueFirst);
    int cueLast = cueFirst + cue.lemmas().size() - 1;
    int cueEnd = doc.tokens().get(cueLast).end();
    int cueToken = cue.head(cueFirst);
    StanceAct act = cue.act();
    Polarity polarity = cue.polarity();
    boolean negated = negated(doc, cueToken);
    if (cue.negated() != negated) {
      if (!negated || cue.act() != StanceAct.SUPPORT) {
        return null; // "did not condemn", "never praised": no act at all
      }
      act = StanceAct.CRITICIZE; // "does not support the plan": a rejection
      polarity = Polarity.NEGATIVE;
    }
    if (cue.pos().adjectival() && (doc.child(cueToken, "nmod:poss") >= 0 || inName(doc, cueToken))) {
      return null; // "our right", "the Free Army": a noun or a name after all
    }
    int describer = cue.holder() == StanceCue.HolderRule.SPEAKER ? describer(doc, cueToken) : -1;
    if (cue.pos() == StanceCue.CuePos.EVALUATIVE && describer < 0 && !predicative(doc, cueToken)) {
      return null; // "the worst unrest", "hostile parties": a rated word that describes, not a judgement
    }
    Source holder;
    Targets.Target target;
    if (describer >= 0) {
      int subject = holders.subjectToken(describer);
      holder = subject < 0 ? null : holders.source(subject);
      SpeakerClaim quote = quotedStatement(statements, doc.tokens().get(describer));
      if (quote != null && subject >= 0) {
        holder = quote.speaker();
      }
      int obj = doc.child(describer, "obj");
      if (obj < 0) {
        obj = doc.child(describer, "iobj"); // "deem the group a threat": the parse takes the first object for an indirect one
      }
      if (obj < 0) {
        obj = doc.child(cueToken, "nsubj");
      }
      target = obj < 0 ? null : targets.entity(obj);
    } else if (cue.pos() == StanceCue.CuePos.VERB && doc.child(cueToken, "cop") >= 0) {
      // "the rebels are to blame": a verb under a copula is said of its subject, by whoever says it
      int subject = doc.child(cueToken, "nsubj");
      holder = subject < 0 ? null : holders.speakerAt(cueToken);
      target = subject < 0 ? null : targets.entity(subject);
    } else if (cue.holder() == StanceCue.HolderRule.SPEAKER) {
      holder = holders.speakerAt(cueToken);
      target = targets.evaluated(cueToken, cue);
    } else {
      int performer = performer(doc, holders, targets, cueToken, cue);
      holder = performer < 0 ? null : holders.source(performer);
      SpeakerClaim quote = quotedStatement(statements, t);
      if (quote != null && (holder != null || performer >= 0)) {
        holder = quote.speaker(); // "We back the talks" / "The UAE backs Egypt," the minister said
      }
      target = targets.act(cueToken, cue, performer);
      boolean insideCue = target != null && target.end() <= cueEnd; // "took exception": the object is the cue's own noun
      if ((target == null || insideCue) && cueLast > cueToken && cueLast + 1 < s.endToken()) {
        target = targets.entity(targets.nounAfter(cueLast + 1));
      }
      if (target == null && cue.pos() == StanceCue.CuePos.NOUN && performer >= 0
          && !doc.relation(performer).startsWith("nsubj")) {
        target = lightVerbSubject(doc, targets, cueToken);
      }
    }
    if (holder == null || target == null || sameSource(holder, target.source())) {
      return null; // "did not hide his disappointment": an act is not toward its own holder
    }
    int cueBegin = describer >= 0 ? Math.min(t.begin(), doc.tokens().get(describer).begin()) : t.begin();
    int begin = Math.max(s.begin(), Math.min(cueBegin, target.begin()));
    int end = Math.min(s.end(), Math.max(cueEnd, target.end()));
    act = act == cue.act() ? cue.actToward(target.proposition()) : act;
    SpeakerClaim statement = statements.enclosing(begin, end);
    StanceClaim claim = new StanceClaim("s" + (n + 1), holder, begin, end, doc.text(begin, end), s.index(),
        target.source().kind() == SourceKind.CLAIM ? 0.6 : 0.7,
        statement == null ? null : statement.id(), target.source(), act, polarity, cue.lemma());
    boolean evaluative = cue.holder() == StanceCue.HolderRule.SPEAKER;
    return new Found(claim, t.begin(), scopeEnd(doc, cueToken), evaluative);
  }

  /**
   * "The regime was behind the attack", said inside a statement: naming who stands behind a harm
   * accuses it, and the statement's speaker is the accuser. Null when token {@code i} is not such a
   * "behind".
   */
  private Found culprit(Document doc, Statements statements, Holders holders, Targets targets, Sentence s, int i, int n) {
    Token t = doc.tokens().get(i);
    int harm = doc.head(i);
    if (!t.word().equalsIgnoreCase("behind") || !"case".equals(doc.relation(i)) || harm < 0
        || !lexicon.is("harm", CueLexicon.lemmaOf(doc.tokens().get(harm))) || doc.child(harm, "cop") < 0
        || negated(doc, harm)) {
      return null;
    }
    int subject = doc.child(harm, "nsubj");
    Source holder = holders.speakerAt(i);
    if (subject < 0 || holder == null || Phrases.isFirstPerson(doc.tokens().get(subject))) {
      return null;
    }
    Targets.Target target = targets.entity(subject);
    int begin = Math.max(s.begin(), target.begin());
    int end = Math.min(s.end(), doc.span(doc.subtree(harm)).end());
    SpeakerClaim statement = statements.enclosing(begin, end);
    StanceClaim claim = new StanceClaim("s" + (n + 1), holder, begin, end, doc.text(begin, end), s.index(), 0.6,
        statement == null ? null : statement.id(), target.source(), StanceAct.ACCUSE, Polarity.NEGATIVE, "behind");
    return new Found(claim, t.begin(), end, false);
  }

  /** A claim from a modal act ("the army must withdraw", "we will respond with force"), or null. */
  private static Found modalAct(Document doc, Sentence s, int cue, ModalActs.Act u, int n) {
    if (u == null || u.statement().speaker() == null || u.target() == null) {
      return null;
    }
    int begin = Math.max(s.begin(), Math.min(doc.tokens().get(cue).begin(), u.target().begin()));
    int end = Math.min(s.end(), Math.max(scopeEnd(doc, u.verb()), u.target().end()));
    StanceClaim claim = new StanceClaim("s" + (n + 1), u.statement().speaker(), begin, end, doc.text(begin, end),
        s.index(), 0.6, u.statement().id(), u.target().source(), u.act(), u.polarity(), u.cue());
    return new Found(claim, doc.tokens().get(cue).begin(), end, false);
  }

  /**
   * The direct quotation that holds a cue, or null: what a quotation states is its speaker's stance,
   * whoever its subject names ("The United States does not endorse this attack," Trump said), as the
   * annotation guidelines hold. Reported clauses keep their own subject ("Tass said Lavrov accused Kerry").
   */
  private static SpeakerClaim quotedStatement(Statements statements, Token cue) {
    SpeakerClaim s = statements.enclosing(cue.begin(), cue.end());
    return s != null && s.mode() == Mode.DIRECT ? s : null;
  }

  private static boolean sameSource(Source holder, Source target) {
    return target.kind() != SourceKind.CLAIM && holder.name().equalsIgnoreCase(target.name());
  }

  /** Two cues for one act: overlapping spans, one holder, one polarity ("brutal aggression"). */
  private static boolean sameAct(StanceClaim a, StanceClaim b) {
    return a.begin() < b.end() && b.begin() < a.end() && a.polarity() == b.polarity()
        && SourceResolver.lastWord(a.speaker().name()).equals(SourceResolver.lastWord(b.speaker().name()));
  }

  /**
   * An evaluative word inside what an act of the same holder and polarity is about adds nothing:
   * "warned that the deal was moving at dangerous speed" is one warning.
   */
  private static boolean restates(Found earlier, Found evaluative) {
    StanceClaim a = earlier.claim();
    StanceClaim b = evaluative.claim();
    return a.sentence() == b.sentence() && a.polarity() == b.polarity()
        && earlier.cueBegin() <= evaluative.cueBegin() && evaluative.cueBegin() < earlier.scopeEnd()
        && SourceResolver.lastWord(a.speaker().name()).equals(SourceResolver.lastWord(b.speaker().name()));
  }

  /** The end of what a cue governs: itself and its complements, without conjuncts or parentheticals. */
  private static int scopeEnd(Document doc, int cue) {
    int end = doc.tokens().get(cue).end();
    for (int c : doc.children(cue)) {
      String r = doc.relation(c);
      if (c > cue && (r.equals("obj") || r.equals("ccomp") || r.equals("xcomp") || r.startsWith("obl")
          || r.startsWith("nmod") || r.startsWith("acl"))) {
        end = Math.max(end, doc.span(doc.subtree(c)).end());
      }
    }
    return end;
  }

  /**
   * Whether an adjective is said of its subject: "the truce is shaky", "it is shameful to ...", or
   * through the predicate noun it modifies: "the truce is a shaky one", "those were empty promises".
   */
  private static boolean predicative(Document doc, int adjective) {
    if (doc.child(adjective, "cop") >= 0) {
      return true;
    }
    int noun = doc.head(adjective);
    if (noun < 0 || !"amod".equals(doc.relation(adjective)) || doc.child(noun, "cop") < 0 || doc.child(noun, "case") >= 0) {
      return false; // "are in bad shape": a state, not a judgement
    }
    int subject = doc.child(noun, "nsubj");
    return subject >= 0 && !doc.tokens().get(subject).word().equalsIgnoreCase("it"); // "it's a bad day"
  }

  /** Whether an adjective is part of a name: "Free" in "the Free Syrian Army". */
  private static boolean inName(Document doc, int adjective) {
    Token a = doc.tokens().get(adjective);
    int h = doc.head(adjective);
    return !"O".equals(a.ner()) || a.pos().startsWith("NNP")
        || h >= 0 && "amod".equals(doc.relation(adjective)) && doc.tokens().get(h).isProperNoun()
        && Character.isUpperCase(a.word().charAt(0));
  }

  /**
   * The performer of an act: a verb's subject; for a noun, its possessor, its "from/by" phrase
   * ("criticism from the opposition") or the subject of the light verb it is the object of ("voiced
   * concern", never "faced protests").
   */
  private int performer(Document doc, Holders holders, Targets targets, int cue, StanceCue c) {
    if (c.pos() == StanceCue.CuePos.NOUN) {
      int h = doc.head(cue);
      if (h >= 0 && lexicon.is("wanting", CueLexicon.lemmaOf(doc.tokens().get(h)))) {
        return -1; // "they want Russia's support": an act wished for is not performed
      }
      int poss = doc.child(cue, "nmod:poss");
      if (poss >= 0) {
        return poss;
      }
      int from = fromPhrase(doc, holders, targets, cue, "nmod");
      if (from >= 0) {
        return from;
      }
      int named = namedModifier(doc, holders, cue);
      if (named >= 0) {
        return named;
      }
      String r = doc.relation(cue);
      if (h < 0 || !doc.tokens().get(h).isVerb()) {
        return -1;
      }
      from = "obj".equals(r) ? fromPhrase(doc, holders, targets, h, "obl") : -1;
      if (from >= 0) {
        return from;
      }
      boolean light = "obj".equals(r) && lexicon.is("light", CueLexicon.lemmaOf(doc.tokens().get(h)));
      boolean participle = "obl".equals(r) && doc.child(cue, "case") < 0 // "..., warning of": a participle
          || afterComma(doc, cue) && doc.tokens().get(cue).word().toLowerCase(Locale.ROOT).endsWith("ing");
      return light || participle ? holders.subjectToken(h) : -1;
    }
    int experiencer = c.pos().adjectival() ? doc.child(cue, "nsubj:pass") : -1;
    // "were surprised by the order": the participle of a feeling is its subject's, not the agent's
    return experiencer >= 0 ? experiencer : holders.subjectToken(cue);
  }

  private static boolean afterComma(Document doc, int token) {
    return token > 0 && doc.tokens().get(token - 1).word().equals(",")
        && doc.tokens().get(token - 1).sentence() == doc.tokens().get(token).sentence();
  }

  /** A name that modifies a noun act as its performer ("U.S. calls for", "Kremlin denials"), or -1. */
  private static int namedModifier(Document doc, Holders holders, int noun) {
    for (int ch : doc.children(noun)) {
      if (ch < noun && "compound".equals(doc.relation(ch)) && doc.tokens().get(ch).isProperNoun()
          && doc.child(ch, "case") < 0 && holders.source(ch) != null) {
        return ch;
      }
    }
    return -1;
  }

  /** The "from/by" phrase under {@code head} that names a holder ("criticism from X"), or -1. */
  private static int fromPhrase(Document doc, Holders holders, Targets targets, int head, String relation) {
    for (int ch : doc.children(head)) {
      String prep = targets.caseOf(ch);
      if (doc.relation(ch).startsWith(relation) && ("from".equals(prep) || "by".equals(prep))
          && holders.source(ch) != null) {
        return ch;
      }
    }
    return -1;
  }

  /** "The move drew criticism from X": what the act answers is the light verb's subject. */
  private static Targets.Target lightVerbSubject(Document doc, Targets targets, int noun) {
    int h = doc.head(noun);
    if (h < 0 || !"obj".equals(doc.relation(noun)) || !doc.tokens().get(h).isVerb()) {
      return null;
    }
    int subject = doc.child(h, "nsubj");
    return subject < 0 ? null : targets.entity(subject);
  }

  /** A verb of describing that governs the cue ("described the move as a betrayal"), or -1. */
  private int describer(Document doc, int cue) {
    int cur = cue;
    for (int hops = 0; hops < 2; hops++) {
      int h = doc.head(cur);
      if (h < 0) {
        return -1;
      }
      Token ht = doc.tokens().get(h);
      if (ht.isVerb() && lexicon.is("describing", ht.lemma().toLowerCase(Locale.ROOT))) {
        return h;
      }
      cur = h;
    }
    return -1;
  }

  /** Whether the cue is negated ("did not condemn") or cancelled ("refused to confirm"). */
  private boolean negated(Document doc, int cue) {
    for (int c : doc.children(cue)) {
      Token n = doc.tokens().get(c);
      if ((FunctionWords.get().isNegator(n.word()) || FunctionWords.get().isNegator(n.lemma()))
          && ("advmod".equals(doc.relation(c)) || "neg".equals(doc.relation(c)) || "aux".equals(doc.relation(c))
          || "det".equals(doc.relation(c)) && n.word().equalsIgnoreCase("no"))) { // "no evidence that ..."
        return true;
      }
    }
    int h = doc.head(cue);
    return h >= 0 && "xcomp".equals(doc.relation(cue))
        && lexicon.is("cancelling", doc.tokens().get(h).lemma().toLowerCase(Locale.ROOT));
  }

  /** A claim as found, with where its cue begins and where what the cue governs ends. */
  private record Found(StanceClaim claim, int cueBegin, int scopeEnd, boolean evaluative) {}
}
