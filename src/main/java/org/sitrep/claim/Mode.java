package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a statement is quoted or reported. */
public enum Mode {
  /** Quoted: the content between quotation marks; wire name {@code direct}. */
  @JsonProperty("direct")
  DIRECT,
  /** Reported: the clause after a reporting verb; wire name {@code indirect}. */
  @JsonProperty("indirect")
  INDIRECT
}
