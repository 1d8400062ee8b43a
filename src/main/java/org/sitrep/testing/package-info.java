/**
 * Fluent AssertJ assertions on claims, for the tests of code that uses sitrep: who said what,
 * which figure with which unit, which place. AssertJ is an optional dependency of sitrep: add
 * {@code org.assertj:assertj-core} to your test scope to use this package; nothing else of sitrep
 * needs it.
 *
 * <pre>{@code
 * SitrepAssertions.assertThat(result)
 *     .hasNoError()
 *     .hasStatement("Ines Pardo", "civilians were killed")
 *     .hasFigure(12, "civilian", Category.KILLED)
 *     .hasLocation("civilians", "Kharkiv");
 * }</pre>
 */
package org.sitrep.testing;
