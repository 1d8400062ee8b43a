package org.sitrep;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.sitrep.claim.Claim;
import org.sitrep.claim.ClaimType;

/**
 * The result for one article, in the shape of {@code sitrep.claims/1}: claims in text order with
 * ids unique within the article, or, for an article that could not be processed, an error and
 * no claims.
 *
 * <p>A value: immutable and safe to share. It reads from the JSON that sitrep writes ({@code
 * SitrepJson.read(json, ArticleClaims.class)}), so a host's tests can use saved output as
 * fixtures; a document without {@code provenance} or {@code stats} (a gold file, a hand-written
 * fixture) reads with those null.
 *
 * @param schema always {@value #SCHEMA}
 * @param article the article's metadata
 * @param stats the article's size and the time its extraction took; null for a failed article
 * @param provenance what produced this document; null when it was not written by sitrep
 * @param error why the article could not be processed; null when it was
 * @param claims the claims in text order; empty (never null) for a failed article
 */
@JsonPropertyOrder({"schema", "article", "stats", "provenance", "error", "claims"})
public record ArticleClaims(
    String schema, ArticleInfo article, Stats stats, Provenance provenance, ArticleError error, List<Claim> claims) {

  /** The contract this record is the shape of. */
  public static final String SCHEMA = "sitrep.claims/1";

  /**
   * Copies the claims; a null list becomes an empty one.
   *
   * @param schema always {@value #SCHEMA}
   * @param article the article's metadata
   * @param stats the article's size and extraction time, or null
   * @param provenance what produced this document, or null
   * @param error why the article failed, or null
   * @param claims the claims in text order
   */
  public ArticleClaims {
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  /**
   * A document without provenance.
   *
   * @param schema always {@value #SCHEMA}
   * @param article the article's metadata
   * @param stats the article's size and extraction time, or null
   * @param error why the article failed, or null
   * @param claims the claims in text order
   */
  public ArticleClaims(String schema, ArticleInfo article, Stats stats, ArticleError error, List<Claim> claims) {
    this(schema, article, stats, null, error, claims);
  }

  /**
   * A processed article's document (no provenance; {@link Sitrep#extract(Article)} adds its own).
   *
   * @param article the article's metadata
   * @param stats its size and extraction time, or null
   * @param claims its claims in text order
   * @return the document
   */
  public static ArticleClaims of(ArticleInfo article, Stats stats, List<Claim> claims) {
    return new ArticleClaims(SCHEMA, article, stats, null, null, claims);
  }

  /**
   * The document of an article that could not be processed: the error and no claims.
   *
   * @param article the article's metadata
   * @param code why, as the contract's stable code
   * @param message what went wrong, for a person
   * @return the document
   */
  public static ArticleClaims failed(ArticleInfo article, ErrorCode code, String message) {
    return new ArticleClaims(SCHEMA, article, null, null, new ArticleError(code, message), List.of());
  }

  /**
   * The document of an article that could not be processed: the error and no claims.
   *
   * @param article the article (its text is not kept)
   * @param code why, as the contract's stable code
   * @param message what went wrong, for a person
   * @return the document
   */
  public static ArticleClaims failed(Article article, ErrorCode code, String message) {
    return failed(ArticleInfo.of(article), code, message);
  }

  /**
   * This document with the given provenance.
   *
   * @param provenance what produced it
   * @return a copy with {@code provenance} set
   */
  public ArticleClaims withProvenance(Provenance provenance) {
    return new ArticleClaims(schema, article, stats, provenance, error, claims);
  }

  /**
   * Whether the article could not be processed.
   *
   * @return true when {@link #error()} is set
   */
  public boolean failed() {
    return error != null;
  }

  /**
   * The claims of one type, in text order.
   *
   * @param <T> the claim record
   * @param type {@code SpeakerClaim.class}, {@code FigureClaim.class} ...
   * @return those claims, in text order
   */
  @SuppressWarnings("unchecked")
  public <T extends Claim> List<T> claimsOf(Class<T> type) {
    return (List<T>) claims.stream().filter(type::isInstance).toList();
  }

  /**
   * How many claims of one type the article has.
   *
   * @param type the claim type
   * @return their number
   */
  public long count(ClaimType type) {
    return claims.stream().filter(c -> c.type() == type).count();
  }
}
