package org.sitrep.internal.render;

/**
 * One highlight to lay over the text: {@code begin}..{@code end} (UTF-16, end exclusive), the
 * start tag of its head element (the one that carries the claim's id and data), and the start tag
 * of a continuation piece, used when the span has to be cut because it crosses another. {@code
 * rank} orders spans with equal offsets: lower is outer.
 */
record Span(int begin, int end, int rank, String headTag, String pieceTag) {

  Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }
}
