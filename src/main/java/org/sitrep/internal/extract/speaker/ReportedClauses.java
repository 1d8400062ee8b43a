package org.sitrep.internal.extract.speaker;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.claim.Mode;
import org.sitrep.internal.extract.Boilerplate;
import org.sitrep.internal.extract.ReportingVerbs;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.TokenRange;

/**
 * Indirect statements: the clauses that reporting words report ("said that A", "A, officials said",
 * "according to X, A"), split where one verb reports two that-clauses, each with its speaker.
 */
final class ReportedClauses {

  private final Document doc;
  private final ReportingVerbs verbs;
  private final Syntax syntax;
  private final QuoteIndex quotes;
  private final ClauseBounds bounds;
  private final SpeakerFinder speakers;

  ReportedClauses(Document doc, ReportingVerbs verbs, Syntax syntax, QuoteIndex quotes, ClauseBounds bounds,
      SpeakerFinder speakers) {
    this.doc = doc;
    this.verbs = verbs;
    this.syntax = syntax;
    this.quotes = quotes;
    this.bounds = bounds;
    this.speakers = speakers;
  }

  List<Draft> find() {
    List<Draft> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (!s.parsed() || Boilerplate.isBoilerplate(doc, s.index())) {
        continue;
      }
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        ReportingVerbs.Cue noun = verbs.matchNoun(doc, t);
        if (noun != null && !quotes.insideContent(t)) {
          nounClause(t, noun, out);
          continue;
        }
        ReportingVerbs.Cue cue = verbs.match(doc, t);
        if (cue == null || !cue.entry().clauses()) {
          continue;
        }
        if (quotes.insideContent(t)) {
          quoted(s, t, cue, out);
          continue;
        }
        if (cue.lemma().equals("according to")) {
          according(s, t, cue, out);
        } else {
          reported(s, t, cue, out);
        }
      }
    }
    return out;
  }

  private void reported(Sentence s, int verb, ReportingVerbs.Cue cue, List<Draft> out) {
    if (doc.child(verb, "aux:pass") >= 0) {
      return; // "the pullout was announced as ...": the subject is not a speaker
    }
    List<TokenRange> spans = new ArrayList<>();
    int from = bounds.forwardStart(s, cue.endToken());
    if (from >= 0) {
      spans.addAll(bounds.splitOnThat(from, bounds.forwardLast(s, verb, from)));
    } else {
      TokenRange before = bounds.sentenceFinal(s, verb, cue.endToken());
      if (before != null) {
        spans.add(before);
      }
    }
    if (spans.isEmpty()) {
      return;
    }
    FoundSpeaker speaker = from < 0 ? speakers.sentenceFinalSpeaker(spans.get(0).end(), verb, cue.endToken()) : null;
    if (speaker == null) {
      speaker = speakers.speakerOf(verb, cue.endToken());
    }
    if (speaker == null) {
      return;
    }
    for (TokenRange span : spans) {
      TokenRange t = syntax.trim(span, verb);
      if (t != null && syntax.isClause(t)) {
        out.add(draft(t, cue.lemma(), speaker, verb));
      }
    }
  }

  /**
   * A statement relayed inside a quotation: "'The governor told us that the road is open,' X said"
   * gives the governor the road; only a named subject inside the same quotation speaks here (a
   * pronoun in quoted speech is the quoted speaker's to resolve).
   */
  private void quoted(Sentence s, int verb, ReportingVerbs.Cue cue, List<Draft> out) {
    if (doc.child(verb, "aux:pass") >= 0) {
      return;
    }
    FoundSpeaker speaker = speakers.namedInSameQuote(verb);
    int from = speaker == null ? -1 : bounds.forwardStart(s, cue.endToken());
    if (from < 0) {
      return;
    }
    int quotation = quotes.indexAt(verb);
    for (TokenRange span : bounds.splitOnThat(from, bounds.forwardLast(s, verb, from))) {
      int end = span.first();
      while (end < span.end() && quotes.indexAt(end) == quotation && quotes.insideContent(end)) {
        end++; // the clause ends where the quotation does: "..., X said" is the quoting speaker's
      }
      TokenRange t = syntax.trim(new TokenRange(span.first(), end), verb);
      if (t != null && syntax.isClause(t)) {
        out.add(draft(t, cue.lemma(), speaker, verb));
      }
    }
  }

  /**
   * "Russia's claim that A", "the ministry's statement that A", "a warning from the army that A": a
   * reporting noun whose own that-clause (not a relative "the statement that it issued") is the
   * statement, when the noun names its speaker (a possessor, or "by"/"from" X); no speaker, no claim.
   */
  private void nounClause(int noun, ReportingVerbs.Cue cue, List<Draft> out) {
    FoundSpeaker speaker = speakers.ofNoun(noun);
    if (speaker == null) {
      return;
    }
    for (int c : doc.children(noun)) {
      String rel = doc.relation(c);
      int mark = noun + 1;
      if (c > noun && ("acl".equals(rel) || "ccomp".equals(rel)) && doc.head(mark) == c
          && doc.tokens().get(mark).word().equalsIgnoreCase("that") && !isArgument(doc.relation(mark))) {
        TokenRange clause = doc.subtree(c);
        TokenRange t = syntax.trim(new TokenRange(mark + 1, clause.end()), noun);
        if (t != null && syntax.isClause(t)) {
          out.add(draft(t, cue.lemma(), speaker, noun));
        }
      }
    }
  }

  /** A relative pronoun's relation ("the statement that it issued": "that" is the object), not a complementiser's. */
  private static boolean isArgument(String relation) {
    return relation != null && (relation.startsWith("nsubj") || relation.equals("obj") || relation.equals("iobj"));
  }

  /** "according to X, A" and "A, according to X": the longer side of the sentence is the statement. */
  private void according(Sentence s, int according, ReportingVerbs.Cue cue, List<Draft> out) {
    int source = speakers.accordingSource(s, according, cue.endToken());
    if (source < 0) {
      return;
    }
    FoundSpeaker speaker = speakers.at(source);
    if (speaker == null) {
      return;
    }
    TokenRange phrase = doc.subtree(source);
    int lo = Math.min(phrase.first(), according);
    int hi = Math.max(phrase.last(), cue.endToken() - 1);
    boolean before = lo - s.firstToken() >= s.endToken() - 1 - hi || lo - s.firstToken() >= 4 && joinedAfter(s, hi);
    TokenRange span = before
        ? new TokenRange(s.firstToken(), lo)
        : new TokenRange(hi + 1, Math.max(hi + 1, s.endToken()));
    TokenRange t = syntax.trim(span, -1);
    if (t != null) {
      out.add(draft(t, cue.lemma(), speaker, according));
    }
  }

  /**
   * "A, according to X, and B": a clause joined after the source with "and" or "but" is the
   * reporter's own, so the statement is the part before.
   */
  private boolean joinedAfter(Sentence s, int hi) {
    int k = hi + 1;
    if (k < s.endToken() && syntax.isComma(k)) {
      k++;
    }
    if (k >= s.endToken()) {
      return false;
    }
    String w = doc.tokens().get(k).word();
    return w.equalsIgnoreCase("and") || w.equalsIgnoreCase("but");
  }

  private Draft draft(TokenRange tokens, String cue, FoundSpeaker speaker, int verb) {
    Span at = doc.span(tokens);
    return new Draft(at.begin(), at.end(), Mode.INDIRECT, cue, speaker, verb);
  }
}
