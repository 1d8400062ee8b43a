package org.sitrep.nlp;

/**
 * A named-entity mention from CoreNLP's NER: its coarse {@code type} (PERSON, ORGANIZATION,
 * LOCATION, MISC, NUMBER, MONEY, PERCENT, DATE, ...), span, token range (end exclusive) and
 * normalized value where the NER gives one.
 */
public record Mention(
    String type, int begin, int end, int firstToken, int endToken, String text, String normalized) {

  public Span span() {
    return new Span(begin, end);
  }
}
