package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The four claim types and their wire names. */
public enum ClaimType {
  SPEAKER,
  FIGURE,
  LOCATION,
  STANCE;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
