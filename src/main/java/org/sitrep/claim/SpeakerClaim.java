package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A reported statement: its content span, who said it, quoted or reported, and the cue's lemma.
 *
 * @param id the claim's id, unique within the article ({@code "c7"})
 * @param speaker who said it
 * @param begin where the span begins: a UTF-16 index into the article text
 * @param end where the span ends, exclusive
 * @param text the text at the span: {@code articleText.substring(begin, end)}
 * @param sentence the 0-based index of the sentence that holds {@code begin}
 * @param confidence the extractor's own estimate, 0 to 1
 * @param statement the id of the speaker claim that contains this one, or null
 * @param mode quoted ({@code direct}) or reported ({@code indirect})
 * @param cue the lemma of the reporting verb or phrase: {@code say}, {@code according to}; null when none
 */
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

  /**
   * Checks the span, the confidence, and that a speaker and a mode are given.
   *
   * @param id the claim's id, unique within the article ({@code "c7"})
   * @param speaker who said it
   * @param begin where the span begins: a UTF-16 index into the article text
   * @param end where the span ends, exclusive
   * @param text the text at the span: {@code articleText.substring(begin, end)}
   * @param sentence the 0-based index of the sentence that holds {@code begin}
   * @param confidence the extractor's own estimate, 0 to 1
   * @param statement the id of the speaker claim that contains this one, or null
   * @param mode quoted ({@code direct}) or reported ({@code indirect})
   * @param cue the lemma of the reporting verb or phrase: {@code say}, {@code according to}; null when none
   * @throws IllegalArgumentException for a value the contract does not allow
   */
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
