package org.sitrep.nlp;

/**
 * A named-entity mention from CoreNLP's NER: its coarse {@code type} (PERSON, ORGANIZATION,
 * LOCATION, MISC, NUMBER, MONEY, PERCENT, DATE, ...), span, token range (end exclusive) and
 * normalized value where the NER gives one.
 *
 * @param type the coarse NER type: PERSON, ORGANIZATION, LOCATION, MISC, NUMBER, ...
 * @param begin where it begins: a UTF-16 index into the article text
 * @param end where it ends, exclusive
 * @param firstToken the index of its first token
 * @param endToken the index after its last token
 * @param text the text at {@code begin..end}
 * @param normalized the NER's normalized value (a number, a date), or null
 */
public record Mention(
    String type, int begin, int end, int firstToken, int endToken, String text, String normalized) {

  /**
   * The characters it covers.
   *
   * @return {@code begin..end}
   */
  public Span span() {
    return new Span(begin, end);
  }
}
