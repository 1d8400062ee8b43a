package org.sitrep.claim;

/** What kind of place a {@link Place} is. */
public enum PlaceKind {
  /** A country. */
  COUNTRY,
  /** A first-level or other named region. */
  REGION,
  /** A city, town or village. */
  CITY,
  /** A river, sea, base, bridge or plant. */
  FEATURE,
  /** Anything else: "occupied territories". */
  OTHER
}
