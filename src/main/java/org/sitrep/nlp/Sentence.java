package org.sitrep.nlp;

import java.util.List;

/**
 * A sentence: its character span, the range {@code firstToken}..{@code endToken} (exclusive) of
 * its tokens in {@link Document#tokens()}, the 0-based paragraph it belongs to, and its
 * dependency edges ({@code parsed} is false when the sentence was too long to parse).
 */
public record Sentence(
    int index,
    int paragraph,
    int begin,
    int end,
    int firstToken,
    int endToken,
    boolean parsed,
    List<Dependency> dependencies) {

  public Sentence {
    dependencies = List.copyOf(dependencies);
  }

  public Span span() {
    return new Span(begin, end);
  }

  public int tokenCount() {
    return endToken - firstToken;
  }
}
