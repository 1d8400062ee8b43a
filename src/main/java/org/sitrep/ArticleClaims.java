package org.sitrep;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.sitrep.claim.Claim;
import org.sitrep.claim.ClaimType;

/**
 * The result for one article, in the shape of {@code sitrep.claims/1}: claims in text order with
 * ids unique within the article, or, for an article that could not be processed, an error and
 * no claims.
 */
@JsonPropertyOrder({"schema", "article", "stats", "error", "claims"})
public record ArticleClaims(String schema, ArticleInfo article, Stats stats, ArticleError error, List<Claim> claims) {

  public static final String SCHEMA = "sitrep.claims/1";

  public ArticleClaims {
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  public static ArticleClaims of(ArticleInfo article, Stats stats, List<Claim> claims) {
    return new ArticleClaims(SCHEMA, article, stats, null, claims);
  }

  public static ArticleClaims failed(ArticleInfo article, ErrorCode code, String message) {
    return new ArticleClaims(SCHEMA, article, null, new ArticleError(code, message), List.of());
  }

  public static ArticleClaims failed(Article article, ErrorCode code, String message) {
    return failed(ArticleInfo.of(article), code, message);
  }

  public boolean failed() {
    return error != null;
  }

  /** The claims of one type, in text order. */
  @SuppressWarnings("unchecked")
  public <T extends Claim> List<T> claimsOf(Class<T> type) {
    return (List<T>) claims.stream().filter(type::isInstance).toList();
  }

  public long count(ClaimType type) {
    return claims.stream().filter(c -> c.type() == type).count();
  }
}
