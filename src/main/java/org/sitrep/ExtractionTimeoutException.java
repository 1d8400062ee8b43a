package org.sitrep;

import java.time.Duration;

/** An article whose extraction took longer than {@link Sitrep.Config#timeout()}: code {@code TIMEOUT}. */
public final class ExtractionTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExtractionTimeoutException(String articleDescription, Duration limit) {
    super("article " + articleDescription + " took longer than the limit of " + limit.toMillis() + " ms");
  }

  public ErrorCode code() {
    return ErrorCode.TIMEOUT;
  }
}
