package org.sitrep.internal.nlp;

/**
 * What CoreNLP is given at most, so that the cost of an article is bounded by its length. CoreNLP
 * reads a masked copy of the text (same length, offsets unchanged), so these bounds never move an
 * offset. Measured with a 1 GB heap (docs/robustness.md): a 16,000-character token ran NER out
 * of memory (its features hold every prefix and suffix of a word), and so did the part-of-speech
 * tagger on a 28,000-token sentence; the longest run without a space in 650 real articles was
 * 77 characters and their longest sentence 352 tokens.
 */
public final class InputBounds {

  /** Longest run of characters without a space that CoreNLP sees; a longer one is masked to spaces. */
  public static final int MAX_RUN_CHARS = 256;

  /** Most tokens in a sentence that CoreNLP tags; a longer sentence is cut into pieces of this size. */
  public static final int MAX_SENTENCE_TOKENS = 400;

  /**
   * Most characters CoreNLP annotates at once: a longer text goes to it in pieces cut at line
   * breaks, so that its annotations (about a kilobyte a token) are held for one piece at a time.
   */
  public static final int MAX_SEGMENT_CHARS = 20_000;

  private InputBounds() {}
}
