package org.sitrep.internal.extract.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.claim.Mode;
import org.sitrep.claim.SourceKind;
import org.sitrep.internal.extract.ReportingVerbs;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Quotation;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;

/**
 * Direct statements: each quotation with its attribution, taken from the reported clause it sits
 * in, else from a reporting verb after it in its sentence ("Q," X said), else from one before it
 * ("X said: Q"); a statement-like quotation without any continues the previous statement. Also
 * keeps a reported clause from repeating a statement it quotes.
 */
final class Quotations {

  private static final int AFTER_WINDOW = 30;
  /** The most tokens of a sentence after a quoted question that can be only its attribution ("Vitter demanded."). */
  private static final int SHORT_ATTRIBUTION = 8;

  private final Document doc;
  private final ReportingVerbs verbs;
  private final Syntax syntax;
  private final QuoteIndex quotes;
  private final SpeakerFinder speakers;

  Quotations(Document doc, ReportingVerbs verbs, Syntax syntax, QuoteIndex quotes, SpeakerFinder speakers) {
    this.doc = doc;
    this.verbs = verbs;
    this.syntax = syntax;
    this.quotes = quotes;
    this.speakers = speakers;
  }

  /** A reporting word's cue, the speaker found for it (null: none found) and its token. */
  private record Attribution(String cue, FoundSpeaker speaker, int verb) {}

  List<Draft> find(List<Draft> indirect) {
    List<Draft> out = new ArrayList<>();
    Map<Integer, List<Draft>> bySentence = new HashMap<>();
    for (Draft d : indirect) {
      bySentence.computeIfAbsent(doc.sentenceIndexAt(d.begin()), k -> new ArrayList<>()).add(d);
    }
    for (Quotation q : quotes.all()) {
      int cb = q.contentBegin();
      int ce = q.contentEnd();
      while (cb < ce && Character.isWhitespace(doc.text().charAt(cb))) {
        cb++;
      }
      while (ce > cb && Character.isWhitespace(doc.text().charAt(ce - 1))) {
        ce--;
      }
      if (ce - cb < 2) {
        continue;
      }
      boolean statement = statementLike(cb, ce);
      Draft inClause = enclosing(bySentence, cb, ce);
      Attribution at = after(q, statement);
      if (at == null && (statement || inClause != null)) {
        at = before(q);
      }
      if (inClause != null && !(at != null && ownsQuotation(at, inClause, q))) {
        out.add(new Draft(cb, ce, Mode.DIRECT, inClause.cue(), inClause.speaker(), inClause.basis(), inClause.verb()));
        continue;
      }
      if (at != null) {
        out.add(new Draft(cb, ce, Mode.DIRECT, at.cue(), at.speaker(), -1));
      } else if (statement) {
        FoundSpeaker subject = speakers.subjectAround(doc.tokenIndexAt(q.begin()));
        out.add(subject == null ? new Draft(cb, ce, Mode.DIRECT, "say", null, null, -1)
            : new Draft(cb, ce, Mode.DIRECT, "say", subject, -1));
      }
    }
    return out;
  }

  /** "Q," X said / "Q," said X: a reporting verb shortly after the closing mark, same sentence. */
  private Attribution after(Quotation q, boolean statement) {
    int mark = doc.tokenIndexAt(q.end() - 1);
    if (mark < 0) {
      return null;
    }
    char lastInside = doc.text().charAt(Math.max(q.contentBegin(), q.contentEnd() - 1));
    boolean framed = statement || ",?!".indexOf(lastInside) >= 0
        || (mark + 1 < doc.tokens().size() && syntax.isComma(mark + 1));
    int window = framed ? AFTER_WINDOW : 4;
    Sentence s = doc.sentences().get(doc.tokens().get(mark).sentence());
    int end = s.endToken();
    if (mark == end - 1 && s.index() + 1 < doc.sentences().size()) {
      Sentence next = doc.sentences().get(s.index() + 1);
      Token first = doc.tokens().get(next.firstToken());
      boolean asked = lastInside == '?' || lastInside == '!';
      if (next.paragraph() == s.paragraph() && (Character.isLowerCase(first.word().charAt(0))
          || asked && next.endToken() - next.firstToken() <= SHORT_ATTRIBUTION)) {
        end = next.endToken(); // "Q?" X demanded.: the splitter ends the sentence at the question mark
      }
    }
    for (int k = mark + 1; k < end && k <= mark + window; k++) {
      if (quotes.inQuotation(k)) {
        break;
      }
      Token t = doc.tokens().get(k);
      if (t.word().equals(".") || t.word().equals(";")) {
        break;
      }
      Attribution found = attribution(k);
      if (found != null) {
        return found.speaker() == null ? null : found;
      }
    }
    return null;
  }

  /** X said: "Q" / X told reporters, "Q": the nearest reporting verb before the opening mark. */
  private Attribution before(Quotation q) {
    int mark = doc.tokenIndexAt(q.begin());
    if (mark < 0) {
      return null;
    }
    Sentence s = doc.sentences().get(doc.tokens().get(mark).sentence());
    for (int k = mark - 1; k >= s.firstToken(); k--) {
      if (quotes.inQuotation(k)) {
        break;
      }
      Attribution found = attribution(k);
      if (found != null) {
        return found.speaker() == null ? null : found;
      }
    }
    return null;
  }

