package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.internal.nlp.CoreNlpQuoteBaseline.AttributedQuote;

/** Turns the quotes of CoreNLP's quote baseline into speaker claims, to score them like sitrep's. */
final class QuoteBaselineClaims {

  /** The speaker name of a quote CoreNLP did not attribute: right on the span, never on the speaker. */
  static final String UNATTRIBUTED = "(unattributed)";

  private QuoteBaselineClaims() {}

  static List<SpeakerClaim> of(List<AttributedQuote> quotes, String text) {
    List<SpeakerClaim> claims = new ArrayList<>();
    for (AttributedQuote q : quotes) {
      String name = q.speaker() == null ? UNATTRIBUTED : q.speaker();
      Source speaker = Source.of(name, SourceKind.PERSON, null, null);
      claims.add(new SpeakerClaim("q" + (claims.size() + 1), speaker, q.begin(), q.end(),
          text.substring(q.begin(), q.end()), 0, 1.0, null, Mode.DIRECT, null));
    }
    return claims;
  }
}
