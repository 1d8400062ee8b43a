package org.sitrep.nlp;

/**
 * A character span: UTF-16 indices into the original text, {@code begin} inclusive, {@code end}
 * exclusive.
 */
public record Span(int begin, int end) {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span: begin=" + begin + ", end=" + end);
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }

  public boolean contains(Span other) {
    return other.begin >= begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The number of characters the two spans share. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
  }

  public String coveredText(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }
}
