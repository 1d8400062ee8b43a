package org.sitrep.spark;

import org.sitrep.Sitrep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link Sitrep} of this JVM. Spark runs tasks as threads of an executor JVM, and a
 * {@code Sitrep} is thread-safe, so all tasks of an executor share it: CoreNLP's models load
 * once per executor, on the first partition it processes, never per task or per row. In local
 * mode the driver is the executor, so the driver JVM holds it.
 */
public final class ExecutorSitrep {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutorSitrep.class);

  private static Sitrep instance;

  private ExecutorSitrep() {}

  /**
   * This JVM's {@code Sitrep}, built with the default settings on first use.
   *
   * @return the instance
   */
  public static synchronized Sitrep get() {
    if (instance == null) {
      long start = System.nanoTime();
      instance = Sitrep.builder().build();
      // The time the first task of an executor waits before its first article; on a cluster it
      // shows in the executor's log (see docs/spark.md).
      LOG.info("sitrep models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
    return instance;
  }

  /**
   * Makes {@code sitrep} this JVM's instance, for a host that has already built one (a test, an
   * application running Spark in local mode). Has no effect on the executors of a cluster.
   *
   * @param sitrep the instance to use
   */
  public static synchronized void use(Sitrep sitrep) {
    if (sitrep == null) {
      throw new IllegalArgumentException("sitrep");
    }
    instance = sitrep;
  }
}
