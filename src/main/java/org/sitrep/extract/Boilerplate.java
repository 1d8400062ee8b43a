package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;

/**
 * Text around an article's body that makes no claims: a paragraph that does not end in closing
 * punctuation is a headline, a related-story teaser ("... says UK Read more"), a photo caption or
 * a section label, whatever its outlet's wording.
 */
public final class Boilerplate {

  private static final Set<String> CLOSERS = Set.of(".", "!", "?", "\"", "\u201D", "''", "\u2019", "'", ")",
      "\u2026", ":");

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
    return !CLOSERS.contains(doc.tokens().get(s.endToken() - 1).word());
  }
}
