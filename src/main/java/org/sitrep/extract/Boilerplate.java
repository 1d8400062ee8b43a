package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;

/**
 * Text around an article's body that makes no claims: a paragraph that does not end in closing
 * punctuation is a headline, a related-story teaser ("... says UK Read more"), a photo caption or
 * a section label, whatever its outlet's wording; a paragraph that ends in a picture credit, a
 * short bracketed "who/agency" ("(AP Photo/Jane Doe)", "(Jane Doe/Reuters)"), is a photo caption.
 */
public final class Boilerplate {

  private static final Set<String> CLOSERS = Set.of(".", "!", "?", "\"", "\u201D", "''", "\u2019", "'", ")",
      "\u2026", ":");

  /** The longest bracketed credit read as a picture credit, in characters. */
  private static final int MAX_CREDIT = 60;

  private Boilerplate() {}

  /** Whether sentence {@code sentence} stands in a paragraph that does not end like a sentence of prose. */
  public static boolean isBoilerplate(Document doc, int sentence) {
    List<Sentence> all = doc.sentences();
    int paragraph = all.get(sentence).paragraph();
    int last = sentence;
    while (last + 1 < all.size() && all.get(last + 1).paragraph() == paragraph) {
      last++;
    }
    Sentence s = all.get(last);
    if (s.endToken() == s.firstToken()) {
      return false;
    }
    String lastWord = doc.tokens().get(s.endToken() - 1).word();
    return !CLOSERS.contains(lastWord) || lastWord.equals(")") && endsInCredit(doc, s);
  }

  /** "... two people were wounded. (Jane Doe/Agency via AP)": a closing bracket after a short "name/agency". */
  private static boolean endsInCredit(Document doc, Sentence s) {
    int close = doc.tokens().get(s.endToken() - 1).begin();
    int open = doc.text().lastIndexOf('(', close);
    if (open < 0 || close - open > MAX_CREDIT || open < doc.tokens().get(s.firstToken()).begin()) {
      return false;
    }
    String inside = doc.text(open + 1, close);
    return inside.indexOf('/') > 0 && inside.indexOf('\n') < 0;
  }
}
