package org.sitrep.claim;

/** Whether a figure is asserted, expected, negated or hypothetical. */
public enum Modality {
  ASSERTED,
  EXPECTED,
  NEGATED,
  HYPOTHETICAL
}
