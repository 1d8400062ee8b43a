package org.sitrep.claim;

/** What a figure counts. */
public enum Category {
  /** Troops, fighters, staff: people deployed or serving ("10,000 North Korean soldiers"). */
  PERSONNEL,
  /** Shells, missiles, rounds, drones used as weapons. */
  MUNITIONS,
  /** Vehicles, aircraft, systems and other materiel. */
  EQUIPMENT,
  /** People killed. */
  KILLED,
  /** People wounded. */
  WOUNDED,
  /** Killed and wounded counted together. */
  CASUALTIES,
  /** People captured or taken prisoner. */
  CAPTURED,
  /** People missing. */
  MISSING,
  /** People displaced, evacuated or fled. */
  DISPLACED,
  /** Amounts of money (aid, budgets, damages). */
  MONEY,
  /** Lengths of time ("two years"). */
  DURATION,
  /** Distances ("30 kilometres"). */
  DISTANCE,
  /** Areas ("1,000 square kilometres"). */
  AREA,
  /** Anything else a figure counts. */
  OTHER
}
