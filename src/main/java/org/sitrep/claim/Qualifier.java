package org.sitrep.claim;

/** How a figure is hedged. */
public enum Qualifier {
  /** No hedge: "3,000 troops". */
  EXACT,
  /** "approximately", "around", "some". */
  APPROXIMATE,
  /** "at least". */
  AT_LEAST,
  /** "more than", "over". */
  MORE_THAN,
  /** "up to", "as many as". */
  AT_MOST,
  /** "fewer than", "under". */
  LESS_THAN,
  /** "between 3 and 5", "3 to 5": {@code low} and {@code high} are set. */
  RANGE
}
