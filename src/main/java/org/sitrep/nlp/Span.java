package org.sitrep.nlp;

/**
 * A character span: UTF-16 indices into the original text, {@code begin} inclusive, {@code end}
 * exclusive.
 *
 * @param begin the first character's index
 * @param end the index after the last character
 */
public record Span(int begin, int end) {

  /**
   * Checks the bounds.
   *
   * @param begin the first character's index, at least 0
   * @param end the index after the last character, at least {@code begin}
   * @throws IllegalArgumentException for a negative or reversed span, with its values
   */
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span: begin=" + begin + ", end=" + end);
    }
  }

  /**
   * How many characters it covers.
   *
   * @return {@code end - begin}
   */
  public int length() {
    return end - begin;
  }

  /**
   * Whether a character lies inside.
   *
   * @param offset a character index
   * @return true when {@code begin <= offset < end}
   */
  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }

  /**
   * Whether another span lies wholly inside this one.
   *
   * @param other a span
   * @return true when it begins and ends within this one
   */
  public boolean contains(Span other) {
    return other.begin >= begin && other.end <= end;
  }

  /**
   * Whether the two spans share a character.
   *
   * @param other a span
   * @return true when they overlap
   */
  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /**
   * The number of characters the two spans share.
   *
   * @param other a span
   * @return 0 or more
   */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
  }

  /**
   * The text it covers.
   *
   * @param text the article text the span indexes
   * @return {@code text} from {@code begin} to {@code end}
   */
  public String coveredText(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }
}
