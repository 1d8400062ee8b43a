package org.sitrep.extract;

import org.sitrep.claim.Place;
import org.sitrep.claim.Source;

/**
 * What an {@link Extractor} may read about one article besides its {@link
 * org.sitrep.nlp.Document}: the statements that the extractors before it found, and the article's
 * one reading of who and where its words name. sitrep's own extractors name speakers, actors,
 * subjects and places through the same resolvers, so a claim of yours names "he" or "Kursk" as
 * theirs do.
 *
 * <p>sitrep builds one context per article and hands it to each extractor in turn; it is read by
 * one thread at a time. A test of an extractor may implement it with what the test needs.
 */
public interface ArticleContext {

  /**
   * The speaker claims that the extractors which ran before this one found (for the built-in
   * chain: the {@code speaker} extractor's statements, when it runs), to attribute a claim to the
   * statement that holds it ({@link Statements#attribute}).
   *
   * @return the statements so far; {@link Statements#none()} when none
   */
  Statements statements();

  /**
   * The source that the word at {@code token} stands for, read as sitrep's own extractors read
   * it: a name as the fullest form the article uses, with its kind, title and country; a pronoun
   * ("she", "they") resolved to what it refers to; "the minister" to the one minister the article
   * names; a relative pronoun to its noun; a bare number to what it counts ("200 of them").
   *
   * @param token a token index into {@link org.sitrep.nlp.Document#tokens()}
   * @return the source, with the words at {@code token} as its mention; null for "I", "we" and
   *     "you" (the statement's speaker) and for words that name nothing
   * @throws IndexOutOfBoundsException for a token outside the document
   */
  Source source(int token);

  /**
   * The place named by the words that hold {@code token}, resolved in the article's context
   * (countries the article names first; a region once read stays that region; an unlisted name
   * takes the country the article places it in).
   *
   * @param token a token index into {@link org.sitrep.nlp.Document#tokens()}
   * @return the place, or null when {@code token} is no part of a place name
   * @throws IndexOutOfBoundsException for a token outside the document
   */
  Place place(int token);
}
