package org.sitrep.claim;

/** What kind of entity a {@link Source} is. */
public enum SourceKind {
  PERSON,
  ORGANIZATION,
  OUTLET,
  COUNTRY,
  GROUP,
  CLAIM
}
