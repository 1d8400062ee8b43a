package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The four claim types and their wire names. */
public enum ClaimType {
  /** Who said what; wire name {@code speaker}. */
  SPEAKER,
  /** A number and what it counts; wire name {@code figure}. */
  FIGURE,
  /** Who or what is where; wire name {@code location}. */
  LOCATION,
  /** A source's attitude toward a target; wire name {@code stance}. */
  STANCE;

  /**
   * The type's name in JSON.
   *
   * @return {@code speaker}, {@code figure}, {@code location} or {@code stance}
   */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
