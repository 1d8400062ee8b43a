package org.sitrep;

/**
 * An article to read: an optional id, title, source (outlet) and publication date as given, and
 * the text. Offsets in the output index into {@code text} exactly as given here.
 */
public record Article(String id, String title, String source, String published, String text) {

  /** An article with only a text. */
  public static Article of(String text) {
    return new Article(null, null, null, null, text);
  }

  public static Article of(String id, String text) {
    return new Article(id, null, null, null, text);
  }
}
