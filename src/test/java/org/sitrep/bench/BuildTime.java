package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.sitrep.Sitrep;

/**
 * Developer's tool: the wall and process CPU time of one {@code Sitrep.builder().build()} in this
 * (fresh) JVM, without JMH: for start-up checks on a shared machine, run a few times. {@code
 * --default-ner} times CoreNLP's default NER pipeline instead. After a {@code Sitrep} build it
 * also times three extractions of the founding article, to show what start-up leaves to the first.
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx2g -cp %classpath org.sitrep.bench.BuildTime"
 * </pre>
 */
public final class BuildTime {

  private BuildTime() {}

  public static void main(String[] args) {
    boolean defaultNer = args.length > 0 && args[0].equals("--default-ner");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    Object built = defaultNer ? CoreNlpBenchmark.pipeline(CoreNlpBenchmark.DEFAULT_NER) : Sitrep.builder().build();
    long wall = System.nanoTime() - t0;
    long cpu = os.getProcessCpuTime() - cpu0;
    System.out.printf(Locale.ROOT, "%s: %.2f s wall, %.2f s process CPU (load average %.2f)%n",
        defaultNer ? "default NER pipeline" : "Sitrep", wall / 1e9, cpu / 1e9, os.getSystemLoadAverage());
    if (built == null) {
      throw new IllegalStateException();
    }
    if (built instanceof Sitrep sitrep) {
      // what start-up left to the first article: the parser computes its precomputed rows on first use
      String text;
      try {
        text = java.nio.file.Files.readString(java.nio.file.Path.of("samples", "seed-001.txt"));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      for (int pass = 1; pass <= 3; pass++) {
        long t = System.nanoTime();
        sitrep.extract(org.sitrep.Article.of("seed-001", text));
        System.out.printf(Locale.ROOT, "extract samples/seed-001.txt, pass %d: %.2f s wall%n", pass,
            (System.nanoTime() - t) / 1e9);
      }
    }
  }
}
