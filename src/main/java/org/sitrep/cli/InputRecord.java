package org.sitrep.cli;

import org.sitrep.Article;
import org.sitrep.ArticleError;

/**
 * One record of the input: an article, or, for a record that could not be read, the error that
 * its output line will carry. {@code origin} says where it came from ("file.jsonl:12");
 * {@code invalidUtf8} counts the byte sequences of its line that were not UTF-8 and were read as
 * U+FFFD.
 */
record InputRecord(String origin, Article article, ArticleError error, int invalidUtf8) {

  static InputRecord of(String origin, Article article) {
    return new InputRecord(origin, article, null, 0);
  }

  static InputRecord failed(String origin, Article article, ArticleError error) {
    return new InputRecord(origin, article, error, 0);
  }

  InputRecord withInvalidUtf8(int count) {
    return new InputRecord(origin, article, error, count);
  }
}
