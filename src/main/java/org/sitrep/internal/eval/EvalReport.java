package org.sitrep.internal.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.claim.ClaimType;

/**
 * The result of scoring predictions against a gold file: the totals per scored type (counts summed
 * over articles, then precision, recall and F1 computed once: micro averages), the overall score
 * (the mean of the headline F1s of the scored types: all four unless the caller chose some) and
 * the scores of each article.
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

  /** The score of {@code type}, or null when it was not scored. */
  public TypeScore type(ClaimType type) {
    return types.get(type);
  }

  static double overall(Map<ClaimType, TypeScore> types) {
    return types.values().stream().mapToDouble(t -> t.headline().f1()).sum() / types.size();
  }
}
