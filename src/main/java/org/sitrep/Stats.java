package org.sitrep;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The {@code stats} block: the article's size as read, and the wall time its extraction took. */
@JsonPropertyOrder({"chars", "sentences", "tokens", "millis"})
public record Stats(int chars, int sentences, int tokens, long millis) {}
