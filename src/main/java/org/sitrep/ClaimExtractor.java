package org.sitrep;

/**
 * Reads an article and returns its claims: what host code needs from sitrep, as one method.
 * {@link Sitrep} implements it; code that depends on this interface instead of {@code Sitrep}
 * can be unit-tested with a fake (a lambda returning claims read from a JSON fixture) that loads
 * no models.
 *
 * <pre>{@code
 * ClaimExtractor fake = article -> SitrepJson.read(fixtureJson, ArticleClaims.class);
 * }</pre>
 */
@FunctionalInterface
public interface ClaimExtractor {

  /**
   * Extracts the claims of one article.
   *
   * @param article the article
   * @return its claims in the shape of {@code sitrep.claims/1}
   * @throws InvalidArticleException for an article that cannot be read (blank or too long text)
   * @throws ExtractionTimeoutException when the extraction takes longer than its time limit
   */
  ArticleClaims extract(Article article);
}
