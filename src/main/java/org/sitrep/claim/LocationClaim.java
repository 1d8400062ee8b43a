package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Who or what is where. Span: the place mention. */
@JsonPropertyOrder({
  "id", "speaker", "begin", "end", "text", "sentence", "confidence", "statement", "subject", "place", "predicate"
})
public record LocationClaim(
    String id,
    Source speaker,
    int begin,
    int end,
    String text,
    int sentence,
    double confidence,
    String statement,
    Source subject,
    Place place,
    String predicate)
    implements Claim {

  public LocationClaim {
    Claim.checkSpan(begin, end, text);
    Claim.checkConfidence(confidence);
    if (place == null) {
      throw new IllegalArgumentException("a location claim needs a place: " + text);
    }
  }

  @Override
  @JsonIgnore
  public ClaimType type() {
    return ClaimType.LOCATION;
  }

  @Override
  public LocationClaim renumbered(String newId, String newStatement) {
    return new LocationClaim(newId, speaker, begin, end, text, sentence, confidence, newStatement, subject, place, predicate);
  }

  @Override
  public LocationClaim attributed(Source newSpeaker, String newStatement) {
    return new LocationClaim(id, newSpeaker, begin, end, text, sentence, confidence, newStatement, subject, place, predicate);
  }
}
