package org.sitrep;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The {@code error} block of an article that could not be processed. */
@JsonPropertyOrder({"code", "message"})
public record ArticleError(ErrorCode code, String message) {

  public ArticleError {
    if (code == null) {
      throw new IllegalArgumentException("an error needs a code");
    }
  }
}
