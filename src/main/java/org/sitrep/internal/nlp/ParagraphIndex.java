package org.sitrep.internal.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paragraph numbers by offset. A paragraph ends at a line break (LF, CR or CRLF); blank lines
 * between paragraphs do not count, so paragraphs are numbered consecutively.
 */
final class ParagraphIndex {

  private final int[] starts;

  ParagraphIndex(String text) {
    List<Integer> s = new ArrayList<>();
    s.add(0);
    boolean afterBreak = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        afterBreak = true;
      } else if (afterBreak && !Character.isWhitespace(c)) {
        s.add(i);
        afterBreak = false;
      }
    }
    this.starts = s.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 0-based paragraph holding {@code offset}. */
  int paragraphAt(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }
}
