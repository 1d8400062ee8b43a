package org.sitrep.nlp;

/**
 * One token. {@code index} is its position in {@link Document#tokens()}; {@code word} is the text
 * at {@code begin..end} as CoreNLP read it (the article's own characters, except that markup
 * entities such as {@code &amp;amp;} read as the character they stand for); {@code ner} is CoreNLP's coarse NER tag ("O"
 * when none) and {@code normalized} its normalized value ("~3500000.0", "<=8000.0") or null.
 */
public record Token(
    int index,
    int sentence,
    String word,
    String lemma,
    String pos,
    String ner,
    String normalized,
    int begin,
    int end) {

  public Span span() {
    return new Span(begin, end);
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNumber() {
    return pos.equals("CD");
  }
}
