package org.sitrep.nlp;

/**
 * A run of tokens: indices into {@link Document#tokens()}, {@code first} inclusive, {@code end}
 * exclusive (the token-level twin of {@link Span}, which counts characters).
 *
 * @param first the first token's index
 * @param end the index after the last token
 */
public record TokenRange(int first, int end) {

  /**
   * Checks the bounds.
   *
   * @param first the first token's index, at least 0
   * @param end the index after the last token, at least {@code first}
   * @throws IllegalArgumentException for a negative or reversed range, with its values
   */
  public TokenRange {
    if (first < 0 || end < first) {
      throw new IllegalArgumentException("invalid token range: first=" + first + ", end=" + end);
    }
  }

  /**
   * The range from {@code first} to {@code last}, both included.
   *
   * @param first the first token's index
   * @param last the last token's index
   * @return {@code first..last + 1}
   */
  public static TokenRange inclusive(int first, int last) {
    return new TokenRange(first, last + 1);
  }

  /**
   * The one token {@code token}.
   *
   * @param token a token index
   * @return {@code token..token + 1}
   */
  public static TokenRange of(int token) {
    return new TokenRange(token, token + 1);
  }

  /**
   * The last token of a non-empty range.
   *
   * @return {@code end - 1}
   */
  public int last() {
    return end - 1;
  }

  /**
   * How many tokens it holds.
   *
   * @return {@code end - first}
   */
  public int size() {
    return end - first;
  }

  /**
   * Whether it holds no token.
   *
   * @return true when {@code end == first}
   */
  public boolean isEmpty() {
    return end == first;
  }

  /**
   * Whether a token lies inside.
   *
   * @param token a token index
   * @return true when {@code first <= token < end}
   */
  public boolean contains(int token) {
    return token >= first && token < end;
  }

  /**
   * The smallest range that holds both.
   *
   * @param other a range
   * @return from the smaller first to the larger end
   */
  public TokenRange union(TokenRange other) {
    return new TokenRange(Math.min(first, other.first), Math.max(end, other.end));
  }
}
