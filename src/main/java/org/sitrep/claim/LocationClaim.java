package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Who or what is where. Span: the place mention.
 *
 * @param id the claim's id, unique within the article ({@code "c7"})
 * @param speaker who asserts it; null for the article's own voice
 * @param begin where the span begins: a UTF-16 index into the article text
 * @param end where the span ends, exclusive
 * @param text the text at the span: {@code articleText.substring(begin, end)}
 * @param sentence the 0-based index of the sentence that holds {@code begin}
 * @param confidence the extractor's own estimate, 0 to 1
 * @param statement the id of the speaker claim that contains this one, or null
 * @param subject what is placed ("North Korean soldiers"), or null
 * @param place where
 * @param predicate the lemma of the verb that places it: {@code be}, {@code deploy}
 */
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

  /**
   * Checks the span, the confidence, and that a place is given.
   *
   * @param id the claim's id, unique within the article ({@code "c7"})
   * @param speaker who asserts it; null for the article's own voice
   * @param begin where the span begins: a UTF-16 index into the article text
   * @param end where the span ends, exclusive
   * @param text the text at the span: {@code articleText.substring(begin, end)}
   * @param sentence the 0-based index of the sentence that holds {@code begin}
   * @param confidence the extractor's own estimate, 0 to 1
   * @param statement the id of the speaker claim that contains this one, or null
   * @param subject what is placed ("North Korean soldiers"), or null
   * @param place where
   * @param predicate the lemma of the verb that places it: {@code be}, {@code deploy}
   * @throws IllegalArgumentException for a value the contract does not allow
   */
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
