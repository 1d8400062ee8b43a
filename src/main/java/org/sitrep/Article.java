package org.sitrep;

/**
 * An article to read: an optional id, title, source (outlet), publication date and url as given,
 * and the text. Offsets in the output index into {@code text} exactly as given here, in UTF-16
 * code units (Java {@code String} indices).
 *
 * @param id the caller's id, written back in the output; may be null
 * @param title the headline, or null
 * @param source the outlet, or null
 * @param published the publication date, as given (not parsed), or null
 * @param text the article's text
 * @param url where the article was read from, written back in the output; may be null
 */
public record Article(String id, String title, String source, String published, String text, String url) {

  /**
   * An article without a url.
   *
   * @param id the caller's id, or null
   * @param title the headline, or null
   * @param source the outlet, or null
   * @param published the publication date, or null
   * @param text the article's text
   */
  public Article(String id, String title, String source, String published, String text) {
    this(id, title, source, published, text, null);
  }

  /**
   * An article with only a text.
   *
   * @param text the article's text
   * @return the article
   */
  public static Article of(String text) {
    return new Article(null, null, null, null, text);
  }

  /**
   * An article with an id and a text.
   *
   * @param id the caller's id
   * @param text the article's text
   * @return the article
   */
  public static Article of(String id, String text) {
    return new Article(id, null, null, null, text);
  }
}
