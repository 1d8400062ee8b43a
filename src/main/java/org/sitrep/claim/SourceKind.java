package org.sitrep.claim;

/** What kind of entity a {@link Source} is. */
public enum SourceKind {
  /** A person. */
  PERSON,
  /** A ministry, an army, NATO. */
  ORGANIZATION,
  /** A news agency or paper. */
  OUTLET,
  /** A state acting as an actor. */
  COUNTRY,
  /** A force or population: "North Korean troops". */
  GROUP,
  /** A proposition, for stance targets. */
  CLAIM
}
