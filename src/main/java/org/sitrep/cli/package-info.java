/** The command line: {@code extract}, {@code evaluate} and friends, run through {@code mvn exec:java}. */
package org.sitrep.cli;
