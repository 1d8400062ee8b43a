package org.sitrep.internal.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to cut a text into pieces for CoreNLP: after the last line break within {@code max}
 * characters, so that no sentence is cut (a line break always ends one). A line longer than that
 * (never seen in real articles, whose longest line was under 9,000 characters) is cut at its last
 * space within the limit instead.
 */
final class Segments {

  private Segments() {}

  /** Cut offsets: 0, then the end of each piece; the last is {@code text.length()}. */
  static int[] cuts(String text, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("max must be at least 2, was " + max);
    }
    List<Integer> cuts = new ArrayList<>();
    cuts.add(0);
    int n = text.length();
    int pos = 0;
    while (n - pos > max) {
      int cut = lastLineBreak(text, pos, pos + max);
      if (cut < 0) {
        cut = lastSentenceEnd(text, pos + max / 2, pos + max);
      }
      if (cut < 0) {
        cut = lastSeparator(text, pos + max / 2, pos + max);
      }
      if (cut < 0) {
        cut = pos + max;
      }
      cuts.add(cut);
      pos = cut;
    }
    cuts.add(n);
    return cuts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The offset just after the last '\n' in [from, to), or -1. */
  private static int lastLineBreak(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /** The offset just after the last separator in [from, to) that follows a sentence's end, or -1. */
  private static int lastSentenceEnd(String text, int from, int to) {
    for (int i = to - 1; i >= Math.max(from, 2); i--) {
      if (TextMasker.isSeparator(text.charAt(i)) && (endsSentence(text.charAt(i - 1))
          || (closesQuote(text.charAt(i - 1)) && endsSentence(text.charAt(i - 2))))) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean closesQuote(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == ')';
  }

  /** The offset just after the last separator in [from, to), or -1. */
  private static int lastSeparator(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (TextMasker.isSeparator(text.charAt(i))) {
        return i + 1;
      }
    }
    return -1;
  }
}
