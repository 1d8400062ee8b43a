package org.sitrep.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceAct;
import org.sitrep.claim.StanceClaim;
import org.sitrep.extract.ArticleContext;
import org.sitrep.extract.ArticleKnowledge;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.FunctionWords;
import org.sitrep.extract.LexiconExample;
import org.sitrep.extract.Statements;
import org.sitrep.extract.source.SourceResolver;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

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
    for (StanceCue cue : CueLexicon.load().all()) {
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

  @Override
  public List<StanceClaim> extract(Document doc, ArticleContext context) {
    Statements statements = context.statements();
    Phrases phrases = new Phrases(doc, ArticleKnowledge.of(doc, context).sources(), lexicon);
    Holders holders = new Holders(doc, statements, lexicon, phrases);
    List<StanceClaim> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        StanceCue cue = lexicon.match(doc, i, s.endToken());
        if (cue == null || negated(doc, cue.head(i)) != cue.negated()) {
          continue;
        }
        if (cue.pos() == StanceCue.CuePos.ADJ && doc.child(i, "nmod:poss") >= 0) {
          continue; // "our right": a noun after all
        }
        StanceClaim c = claim(doc, statements, phrases, holders, s, i, cue, out.size());
        boolean evaluative = cue.holder() == StanceCue.HolderRule.SPEAKER;
        if (c != null && out.stream().noneMatch(o -> sameAct(o, c) || evaluative && restates(o, c))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private StanceClaim claim(Document doc, Statements statements, Phrases phrases, Holders holders,
      Sentence s, int cueFirst, StanceCue cue, int n) {
    Token t = doc.tokens().get(cueFirst);
    int cueLast = cueFirst + cue.lemmas().size() - 1;
    int cueEnd = doc.tokens().get(cueLast).end();
    int cueToken = cue.head(cueFirst);
    int describer = describer(doc, cueToken);
    Source holder;
    Target target;
    if (cue.holder() == StanceCue.HolderRule.SPEAKER) {
      if (describer >= 0) {
        int subject = holders.subjectToken(describer);
        holder = subject < 0 ? null : holders.source(subject);
        int obj = doc.child(describer, "obj");
        if (obj < 0) {
          obj = doc.child(cueToken, "nsubj");
        }
        target = obj < 0 ? null : entityTarget(doc, phrases, obj);
      } else {
        holder = holders.speakerAt(cueToken);
        target = evaluatedTarget(doc, phrases, cueToken, cue);
      }
    } else {
      int performer = performer(doc, holders, cueToken, cue);
      holder = performer < 0 ? null : holders.source(performer);
      target = actTarget(doc, phrases, cueToken, cue);
      if (target == null && cueLast > cueToken && cueLast + 1 < s.endToken()) {
        target = entityTarget(doc, phrases, nounAfter(doc, cueLast + 1));
      }
    }
    if (holder == null || target == null) {
      return null;
    }
    int cueBegin = describer >= 0 && cue.holder() == StanceCue.HolderRule.SPEAKER
        ? Math.min(t.begin(), doc.tokens().get(describer).begin()) : t.begin();
    int begin = Math.max(s.begin(), Math.min(cueBegin, target.begin()));
    int end = Math.min(s.end(), Math.max(cueEnd, target.end()));
    StanceAct act = cue.actToward(target.proposition());
    SpeakerClaim statement = statements.enclosing(begin, end);
    return new StanceClaim("s" + (n + 1), holder, begin, end, doc.text(begin, end), s.index(),
        target.source().kind() == SourceKind.CLAIM ? 0.6 : 0.7,
        statement == null ? null : statement.id(), target.source(), act, cue.polarity(), cue.lemma());
  }

  /** Two cues for one act: overlapping spans, one holder, one polarity ("brutal aggression"). */
  private static boolean sameAct(StanceClaim a, StanceClaim b) {
    return a.begin() < b.end() && b.begin() < a.end() && a.polarity() == b.polarity()
        && SourceResolver.lastWord(a.speaker().name()).equals(SourceResolver.lastWord(b.speaker().name()));
  }

  /**
   * An evaluative word in the clause of an act by the same holder in the same sentence adds
   * nothing: "warned that the deal was moving at dangerous speed" is one warning.
   */
  private static boolean restates(StanceClaim earlier, StanceClaim evaluative) {
    return earlier.sentence() == evaluative.sentence() && earlier.polarity() == evaluative.polarity()
        && SourceResolver.lastWord(earlier.speaker().name()).equals(SourceResolver.lastWord(evaluative.speaker().name()));
  }

  /** The performer of an act: a verb's subject; for a noun, its possessor or its light verb's subject. */
  private int performer(Document doc, Holders holders, int cue, StanceCue c) {
    if (c.pos() == StanceCue.CuePos.NOUN) {
      int poss = doc.child(cue, "nmod:poss");
      if (poss >= 0) {
        return poss;
      }
      String r = doc.relation(cue);
      int h = doc.head(cue);
      if (h >= 0 && r != null && (r.equals("obj") || r.startsWith("obl")) && doc.tokens().get(h).isVerb()) {
        return holders.subjectToken(h);
      }
      return -1;
    }
    return holders.subjectToken(cue);
  }

  /** The target of an act: its object, the clause it reports, or the "of/on/with/by ..." phrase. */
  private Target actTarget(Document doc, Phrases phrases, int cue, StanceCue c) {
    if (c.pos() != StanceCue.CuePos.NOUN) {
      int obj = doc.child(cue, "obj");
      if (obj < 0) {
        obj = doc.child(cue, "nsubj:pass");
      }
      if (obj >= 0) {
        return entityTarget(doc, phrases, obj);
      }
      int clause = doc.child(cue, "ccomp");
      if (clause < 0) {
        clause = doc.child(cue, "xcomp");
      }
      if (clause >= 0) {
        return clauseTarget(doc, phrases, clause);
      }
    }
    for (int ch : doc.children(cue)) {
      String r = doc.relation(ch);
      if ((r.startsWith("obl") || r.startsWith("nmod")) && !r.equals("nmod:poss") && caseOf(doc, ch) != null
          && lexicon.is("target", caseOf(doc, ch))) {
        return entityTarget(doc, phrases, ch);
      }
    }
    if (c.pos() == StanceCue.CuePos.NOUN) {
      for (int ch : doc.children(cue)) {
        String r = doc.relation(ch);
        if (r.startsWith("acl") || r.equals("ccomp")) {
          return clauseTarget(doc, phrases, ch);
        }
      }
    }
    return null;
  }

  /** What an evaluative word is about: the subject it is predicated of, or the noun it modifies. */
  private Target evaluatedTarget(Document doc, Phrases phrases, int cue, StanceCue c) {
    int subject = doc.child(cue, "nsubj");
    if (subject >= 0) {
      return entityTarget(doc, phrases, subject);
    }
    String r = doc.relation(cue);
    int h = doc.head(cue);
    if (c.pos() == StanceCue.CuePos.ADJ && "amod".equals(r) && h >= 0) {
      int predicated = doc.child(h, "nsubj");
      return entityTarget(doc, phrases, predicated >= 0 ? predicated : h);
    }
    if (c.pos() == StanceCue.CuePos.NOUN) {
      int poss = doc.child(cue, "nmod:poss");
      if (poss >= 0) {
        return entityTarget(doc, phrases, poss);
      }
      if (h >= 0 && r != null && (r.startsWith("obl") || r.equals("obj") || r.equals("xcomp"))) {
        int predicated = doc.child(h, "nsubj");
        if (predicated >= 0) {
          return entityTarget(doc, phrases, predicated);
        }
      }
    }
    return null;
  }

  private Target entityTarget(Document doc, Phrases phrases, int head) {
    int begin = phrases.begin(head);
    int end = phrases.end(head);
    int poss = doc.child(head, "nmod:poss");
    Source named = null;
    if (poss >= 0 && !Phrases.isPronoun(doc.tokens().get(poss))) {
      named = phrases.name(poss);
    } else if (!Phrases.isPronoun(doc.tokens().get(head))
        && (doc.tokens().get(head).isProperNoun() || !"O".equals(doc.tokens().get(head).ner()))) {
      named = phrases.name(head);
    }
    Token h = doc.tokens().get(head);
    Source source;
    if (named != null) {
      source = named.withMention(doc.text(begin, end), begin, end);
    } else if (h.pos().equals("NNS") && doc.children(head).stream().noneMatch(c -> doc.relation(c).startsWith("nmod"))) {
      String text = doc.text(begin, end);
      source = new Source(text, SourceKind.GROUP, null, null, text, begin, end);
    } else {
      source = phrases.claim(head, end);
    }
    return new Target(source, begin, end, named == null && hasThatClause(doc, head));
  }

  private Target clauseTarget(Document doc, Phrases phrases, int clause) {
    int subject = doc.child(clause, "nsubj");
    int end;
    if (subject >= 0 && subject > clause) {
      end = phrases.end(clause);
    } else if (subject >= 0) {
      end = Math.max(phrases.end(subject), doc.tokens().get(clause).end());
    } else {
      int obj = doc.child(clause, "obj");
      end = obj >= 0 ? phrases.end(obj) : doc.tokens().get(clause).end();
    }
    int begin = subject >= 0 ? phrases.begin(subject) : doc.tokens().get(clause).begin();
    begin = Math.min(begin, doc.tokens().get(clause).begin());
    String text = doc.text(begin, end);
    return new Target(new Source(text, SourceKind.CLAIM, null, null, text, begin, end), begin, end, true);
  }

  /** Whether a noun carries a content clause: "reports that the army had retreated". */
  private static boolean hasThatClause(Document doc, int noun) {
    for (int c : doc.children(noun)) {
      String r = doc.relation(c);
      if (r.equals("ccomp") || r.startsWith("acl") && doc.children(c).stream().anyMatch(
          m -> "mark".equals(doc.relation(m)) && doc.tokens().get(m).word().equalsIgnoreCase("that"))) {
        return true;
      }
    }
    return false;
  }

  /** The noun that a word right after a preposition begins: "the" of "with the kidnappers". */
  private static int nounAfter(Document doc, int k) {
    int cur = k;
    while (!doc.tokens().get(cur).isNoun() && doc.head(cur) > cur) {
      cur = doc.head(cur);
    }
    return cur;
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

  private static String caseOf(Document doc, int token) {
    for (int c : doc.children(token)) {
      if ("case".equals(doc.relation(c))) {
        return doc.tokens().get(c).word().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /** Whether the cue is negated ("did not condemn") or cancelled ("refused to confirm"). */
  private boolean negated(Document doc, int cue) {
    for (int c : doc.children(cue)) {
      if (FunctionWords.get().isNegator(doc.tokens().get(c).word())
          && ("advmod".equals(doc.relation(c)) || "neg".equals(doc.relation(c)) || "aux".equals(doc.relation(c)))) {
        return true;
      }
    }
    int h = doc.head(cue);
    return h >= 0 && "xcomp".equals(doc.relation(cue))
        && lexicon.is("cancelling", doc.tokens().get(h).lemma().toLowerCase(Locale.ROOT));
  }

  /** A stance's target and the extent of its mention. */
  private record Target(Source source, int begin, int end, boolean proposition) {}
}
