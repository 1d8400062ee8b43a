package org.sitrep;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The {@code article} block of the output: the article's metadata as given, without its text.
 *
 * @param id the caller's id, or null
 * @param title the headline, or null
 * @param source the outlet, or null
 * @param published the publication date as given (not parsed), or null
 * @param url where the article was read from, as given, or null
 * @param language the text's language; {@code "en"}
 */
@JsonPropertyOrder({"id", "title", "source", "published", "url", "language"})
public record ArticleInfo(String id, String title, String source, String published, String url, String language) {

  /**
   * Metadata without a url.
   *
   * @param id the caller's id, or null
   * @param title the headline, or null
   * @param source the outlet, or null
   * @param published the publication date as given, or null
   * @param language the text's language
   */
  public ArticleInfo(String id, String title, String source, String published, String language) {
    this(id, title, source, published, null, language);
  }

  static ArticleInfo of(Article article) {
    return new ArticleInfo(article.id(), article.title(), article.source(), article.published(), article.url(), "en");
  }
}
