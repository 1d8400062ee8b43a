package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A number and what it counts. For a range, {@code value} equals {@code low}. Span: from the
 * qualifier (if any) to the end of the counted noun phrase.
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
