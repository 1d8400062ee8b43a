package org.sitrep.internal.nlp;

import org.sitrep.nlp.ParseFilter;

import java.util.Objects;

/**
 * What the CoreNLP pass does. {@code maxParseTokens}: sentences with more tokens are tokenized,
 * tagged and searched but not dependency-parsed, so that one run-on sentence costs little;
 * {@code parseFilter}: which of the other sentences are parsed ({@link ParseFilter#ALL} by
 * default).
 */
public record NlpOptions(int maxParseTokens, ParseFilter parseFilter) {

  public static final int DEFAULT_MAX_PARSE_TOKENS = 120;

  public NlpOptions {
    if (maxParseTokens < 0) {
      throw new IllegalArgumentException("maxParseTokens must be >= 0, was " + maxParseTokens);
    }
    Objects.requireNonNull(parseFilter, "parseFilter");
  }

  /** Every sentence of at most {@code maxParseTokens} tokens parsed. */
  public NlpOptions(int maxParseTokens) {
    this(maxParseTokens, ParseFilter.ALL);
  }

  public static NlpOptions defaults() {
    return new NlpOptions(DEFAULT_MAX_PARSE_TOKENS);
  }
}
