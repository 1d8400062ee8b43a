package org.sitrep.nlp;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which sentences get a dependency parse: the parse is most of the CoreNLP pass's cost
 * (docs/performance.md), and a sentence that holds nothing an extractor reads (no quotation mark,
 * no cue word, no number, no place candidate) does not need it. A sentence the filter turns down
 * is tokenized, tagged and searched like any other, and comes out with {@link Sentence#parsed()}
 * false and no dependencies, as a sentence over the builder's {@code maxParseTokens} does.
 *
 * <p>The extractors say what they read; {@link #ALL} (the default) parses every sentence.
 */
@FunctionalInterface
public interface ParseFilter {

  /** Parses every sentence up to the builder's {@code maxParseTokens} tokens. */
  ParseFilter ALL = tokens -> true;

  /**
   * Whether the sentence made of {@code tokens} is to be parsed.
   *
   * @param tokens the sentence's tokens, with word, lemma, part of speech, NER tag, normalized
   *     value and offsets; their {@code index} is their position in the document
   * @return true to parse it
   */
  boolean needsParse(List<Token> tokens);

  /**
   * Parses a sentence when this filter or {@code other} wants it.
   *
   * @param other the other filter
   * @return the union of the two; {@link #ALL} when either is
   */
  default ParseFilter or(ParseFilter other) {
    if (this == ALL || other == ALL) {
      return ALL;
    }
    return tokens -> needsParse(tokens) || other.needsParse(tokens);
  }

  /**
   * Parses a sentence that has at least one token {@code test} accepts.
   *
   * @param test what a token must be for its sentence to be parsed
   * @return the filter
   */
  static ParseFilter anyToken(Predicate<Token> test) {
    return tokens -> {
      for (Token t : tokens) {
        if (test.test(t)) {
          return true;
        }
      }
      return false;
    };
  }

  /** Parses no sentence: the neutral start of a union of filters. */
  ParseFilter NONE = tokens -> false;
}
