/**
 * Deliberately bad classes, laid out like sitrep's packages under another root, to show that
 * {@code ArchitectureRules} fail on what docs/architecture.md forbids. Never used by sitrep.
 */
package org.sitrep.archfixture;
