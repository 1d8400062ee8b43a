package org.sitrep.claim;

/** A stance's direction toward its target. */
public enum Polarity {
  /** Against the target. */
  NEGATIVE,
  /** For the target. */
  POSITIVE,
  /** Neither. */
  NEUTRAL
}
