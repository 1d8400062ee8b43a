package org.sitrep;

import java.time.Duration;

/** An article whose extraction took longer than {@link Sitrep.Config#timeout()}: code {@code TIMEOUT}. */
public final class ExtractionTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A timeout.
   *
   * @param articleDescription which article ({@code 'a1'} or {@code (no id)})
   * @param limit the time limit it exceeded
   */
  public ExtractionTimeoutException(String articleDescription, Duration limit) {
    super("article " + articleDescription + " took longer than the limit of " + limit.toMillis() + " ms");
  }

  /**
   * The contract's code for this failure.
   *
   * @return {@link ErrorCode#TIMEOUT}
   */
  public ErrorCode code() {
    return ErrorCode.TIMEOUT;
  }
}
