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

  String id();

  /** Who asserts it; null for the article's own voice. */
  Source speaker();

  int begin();

  int end();

  String text();

  int sentence();

  double confidence();

  /** The id of the speaker claim that contains this one, or null. */
  String statement();

  ClaimType type();

  /** A copy with another id and statement reference (ids are assigned once all claims exist). */
  Claim renumbered(String id, String statement);

  /** A copy whose speaker is {@code speaker} and whose statement is {@code statement}. */
  Claim attributed(Source speaker, String statement);

  static void checkSpan(int begin, int end, String text) {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad claim span " + begin + ".." + end);
    }
    if (text == null || text.length() != end - begin) {
      throw new IllegalArgumentException(
          "claim text length " + (text == null ? "null" : text.length()) + " does not fit span " + begin + ".." + end);
    }
  }

  static void checkConfidence(double confidence) {
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
    }
  }
}
