package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One claim of an article: a statement, a figure, a placement or a stance, anchored to
 * {@code begin}..{@code end} (UTF-16 indices into the article text, end exclusive).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SpeakerClaim.class, name = "speaker"),
  @JsonSubTypes.Type(value = FigureClaim.class, name = "figure"),
  @JsonSubTypes.Type(value = LocationClaim.class, name = "location"),
  @JsonSubTypes.Type(value = StanceClaim.class, name = "stance")
})
@JsonPropertyOrder({"id", "type", "speaker", "begin", "end", "text", "sentence", "confidence", "statement"})
public sealed interface Claim permits SpeakerClaim, FigureClaim, LocationClaim, StanceClaim {

  /**
   * The claim's id, unique within its article.
   *
   * @return an id such as {@code "c7"}
   */
  String id();

  /**
   * Who asserts it.
   *
   * @return the speaker, or null for the article's own voice
   */
  Source speaker();

  /**
   * Where the claim's span begins.
   *
   * @return a UTF-16 index into the article text
   */
  int begin();

  /**
   * Where the claim's span ends.
   *
   * @return a UTF-16 index into the article text, exclusive
   */
  int end();

  /**
   * The text at the span.
   *
   * @return {@code articleText.substring(begin(), end())}
   */
  String text();

  /**
   * The sentence that holds {@link #begin()}.
   *
   * @return a 0-based sentence index
   */
  int sentence();

  /**
   * The extractor's own estimate that the claim is right.
   *
   * @return a number from 0 to 1
   */
  double confidence();

  /**
   * The speaker claim that contains this one.
   *
   * @return that claim's id, or null
   */
  String statement();

  /**
   * Which of the four types this claim is.
   *
   * @return its type
   */
  ClaimType type();

  /**
   * A copy with another id and statement reference (ids are assigned once all claims exist).
   *
   * @param id the new id
   * @param statement the new statement reference, or null
   * @return the copy
   */
  Claim renumbered(String id, String statement);

  /**
   * A copy whose speaker is {@code speaker} and whose statement is {@code statement}.
   *
   * @param speaker the new speaker, or null
   * @param statement the new statement reference, or null
   * @return the copy
   */
  Claim attributed(Source speaker, String statement);

  /**
   * Checks a span and its text, as every claim's constructor does.
   *
   * @param begin the span's begin
   * @param end the span's end, exclusive
   * @param text the text at the span
   * @throws IllegalArgumentException when the span is negative or reversed, or the text does not fit it
   */
  static void checkSpan(int begin, int end, String text) {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad claim span " + begin + ".." + end);
    }
    if (text == null || text.length() != end - begin) {
      throw new IllegalArgumentException(
          "claim text length " + (text == null ? "null" : text.length()) + " does not fit span " + begin + ".." + end);
    }
  }

  /**
   * Checks a confidence, as every claim's constructor does.
   *
   * @param confidence the value to check
   * @throws IllegalArgumentException when it is not in 0..1
   */
  static void checkConfidence(double confidence) {
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
    }
  }
}
