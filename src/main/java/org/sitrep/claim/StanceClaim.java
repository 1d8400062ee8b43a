package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A source's evaluative act toward a target. Span: from the cue to the end of the target mention. */
@JsonPropertyOrder({
  "id", "speaker", "begin", "end", "text", "sentence", "confidence", "statement", "target", "stance", "polarity", "cue"
})
public record StanceClaim(
    String id,
    Source speaker,
    int begin,
    int end,
    String text,
    int sentence,
    double confidence,
    String statement,
    Source target,
    StanceAct stance,
    Polarity polarity,
    String cue)
    implements Claim {

  public StanceClaim {
    Claim.checkSpan(begin, end, text);
    Claim.checkConfidence(confidence);
    if (stance == null || polarity == null) {
      throw new IllegalArgumentException("a stance claim needs an act and a polarity: " + text);
    }
  }

  @Override
  @JsonIgnore
  public ClaimType type() {
    return ClaimType.STANCE;
  }

  @Override
  public StanceClaim renumbered(String newId, String newStatement) {
    return new StanceClaim(newId, speaker, begin, end, text, sentence, confidence, newStatement, target, stance, polarity, cue);
  }

  @Override
  public StanceClaim attributed(Source newSpeaker, String newStatement) {
    return new StanceClaim(id, newSpeaker, begin, end, text, sentence, confidence, newStatement, target, stance, polarity, cue);
  }
}
