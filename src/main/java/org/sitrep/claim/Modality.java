package org.sitrep.claim;

/** Whether a figure is asserted, expected, negated or hypothetical. */
public enum Modality {
  /** Stated as fact. */
  ASSERTED,
  /** Expected or forecast: "expected to rise to 12,000". */
  EXPECTED,
  /** Denied or negated. */
  NEGATED,
  /** Conditional or hypothetical. */
  HYPOTHETICAL
}
