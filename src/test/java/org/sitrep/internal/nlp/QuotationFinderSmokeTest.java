package org.sitrep.internal.nlp;

import org.sitrep.nlp.Quotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationFinderSmokeTest {

  @Test
  void findsStraightAndCurlyQuotationsWithContentOffsets() {
    String text = "He said \"hold on\" and she said \u201cgo now.\u201d";
    List<Quotation> qs = QuotationFinder.find(text);
    assertThat(qs).hasSize(2);
    assertThat(text.substring(qs.get(0).contentBegin(), qs.get(0).contentEnd())).isEqualTo("hold on");
    assertThat(text.substring(qs.get(1).contentBegin(), qs.get(1).contentEnd())).isEqualTo("go now.");
    assertThat(qs).allMatch(Quotation::closed);
  }

  @Test
  void anUnclosedMarkEndsAtItsParagraph() {
    String text = "The general said \"we advance\nThe next paragraph is narration.";
    List<Quotation> qs = QuotationFinder.find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).closed()).isFalse();
    assertThat(text.substring(qs.get(0).contentBegin(), qs.get(0).contentEnd())).isEqualTo("we advance");
  }

  @Test
  void aQuoteReopenedOnTheNextParagraphIsOneQuotation() {
    String text = "\u201cFirst part of it.\n\u201cSecond part,\u201d the officer said.";
    List<Quotation> qs = QuotationFinder.find(text);
    assertThat(qs).hasSize(1);
    assertThat(text.substring(qs.get(0).contentBegin(), qs.get(0).contentEnd()))
        .isEqualTo("First part of it.\n\u201cSecond part,");
  }
}
