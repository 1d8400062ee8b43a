package org.sitrep;

/** An article that sitrep refuses, with the contract's error code saying why. */
public final class InvalidArticleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public InvalidArticleException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
