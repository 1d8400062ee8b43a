package org.sitrep.internal.extract.speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Quotation;
import org.sitrep.nlp.Token;

/**
 * The quotations of one article, double-quoted ones and {@link SingleQuotes}, in text order, with
 * the quotation each token stands in.
 */
final class QuoteIndex {

  private final Document doc;
  private final List<Quotation> quotes;
  private final int[] quoteOfToken;

  private QuoteIndex(Document doc, List<Quotation> quotes) {
    this.doc = doc;
    this.quotes = List.copyOf(quotes);
    this.quoteOfToken = new int[doc.tokens().size()];
    Arrays.fill(quoteOfToken, -1);
    for (int qi = 0; qi < quotes.size(); qi++) {
      Quotation quote = quotes.get(qi);
      int i = doc.tokenIndexAt(quote.begin());
      while (i >= 0 && i < quoteOfToken.length && doc.tokens().get(i).begin() < quote.end()) {
        quoteOfToken[i++] = qi;
      }
    }
  }

  static QuoteIndex of(Document doc) {
    List<Quotation> q = new ArrayList<>(doc.quotations());
    q.addAll(SingleQuotes.find(doc.text(), doc.quotations()));
    q.sort(Comparator.comparingInt(Quotation::begin));
    return new QuoteIndex(doc, q);
  }

  List<Quotation> all() {
    return quotes;
  }

  Quotation get(int index) {
    return quotes.get(index);
  }

  /** The index of the quotation (marks included) that holds {@code token}, or -1. */
  int indexAt(int token) {
    return quoteOfToken[token];
  }

  boolean inQuotation(int token) {
    return quoteOfToken[token] >= 0;
  }

  /** Whether {@code token} stands between the marks of a quotation, not on a mark. */
  boolean insideContent(int token) {
    int qi = quoteOfToken[token];
    if (qi < 0) {
      return false;
    }
    Quotation q = quotes.get(qi);
    Token t = doc.tokens().get(token);
    return t.begin() >= q.contentBegin() && t.end() <= q.contentEnd();
  }
}
