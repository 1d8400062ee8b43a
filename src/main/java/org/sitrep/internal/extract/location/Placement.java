package org.sitrep.internal.extract.location;

/**
 * How a place mention is placed: the lemma of the placing word, the token of what is placed
 * (-1 when the sentence does not say), and how sure the rule that found it is.
 */
record Placement(String predicate, int subject, double confidence) {}
