package org.sitrep.nlp;

/**
 * What the CoreNLP pass does. {@code maxParseTokens}: sentences with more tokens are tokenized,
 * tagged and searched but not dependency-parsed, so that one run-on sentence costs little.
 */
public record NlpOptions(int maxParseTokens) {

  public static final int DEFAULT_MAX_PARSE_TOKENS = 120;

  public NlpOptions {
    if (maxParseTokens < 0) {
      throw new IllegalArgumentException("maxParseTokens must be >= 0, was " + maxParseTokens);
    }
  }

  public static NlpOptions defaults() {
    return new NlpOptions(DEFAULT_MAX_PARSE_TOKENS);
  }
}
