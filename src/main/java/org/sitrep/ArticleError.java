package org.sitrep;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The {@code error} block of an article that could not be processed.
 *
 * @param code why, as the contract's stable code
 * @param message what went wrong, for a person
 */
@JsonPropertyOrder({"code", "message"})
public record ArticleError(ErrorCode code, String message) {

  /**
   * Checks that a code is given.
   *
   * @param code why, as the contract's stable code
   * @param message what went wrong, for a person
   */
  public ArticleError {
    if (code == null) {
      throw new IllegalArgumentException("an error needs a code");
    }
  }
}
