package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A reported statement: its content span, who said it, quoted or reported, and the cue's lemma. */
@JsonPropertyOrder({"id", "speaker", "begin", "end", "text", "sentence", "confidence", "statement", "mode", "cue"})
public record SpeakerClaim(
    String id,
    Source speaker,
    int begin,
    int end,
    String text,
    int sentence,
    double confidence,
    String statement,
    Mode mode,
    String cue)
    implements Claim {

  public SpeakerClaim {
    Claim.checkSpan(begin, end, text);
    Claim.checkConfidence(confidence);
    if (speaker == null) {
      throw new IllegalArgumentException("a speaker claim needs a speaker: " + text);
    }
    if (mode == null) {
      throw new IllegalArgumentException("a speaker claim needs a mode: " + text);
    }
  }

  @Override
  @JsonIgnore
  public ClaimType type() {
    return ClaimType.SPEAKER;
  }

  @Override
  public SpeakerClaim renumbered(String newId, String newStatement) {
    return new SpeakerClaim(newId, speaker, begin, end, text, sentence, confidence, newStatement, mode, cue);
  }

  @Override
  public SpeakerClaim attributed(Source newSpeaker, String newStatement) {
    return new SpeakerClaim(id, newSpeaker, begin, end, text, sentence, confidence, newStatement, mode, cue);
  }
}
