package org.sitrep.internal.extract.speaker;

import java.util.Locale;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;

/** The token tests the speaker parts share: finite verbs, punctuation, quotation marks, clause trimming. */
final class Syntax {

  private final Document doc;

  Syntax(Document doc) {
    this.doc = doc;
  }

  Token token(int i) {
    return doc.tokens().get(i);
  }

  /** A verb with tense or a modal; a participle with its own subject counts ("the warplanes targeted"). */
  boolean isFinite(Token t) {
    if (t.pos().equals("VBN")) {
      int subject = doc.child(t.index(), "nsubj");
      return subject >= 0 && subject < t.index() && doc.child(t.index(), "aux") < 0
          && !"nsubj:pass".equals(doc.relation(subject));
    }
    return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD");
  }

  boolean isComma(int k) {
    return token(k).word().equals(",");
  }

  boolean isPunct(int k) {
    return !Character.isLetterOrDigit(token(k).word().charAt(0));
  }

  boolean isQuoteMark(Token t) {
    if (t.end() - t.begin() == 2) {
      String w = doc.text().substring(t.begin(), t.end());
      return w.equals("''") || w.equals("``"); // a doubled mark standing for a double quote
    }
    if (t.end() - t.begin() != 1) {
      return false;
    }
    char c = doc.text().charAt(t.begin());
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /** A clause has a verb other than a bare gerund: "of fighting" is none. */
  boolean isClause(TokenRange r) {
    if (r.size() < 2) {
      return false;
    }
    for (int k = r.first(); k < r.end(); k++) {
      Token t = token(k);
      if (isFinite(t) || t.pos().equals("VB") || t.pos().equals("VBN")) {
        return true;
      }
    }
    return false;
  }

  boolean hasFinite(TokenRange r) {
    for (int k = r.first(); k < r.end(); k++) {
      if (isFinite(token(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code r} without a leading "that", conjunction or punctuation (or the reporting word
   * {@code verb}) and without trailing punctuation; null when fewer than two tokens remain.
   */
  TokenRange trim(TokenRange r, int verb) {
    int lo = r.first();
    int hi = r.last();
    while (lo <= hi && (lo == verb || droppableStart(token(lo)))) {
      lo++;
    }
    while (hi >= lo && droppableEnd(token(hi))) {
      hi--;
    }
    return hi - lo < 1 ? null : TokenRange.inclusive(lo, hi);
  }

  private static boolean droppableStart(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("that") || w.equals("and") || w.equals("but") || w.equals(",") || w.equals(":")
        || w.equals("-") || w.equals("\u2014") || w.equals(";");
  }

  private boolean droppableEnd(Token t) {
    String w = t.word();
    return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("-") || w.equals("\u2014")
        || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("but")
        || (w.equals(".") && t.index() + 1 < doc.tokens().size()
            && !isQuoteMark(token(t.index() + 1)) || w.equals(".") && t.index() + 1 == doc.tokens().size());
  }
}
