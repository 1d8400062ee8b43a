package org.sitrep.nlp;

/**
 * A quotation: {@code begin}..{@code end} includes the marks, {@code contentBegin}..{@code
 * contentEnd} is what is between them. A quotation that runs over several paragraphs (news
 * style: an opening mark on each paragraph, one closing mark at the end) is one quotation.
 * {@code closed} is false for an opening mark whose closing mark never came; such a quotation
 * ends at its paragraph's end, so a stray mark never swallows the rest of the article.
 *
 * @param begin where the opening mark is: a UTF-16 index into the article text
 * @param end after the closing mark (or the paragraph's end when it never came), exclusive
 * @param contentBegin where the quoted words begin, after the opening mark
 * @param contentEnd where the quoted words end, before the closing mark, exclusive
 * @param closed whether a closing mark ended it
 */
public record Quotation(int begin, int end, int contentBegin, int contentEnd, boolean closed) {

  /**
   * The quotation with its marks.
   *
   * @return {@code begin..end}
   */
  public Span span() {
    return new Span(begin, end);
  }

  /**
   * What is between the marks.
   *
   * @return {@code contentBegin..contentEnd}
   */
  public Span content() {
    return new Span(contentBegin, contentEnd);
  }
}
