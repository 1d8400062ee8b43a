package org.sitrep.bench;

/** JVM flags shared by the benchmark forks. */
final class BenchLogging {

  /** CoreNLP logs every model it loads at INFO through SLF4J; the forks keep warnings only. */
  static final String QUIET = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn";

  private BenchLogging() {}
}
