package org.sitrep.internal.eval;

import java.util.List;
import java.util.Map;
import org.sitrep.claim.ClaimType;

/** The scores of one gold article, per claim type, and its overall score. */
public record ArticleScore(String id, Map<ClaimType, TypeScore> types, double overall, List<ScoringError> errors) {

  public ArticleScore {
    types = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(types));
    errors = List.copyOf(errors);
  }
}