  /** The attribution of a direct reporting word at {@code k} (its speaker null when none is found), or null. */
  private Attribution attribution(int k) {
    ReportingVerbs.Cue cue = verbs.match(doc, k);
    if (cue != null && cue.lemma().equals("according to")) {
      return new Attribution(cue.lemma(), speakers.according(k, cue.endToken()), k); // "Q," according to X
    }
    if (cue == null || !cue.entry().quotes()) {
      return null;
    }
    return new Attribution(cue.lemma(), speakers.speakerOf(k, cue.endToken()), k);
  }

  /**
   * Whether a quotation's own reporting word speaks for it rather than the clause around it: a
   * clause that is only relayed ("Q," said Y, according to the agency) leaves the quotation to Y,
   * and so does a clause whose own words report Y quoting ("A noted that Y boasted, "Q"").
   */
  private boolean ownsQuotation(Attribution own, Draft clause, Quotation q) {
    if (own.speaker() == null) {
      return false;
    }
    int verbAt = doc.tokens().get(own.verb()).begin();
    // "Clinton noted that when pressed, Trump boasted, "Q"": a reporting verb inside the clause quotes its own subject
    return clause.cue().equals("according to") || clause.begin() <= verbAt && verbAt < q.begin()
        && own.speaker().basis() == SpeakerBasis.NAMED && own.speaker().source().kind() == SourceKind.PERSON;
  }

  /** The reported clause, begun in the quotation's sentence, that holds {@code begin..end}; or null. */
  private Draft enclosing(Map<Integer, List<Draft>> bySentence, int begin, int end) {
    for (Draft d : bySentence.getOrDefault(doc.sentenceIndexAt(begin), List.of())) {
      if (d.begin() <= begin && end <= d.end() + 1 && d.end() - d.begin() > end - begin + 2) {
        return d;
      }
    }
    return null;
  }

  /** A quotation with a verb and three words or more is a statement, not a phrase. */
  private boolean statementLike(int begin, int end) {
    int words = 0;
    boolean verb = false;
    int i = doc.tokenIndexAt(begin);
    while (i >= 0 && i < doc.tokens().size() && doc.tokens().get(i).begin() < end) {
      Token t = doc.tokens().get(i);
      if (Character.isLetterOrDigit(t.word().charAt(0))) {
        words++;
      }
      verb |= t.isVerb() || t.pos().equals("MD");
      i++;
    }
    return verb && words >= 3;
  }

  /**
   * The reported clause without the statement quotations inside it: null when such a quotation
   * makes up most of the clause (the direct claim stands for it), the part before it when that
   * part is a clause of its own, the whole clause beside the quotation's claim when the clause
   * goes on around the quotation with a finite verb of its own and more than twice its words
   * (the guidelines make it optional then, and what it counts or places is its speaker's).
   */
  Draft withoutStatementQuotes(Draft d) {
    int inside = d.verb() >= 0 && quotes.insideContent(d.verb()) ? quotes.indexAt(d.verb()) : -1;
    if (inside >= 0 && quotes.indexAt(doc.tokenIndexAt(d.begin())) == inside && quotes.get(inside).contentEnd() >= d.end()) {
      return d; // a statement relayed inside a quotation stands beside the quotation's own claim
    }
    int seen = -1;
    for (int k = doc.tokenIndexAt(d.begin()); k >= 0 && k < doc.tokens().size()
        && doc.tokens().get(k).begin() < d.end(); k++) {
      int qi = quotes.indexAt(k);
      if (qi < 0 || qi == seen) {
        continue;
      }
      seen = qi;
      Quotation q = quotes.get(qi);
      if (!statementLike(q.contentBegin(), q.contentEnd())) {
        continue;
      }
      int first = doc.tokenIndexAt(d.begin());
      int mark = doc.tokenIndexAt(q.begin());
      String beforeMark = mark > 0 ? doc.tokens().get(mark - 1).word().toLowerCase(Locale.ROOT) : "";
      boolean joined = beforeMark.equals("and") || beforeMark.equals("but") || beforeMark.equals(",");
      if (joined && mark - first >= 4) {
        TokenRange t = syntax.trim(new TokenRange(first, mark), -1);
        if (t != null && t.size() >= 4 && syntax.hasFinite(t)) {
          Span at = doc.span(t);
          return new Draft(at.begin(), at.end(), d.mode(), d.cue(), d.speaker(), d.basis(), d.verb());
        }
      }
      if (q.begin() > d.begin() && words(d.begin(), d.end()) > 2 * words(q.contentBegin(), q.contentEnd())
          && (finiteVerbIn(d.begin(), q.begin()) || finiteVerbIn(q.end(), d.end()))) {
        return d; // "said the two guards were 'shot at close range'": the clause says more than its quotation
      }
      return null;
    }
    return d;
  }

  /** Whether a finite verb or a modal stands in {@code begin..end}. */
  private boolean finiteVerbIn(int begin, int end) {
    for (int i = doc.tokenIndexAt(begin); i >= 0 && i < doc.tokens().size() && doc.tokens().get(i).begin() < end; i++) {
      String pos = doc.tokens().get(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** The words (tokens that begin with a letter or digit) in {@code begin..end}. */
  private int words(int begin, int end) {
    int words = 0;
    for (int i = doc.tokenIndexAt(begin); i >= 0 && i < doc.tokens().size() && doc.tokens().get(i).begin() < end; i++) {
      if (Character.isLetterOrDigit(doc.tokens().get(i).word().charAt(0))) {
        words++;
      }
    }
    return words;
  }
}
