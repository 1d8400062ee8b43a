package org.sitrep.internal.nlp;

import org.sitrep.nlp.Quotation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted passages in raw text: straight and curly marks, guillemets and low-9 marks.
 * Quotes run over paragraphs in news style (each continued paragraph reopens with a mark, only
 * the last one closes); a mark left open at a paragraph's end that is not continued that way
 * closes there, so a stray mark never swallows the rest of the article. Single quotes are not
 * quotation marks here: they double as apostrophes and nest inside double quotes.
 */
final class QuotationFinder {

  private QuotationFinder() {}

  static List<Quotation> find(String text) {
    List<Quotation> out = new ArrayList<>();
    int n = text.length();
    int open = -1; // offset of the opening mark of the current quotation, or -1
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (open >= 0 && !continuesOnNextParagraph(text, i)) {
          int contentEnd = trimEnd(text, open + 1, i);
          out.add(new Quotation(open, contentEnd, trimStart(text, open + 1, contentEnd), contentEnd, false));
          open = -1;
        }
        continue;
      }
      if (!isDoubleMark(c)) {
        continue;
      }
      if (open < 0) {
        if (canOpen(text, i)) {
          open = i;
        }
      } else if (atParagraphStart(text, i) && opensOnly(c)) {
        // the reopening mark of a continued paragraph: the quotation goes on
      } else if (canClose(text, i, open)) {
        out.add(new Quotation(open, i + 1, trimStart(text, open + 1, i), i, true));
        open = -1;
      }
    }
    if (open >= 0) {
      int contentEnd = trimEnd(text, open + 1, n);
      out.add(new Quotation(open, contentEnd, trimStart(text, open + 1, contentEnd), contentEnd, false));
    }
    return out;
  }

  static boolean isDoubleMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
  }

  private static boolean opensOnly(char c) {
    return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"';
  }

  private static boolean canOpen(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201D' || c == '\u00BB') {
      return false;
    }
    // a straight mark right after a letter or digit closes rather than opens (e.g. 12" guns)
    return c != '"' || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || followedByWord(text, i);
  }

  private static boolean followedByWord(String text, int i) {
    return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)) && i > 0
        && !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static boolean canClose(String text, int i, int open) {
    char c = text.charAt(i);
    if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
      return false; // an opening mark inside an open quotation: nested or mistyped, skip it
    }
    return i > open;
  }

  private static boolean atParagraphStart(String text, int i) {
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    return j < 0 || text.charAt(j) == '\n' || text.charAt(j) == '\r';
  }

  /** True when the paragraph after the line break at {@code i} starts with an opening mark. */
  private static boolean continuesOnNextParagraph(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j < text.length() && opensOnly(text.charAt(j));
  }

  /** Content starts at its first non-space (a masked entity such as &amp;ldquo; leaves spaces). */
  private static int trimStart(String text, int begin, int end) {
    int b = begin;
    while (b < end && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    return b;
  }

  private static int trimEnd(String text, int begin, int end) {
    int e = end;
    while (e > begin && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
