package org.sitrep.internal.extract.speaker;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.nlp.Quotation;

/**
 * Quotations in single marks ('...' and the curly pair) outside double-quoted passages, as some
 * wire copy uses them for whole quotes. A mark opens only at the start of a word and closes only
 * at the end of one, within its paragraph, so that apostrophes ("it's", "Trump's") never pair up;
 * an unclosed single mark is no quotation. A doubled mark ('' or ``, as some newspapers and
 * typewritten copy write a double quote) pairs the same way as one mark.
 */
final class SingleQuotes {

  private SingleQuotes() {}

  static List<Quotation> find(String text, List<Quotation> doubleQuotes) {
    List<Quotation> out = new ArrayList<>();
    int n = text.length();
    int nextDouble = 0;
    int open = -1;
    int openWidth = 1;
    for (int i = 0; i < n; i++) {
      while (nextDouble < doubleQuotes.size() && doubleQuotes.get(nextDouble).end() <= i) {
        nextDouble++;
      }
      if (nextDouble < doubleQuotes.size() && doubleQuotes.get(nextDouble).begin() <= i) {
        i = doubleQuotes.get(nextDouble).end() - 1;
        open = -1;
        continue;
      }
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        open = -1;
        continue;
      }
      if (c != '\'' && c != '\u2018' && c != '\u2019' && c != '`') {
        continue;
      }
      boolean doubled = i + 1 < n && (c == '\'' || c == '`') && text.charAt(i + 1) == c;
      if (doubled) {
        if (open < 0 && opensWord(text, i, 2)) {
          open = i;
          openWidth = 2;
        } else if (open >= 0 && openWidth == 2 && c == '\'' && closesWord(text, i, 2)) {
          out.add(new Quotation(open, i + 2, open + 2, i, true));
          open = -1;
        }
        i++;
        continue;
      }
      if (c == '`' || open >= 0 && openWidth == 2) {
        continue;
      }
      if (open < 0) {
        if (c != '\u2019' && opensWord(text, i, 1)) {
          open = i;
          openWidth = 1;
        }
      } else if (c != '\u2018' && closesWord(text, i, 1)) {
        if (i > open + 1) {
          out.add(new Quotation(open, i + 1, open + 1, i, true));
        }
        open = -1;
      }
    }
    return out;
  }

  private static boolean opensWord(String text, int i, int width) {
    boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([\u2014-".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + width < text.length() && Character.isLetterOrDigit(text.charAt(i + width));
    return before && after;
  }

  private static boolean closesWord(String text, int i, int width) {
    char prev = text.charAt(i - 1);
    boolean before = Character.isLetterOrDigit(prev) || ".,!?".indexOf(prev) >= 0;
    boolean after = i + width >= text.length() || !Character.isLetterOrDigit(text.charAt(i + width));
    return before && after;
  }
}
