package org.sitrep.nlp;

/**
 * A run of tokens: indices into {@link Document#tokens()}, {@code first} inclusive, {@code end}
 * exclusive (the token-level twin of {@link Span}, which counts characters).
 */
public record TokenRange(int first, int end) {

  public TokenRange {
    if (first < 0 || end < first) {
      throw new IllegalArgumentException("invalid token range: first=" + first + ", end=" + end);
    }
  }

  /** The range from {@code first} to {@code last}, both included. */
  public static TokenRange inclusive(int first, int last) {
    return new TokenRange(first, last + 1);
  }

  /** The one token {@code token}. */
  public static TokenRange of(int token) {
    return new TokenRange(token, token + 1);
  }

  /** The last token of a non-empty range. */
  public int last() {
    return end - 1;
  }

  public int size() {
    return end - first;
  }

  public boolean isEmpty() {
    return end == first;
  }

  public boolean contains(int token) {
    return token >= first && token < end;
  }

  /** The smallest range that holds both. */
  public TokenRange union(TokenRange other) {
    return new TokenRange(Math.min(first, other.first), Math.max(end, other.end));
  }
}
