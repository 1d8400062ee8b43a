package org.sitrep.nlp;

import java.util.List;

/**
 * A sentence: its character span, the range {@code firstToken}..{@code endToken} (exclusive) of
 * its tokens in {@link Document#tokens()}, the 0-based paragraph it belongs to, and its
 * dependency edges ({@code parsed} is false when the sentence was too long to parse).
 *
 * @param index its position in {@link Document#sentences()}
 * @param paragraph the 0-based paragraph it belongs to (a line break ends a paragraph)
 * @param begin where it begins: a UTF-16 index into the article text
 * @param end where it ends, exclusive
 * @param firstToken the index of its first token in {@link Document#tokens()}
 * @param endToken the index after its last token
 * @param parsed whether it was dependency-parsed (long sentences are not)
 * @param dependencies its basic Universal Dependencies edges; none when not parsed
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

  /**
   * Copies the edges.
   *
   * @param index its position in {@link Document#sentences()}
   * @param paragraph the 0-based paragraph it belongs to
   * @param begin where it begins
   * @param end where it ends, exclusive
   * @param firstToken the index of its first token
   * @param endToken the index after its last token
   * @param parsed whether it was dependency-parsed
   * @param dependencies its dependency edges
   */
  public Sentence {
    dependencies = List.copyOf(dependencies);
  }

  /**
   * The characters it covers.
   *
   * @return {@code begin..end}
   */
  public Span span() {
    return new Span(begin, end);
  }

  /**
   * How many tokens it has.
   *
   * @return {@code endToken - firstToken}
   */
  public int tokenCount() {
    return endToken - firstToken;
  }
}
