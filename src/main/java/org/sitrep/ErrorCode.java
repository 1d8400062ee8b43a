package org.sitrep;

/** Stable codes for an article that could not be processed. */
public enum ErrorCode {
  /** The text is null, empty or only whitespace. */
  EMPTY_TEXT,
  /** The text is longer than the configured maximum. */
  TOO_LARGE,
  /** Binary or undecodable input. */
  NOT_TEXT,
  /** A JSON Lines record that is not JSON or has no text. */
  BAD_INPUT_LINE,
  /** Extraction took longer than the per-article time limit. */
  TIMEOUT,
  /**
   * The heap ran out during this article's extraction (it, or it and what ran beside it, needed
   * more memory than the JVM has); the batch goes on. Retrying it alone or with a larger heap may
   * succeed.
   */
  OUT_OF_MEMORY,
  /** A bug: the message says what failed. */
  INTERNAL
}
