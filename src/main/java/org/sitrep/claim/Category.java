package org.sitrep.claim;

/** What a figure counts. */
public enum Category {
  PERSONNEL,
  MUNITIONS,
  EQUIPMENT,
  KILLED,
  WOUNDED,
  CASUALTIES,
  CAPTURED,
  MISSING,
  DISPLACED,
  MONEY,
  DURATION,
  DISTANCE,
  AREA,
  OTHER
}
