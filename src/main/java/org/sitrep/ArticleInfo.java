package org.sitrep;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The {@code article} block of the output: the article's metadata, without its text. */
@JsonPropertyOrder({"id", "title", "source", "published", "language"})
public record ArticleInfo(String id, String title, String source, String published, String language) {

  static ArticleInfo of(Article article) {
    return new ArticleInfo(article.id(), article.title(), article.source(), article.published(), "en");
  }
}
