package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a statement is quoted or reported. */
public enum Mode {
  @JsonProperty("direct")
  DIRECT,
  @JsonProperty("indirect")
  INDIRECT
}
