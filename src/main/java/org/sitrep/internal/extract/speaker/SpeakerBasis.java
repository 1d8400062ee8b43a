package org.sitrep.internal.extract.speaker;

import org.sitrep.internal.extract.source.Reference;

/**
 * How a statement's speaker was found, and the one place ({@link #confidence}) that turns it into
 * the claim's {@code confidence}.
 */
enum SpeakerBasis {
  /** The reporting word's own speaker words name someone: "Anna Kovalenko said", "said the ministry". */
  NAMED,
  /** They are a role that stands for a person the article names: "the Afghan president said". */
  ROLE,
  /** They are a pronoun, resolved: "she said". */
  PRONOUN,
  /** They are a description: "officials said", "a witness told". */
  DESCRIPTION,
  /** No speaker of its own: the previous statement's, in the same paragraph. */
  CONTINUATION,
  /** The speaker of another clause of the sentence: "..., saying", "X said A and warned B". */
  NEARBY_CLAUSE,
  /** No speaker of its own: the previous statement's, a paragraph or two back. */
  PARAGRAPH;

  /**
   * The claim's confidence for a speaker found this way, in bands whose precision was measured on
   * the development sets (docs/evaluation.md, "Confidence by how the speaker was found"): a speaker
   * named, resolved or continued within its paragraph is right as often as the others of that band
   * (their differences are within sampling error), one borrowed from another clause less often,
   * one carried over from an earlier paragraph about half the time.
   */
  double confidence() {
    return switch (this) {
      case NAMED, ROLE, PRONOUN, DESCRIPTION, CONTINUATION -> 0.9;
      case NEARBY_CLAUSE -> 0.75;
      case PARAGRAPH -> 0.5;
    };
  }

  /** The basis of a speaker named by the words of a reporting word's own subject. */
  static SpeakerBasis of(Reference reference) {
    return switch (reference) {
      case NAME -> NAMED;
      case ROLE -> ROLE;
      case PRONOUN -> PRONOUN;
      case DESCRIPTION -> DESCRIPTION;
    };
  }
}
