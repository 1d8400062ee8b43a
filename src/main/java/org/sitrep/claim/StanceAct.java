package org.sitrep.claim;

/** The evaluative act of a stance claim. */
public enum StanceAct {
  CONDEMN,
  ACCUSE,
  CRITICIZE,
  WARN,
  THREATEN,
  DENY,
  CONFIRM,
  SUPPORT,
  PRAISE,
  URGE
}
