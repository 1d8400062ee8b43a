package org.sitrep.spark;

import org.apache.spark.sql.Row;
import org.sitrep.Article;
import org.sitrep.ArticleClaims;
import org.sitrep.ErrorCode;
import org.sitrep.ExtractionTimeoutException;
import org.sitrep.InvalidArticleException;
import org.sitrep.Sitrep;

/**
 * One article row to its result, never throwing for a problem of the article's own: a record
 * that is not JSON or has no text is {@code BAD_INPUT_LINE}, a refused text carries the facade's
 * code ({@code EMPTY_TEXT}, {@code TOO_LARGE}), one over the time limit is {@code TIMEOUT}, and
 * running out of memory is {@code OUT_OF_MEMORY}; any other failure is {@code INTERNAL}.
 */
final class ArticleExtraction {

  private static final int SHOWN_CHARS = 80;

  private ArticleExtraction() {}

  /**
   * {@code row} has the columns of {@link ArticleTable#COLUMNS}, in that order. Every result
   * carries the provenance of {@code sitrep}, error results too.
   */
  static ArticleClaims process(Sitrep sitrep, Row row) {
    ArticleClaims result = processRow(sitrep, row);
    return result.provenance() == null ? result.withProvenance(sitrep.provenance()) : result;
  }

  private static ArticleClaims processRow(Sitrep sitrep, Row row) {
    Article article = new Article(row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
        row.getString(6));
    String corrupt = row.getString(5);
    if (corrupt != null) {
      return ArticleClaims.failed(article, ErrorCode.BAD_INPUT_LINE, "record is not a JSON object: " + shorten(corrupt));
    }
    if (article.text() == null) {
      return ArticleClaims.failed(article, ErrorCode.BAD_INPUT_LINE, "record " + describe(article) + " has no \"text\"");
    }
    try {
      return sitrep.extract(article);
    } catch (InvalidArticleException e) {
      return ArticleClaims.failed(article, e.code(), e.getMessage());
    } catch (ExtractionTimeoutException e) {
      return ArticleClaims.failed(article, e.code(), e.getMessage());
    } catch (OutOfMemoryError e) {
      // as in the command line's batch: the article's memory is free again once it is dropped
      return ArticleClaims.failed(article, ErrorCode.OUT_OF_MEMORY,
          "article " + describe(article) + " ran out of memory (" + e.getMessage() + ")");
    } catch (RuntimeException | StackOverflowError e) {
      return ArticleClaims.failed(article, ErrorCode.INTERNAL,
          "article " + describe(article) + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static String describe(Article article) {
    return article.id() == null ? "(no id)" : "'" + article.id() + "'";
  }

  private static String shorten(String s) {
    String line = s.strip();
    return line.length() <= SHOWN_CHARS ? line : line.substring(0, SHOWN_CHARS) + "...";
  }
}
