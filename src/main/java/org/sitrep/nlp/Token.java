package org.sitrep.nlp;

/**
 * One token. {@code index} is its position in {@link Document#tokens()}; {@code word} is the text
 * at {@code begin..end} as CoreNLP read it (the article's own characters, except that markup
 * entities such as <code>&amp;amp;</code> read as the character they stand for); {@code ner} is
 * CoreNLP's coarse NER tag ("O" when none) and {@code normalized} its normalized value
 * ("~3500000.0", "&lt;=8000.0") or null.
 *
 * @param index its position in {@link Document#tokens()}
 * @param sentence the index of its sentence in {@link Document#sentences()}
 * @param word the word as CoreNLP read it
 * @param lemma its lemma, as CoreNLP gives it ("say" for "said")
 * @param pos its Penn Treebank part-of-speech tag ("NNP", "VBD", "CD")
 * @param ner its coarse NER tag (PERSON, ORGANIZATION, LOCATION, MISC, NUMBER, DATE, ...), "O" when none
 * @param normalized the NER's normalized value of a number, date or amount, or null
 * @param begin where it begins: a UTF-16 index into the article text
 * @param end where it ends, exclusive
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

  /**
   * The characters it covers.
   *
   * @return {@code begin..end}
   */
  public Span span() {
    return new Span(begin, end);
  }

  /**
   * Whether it is a noun, common or proper.
   *
   * @return true for a tag starting "NN"
   */
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  /**
   * Whether it is a proper noun.
   *
   * @return true for a tag starting "NNP"
   */
  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  /**
   * Whether it is a verb, any form.
   *
   * @return true for a tag starting "VB"
   */
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /**
   * Whether it is a cardinal number ("12", "twelve").
   *
   * @return true for the tag "CD"
   */
  public boolean isNumber() {
    return pos.equals("CD");
  }
}
