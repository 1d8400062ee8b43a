package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.claim.Mode;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.internal.nlp.CoreNlpQuoteBaseline.AttributedQuote;

class QuoteBaselineClaimsTest {

  private static final String TEXT = "\"The road is open,\" Ines Pardo said. \"We wait,\" a man added.";

  @Test
  void turnsAttributedQuotesIntoDirectSpeakerClaimsWithTheirContentSpan() {
    List<SpeakerClaim> claims = QuoteBaselineClaims.of(List.of(
        new AttributedQuote(1, 17, "The road is open", "Ines Pardo"),
        new AttributedQuote(38, 45, "We wait", null)), TEXT);
    assertThat(claims).hasSize(2);
    SpeakerClaim first = claims.get(0);
    assertThat(first.begin()).isEqualTo(1);
    assertThat(first.end()).isEqualTo(17);
    assertThat(first.text()).isEqualTo("The road is open");
    assertThat(first.mode()).isEqualTo(Mode.DIRECT);
    assertThat(first.speaker().name()).isEqualTo("Ines Pardo");
    assertThat(claims.get(1).text()).isEqualTo("We wait");
    assertThat(claims.get(1).speaker().name()).isEqualTo(QuoteBaselineClaims.UNATTRIBUTED);
    assertThat(claims).extracting(SpeakerClaim::id).containsExactly("q1", "q2");
  }
}
