package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A number and what it counts. For a range, {@code value} equals {@code low}. Span: from the
 * qualifier (if any) to the end of the counted noun phrase.
 *
 * @param id the claim's id, unique within the article ({@code "c7"})
 * @param speaker who asserts it; null for the article's own voice
 * @param begin where the span begins: a UTF-16 index into the article text
 * @param end where the span ends, exclusive
 * @param text the text at the span: {@code articleText.substring(begin, end)}
 * @param sentence the 0-based index of the sentence that holds {@code begin}
 * @param confidence the extractor's own estimate, 0 to 1
 * @param statement the id of the speaker claim that contains this one, or null
 * @param value the normalized value ("3.5 million" is 3500000); for a range, its low end
 * @param low the lower bound the text gives, or null
 * @param high the upper bound the text gives, or null
 * @param qualifier how the number is hedged
 * @param qualifierText the qualifier's own words ("as many as"), or null
 * @param unit the lemma of the counted noun: {@code soldier}, {@code shell}
 * @param counted the counted noun phrase as written ("artillery shells")
 * @param category what the figure counts
 * @param actor whose people or things, or null
 * @param location where the counted things are, when the sentence says so, or null
 * @param modality asserted, expected, negated or hypothetical
 */
@JsonPropertyOrder({
  "id", "speaker", "begin", "end", "text", "sentence", "confidence", "statement",
  "value", "low", "high", "qualifier", "qualifierText", "unit", "counted", "category",
  "actor", "location", "modality"
})
public record FigureClaim(
    String id,
    Source speaker,
    int begin,
    int end,
    String text,
    int sentence,
    double confidence,
    String statement,
    double value,
    Double low,
    Double high,
    Qualifier qualifier,
    String qualifierText,
    String unit,
    String counted,
    Category category,
    Source actor,
    Place location,
    Modality modality)
    implements Claim {

  /**
   * Checks the span, the confidence, a finite value, and that qualifier, category and modality are given.
   *
   * @param id the claim's id, unique within the article ({@code "c7"})
   * @param speaker who asserts it; null for the article's own voice
   * @param begin where the span begins: a UTF-16 index into the article text
   * @param end where the span ends, exclusive
   * @param text the text at the span: {@code articleText.substring(begin, end)}
   * @param sentence the 0-based index of the sentence that holds {@code begin}
   * @param confidence the extractor's own estimate, 0 to 1
   * @param statement the id of the speaker claim that contains this one, or null
   * @param value the normalized value ("3.5 million" is 3500000); for a range, its low end
   * @param low the lower bound the text gives, or null
   * @param high the upper bound the text gives, or null
   * @param qualifier how the number is hedged
   * @param qualifierText the qualifier's own words ("as many as"), or null
   * @param unit the lemma of the counted noun: {@code soldier}, {@code shell}
   * @param counted the counted noun phrase as written ("artillery shells")
   * @param category what the figure counts
   * @param actor whose people or things, or null
   * @param location where the counted things are, when the sentence says so, or null
   * @param modality asserted, expected, negated or hypothetical
   * @throws IllegalArgumentException for a value the contract does not allow
   */
  public FigureClaim {
    Claim.checkSpan(begin, end, text);
    Claim.checkConfidence(confidence);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a figure's value must be finite: " + text);
    }
    if (qualifier == null || category == null || modality == null) {
      throw new IllegalArgumentException("a figure needs qualifier, category and modality: " + text);
    }
  }

  @Override
  @JsonIgnore
  public ClaimType type() {
    return ClaimType.FIGURE;
  }

  @Override
  public FigureClaim renumbered(String newId, String newStatement) {
    return new FigureClaim(newId, speaker, begin, end, text, sentence, confidence, newStatement,
        value, low, high, qualifier, qualifierText, unit, counted, category, actor, location, modality);
  }

  @Override
  public FigureClaim attributed(Source newSpeaker, String newStatement) {
    return new FigureClaim(id, newSpeaker, begin, end, text, sentence, confidence, newStatement,
        value, low, high, qualifier, qualifierText, unit, counted, category, actor, location, modality);
  }
}
