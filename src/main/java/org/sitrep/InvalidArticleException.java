package org.sitrep;

/**
 * An article that sitrep refuses, with the contract's error code saying why. An {@link
 * IllegalArgumentException}: a blank or oversized text is the caller's mistake.
 */
public final class InvalidArticleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why the article was refused. */
  private final ErrorCode code;

  /**
   * A refusal.
   *
   * @param code why: {@link ErrorCode#EMPTY_TEXT} or {@link ErrorCode#TOO_LARGE}
   * @param message what is wrong with which article
   */
  public InvalidArticleException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  /**
   * Why the article was refused.
   *
   * @return the contract's error code
   */
  public ErrorCode code() {
    return code;
  }
}
