package org.sitrep.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.claim.ClaimType;

/**
 * The result of scoring predictions against a gold file: the totals per type (counts summed over
 * articles, then precision, recall and F1 computed once: micro averages), the overall score (the
 * mean of the four headline F1s of the totals) and the scores of each article.
 */
public record EvalReport(int articleCount, Map<ClaimType, TypeScore> types, double overall, List<ArticleScore> articles) {

  public EvalReport {
    types = java.util.Collections.unmodifiableMap(new EnumMap<>(types));
    articles = List.copyOf(articles);
  }

  /** Every false positive, false negative and headline-wrong pair, article by article. */
  public List<ScoringError> errors() {
    return articles.stream().flatMap(a -> a.errors().stream()).toList();
  }

  public TypeScore type(ClaimType type) {
    return types.get(type);
  }

  static double overall(Map<ClaimType, TypeScore> types) {
    return types.values().stream().mapToDouble(t -> t.headline().f1()).sum() / ClaimType.values().length;
  }
}
