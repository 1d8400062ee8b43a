package org.sitrep.nlp;

/**
 * A quotation: {@code begin}..{@code end} includes the marks, {@code contentBegin}..{@code
 * contentEnd} is what is between them. A quotation that runs over several paragraphs (news
 * style: an opening mark on each paragraph, one closing mark at the end) is one quotation.
 * {@code closed} is false for an opening mark whose closing mark never came; such a quotation
 * ends at its paragraph's end, so a stray mark never swallows the rest of the article.
 */
public record Quotation(int begin, int end, int contentBegin, int contentEnd, boolean closed) {

  public Span span() {
    return new Span(begin, end);
  }

  public Span content() {
    return new Span(contentBegin, contentEnd);
  }
}
