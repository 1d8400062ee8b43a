package org.sitrep.claim;

/** What kind of place a {@link Place} is. */
public enum PlaceKind {
  COUNTRY,
  REGION,
  CITY,
  FEATURE,
  OTHER
}
