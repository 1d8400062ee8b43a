package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A source's evaluative act toward a target. Span: from the cue to the end of the target mention.
 *
 * @param id the claim's id, unique within the article ({@code "c7"})
 * @param speaker who asserts it; null for the article's own voice
 * @param begin where the span begins: a UTF-16 index into the article text
 * @param end where the span ends, exclusive
 * @param text the text at the span: {@code articleText.substring(begin, end)}
 * @param sentence the 0-based index of the sentence that holds {@code begin}
 * @param confidence the extractor's own estimate, 0 to 1
 * @param statement the id of the speaker claim that contains this one, or null
 * @param target toward whom or what; kind {@code CLAIM} for a proposition
 * @param stance the act
 * @param polarity the direction toward the target
 * @param cue the lemma of the word that carries it: {@code condemn}
 */
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

  /**
   * Checks the span, the confidence, and that an act and a polarity are given.
   *
   * @param id the claim's id, unique within the article ({@code "c7"})
   * @param speaker who asserts it; null for the article's own voice
   * @param begin where the span begins: a UTF-16 index into the article text
   * @param end where the span ends, exclusive
   * @param text the text at the span: {@code articleText.substring(begin, end)}
   * @param sentence the 0-based index of the sentence that holds {@code begin}
   * @param confidence the extractor's own estimate, 0 to 1
   * @param statement the id of the speaker claim that contains this one, or null
   * @param target toward whom or what; kind {@code CLAIM} for a proposition
   * @param stance the act
   * @param polarity the direction toward the target
   * @param cue the lemma of the word that carries it: {@code condemn}
   * @throws IllegalArgumentException for a value the contract does not allow
   */
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
