package org.sitrep.cli;

import org.sitrep.Article;
import org.sitrep.ArticleError;

/**
 * One record of the input: an article, or, for a record that could not be read, the error that
 * its output line will carry. {@code origin} says where it came from ("file.jsonl:12").
 */
record InputRecord(String origin, Article article, ArticleError error) {

  static InputRecord of(String origin, Article article) {
    return new InputRecord(origin, article, null);
  }

  static InputRecord failed(String origin, Article article, ArticleError error) {
    return new InputRecord(origin, article, error);
  }
}
