package org.sitrep.claim;

/** The evaluative act of a stance claim. */
public enum StanceAct {
  /** Condemns the target. */
  CONDEMN,
  /** Accuses the target. */
  ACCUSE,
  /** Criticizes the target. */
  CRITICIZE,
  /** Warns about or against the target. */
  WARN,
  /** Threatens the target. */
  THREATEN,
  /** Denies the target (a claim). */
  DENY,
  /** Confirms the target (a claim). */
  CONFIRM,
  /** Supports the target. */
  SUPPORT,
  /** Praises the target. */
  PRAISE,
  /** Urges the target, or urges that it happen. */
  URGE
}
