package org.sitrep.claim;

/** A stance's direction toward its target. */
public enum Polarity {
  NEGATIVE,
  POSITIVE,
  NEUTRAL
}
