package org.sitrep.archfixture.claim;

/** Allowed: a value of the claim model that uses nothing. */
public record Verdict(String name) {}
