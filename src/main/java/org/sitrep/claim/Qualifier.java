package org.sitrep.claim;

/** How a figure is hedged. */
public enum Qualifier {
  EXACT,
  APPROXIMATE,
  AT_LEAST,
  MORE_THAN,
  AT_MOST,
  LESS_THAN,
  RANGE
}
