package org.sitrep.testing;

import org.sitrep.ArticleClaims;

/** The entry point of sitrep's AssertJ assertions. */
public final class SitrepAssertions {

  private SitrepAssertions() {}

  /**
   * Assertions on one article's claims.
   *
   * @param actual the document to check
   * @return its assertions
   */
  public static ArticleClaimsAssert assertThat(ArticleClaims actual) {
    return new ArticleClaimsAssert(actual);
  }
}
