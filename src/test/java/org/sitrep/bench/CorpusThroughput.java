package org.sitrep.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.Article;
import org.sitrep.ArticleClaims;
import org.sitrep.Sitrep;
import org.sitrep.json.SitrepJson;

/**
 * The scale corpus as a batch user runs it: every article of a large JSON Lines file (by default
 * {@code ../shared/corpus/extended.jsonl}, 560 articles) through one shared {@code Sitrep} with
 * its default settings, text in and JSON out, on 1 and then 2 worker threads that take articles
 * one at a time. Reports articles per second for each, the CPU the process spent per article, the
 * time in garbage collection, the most heap live after any collection in each quarter of each
 * run (flat = no growth over the run) and how the time per article grows with its length on one
 * thread. Not a JMH benchmark: one pass per thread count is already minutes, and what it checks
 * (heap, linearity) wants the whole run, not a score per iteration. Run it in a JVM started with
 * {@code -Xmx2g}: finishing is the heap check.
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx2g -cp %classpath org.sitrep.bench.CorpusThroughput \
 *   --corpus ../shared/corpus/extended.jsonl --out target/bench/throughput.csv"
 * </pre>
 */
public final class CorpusThroughput {

  /** The default scale corpus, relative to the project directory. */
  static final String DEFAULT_PATH = "../shared/corpus/extended.jsonl";

  /** One article of one run. */
  record Row(int threads, String id, int chars, int tokens, double millis) {}

  /** One pass over the corpus with a number of threads. */
  record Run(int threads, int articles, double seconds, double cpuSeconds, double gcSeconds,
      long[] liveAfterGcByQuarter) {

    double articlesPerSecond() {
      return articles / seconds;
    }

    String describe() {
      StringBuilder quarters = new StringBuilder();
      for (long q : liveAfterGcByQuarter) {
        quarters.append(quarters.length() == 0 ? "" : ", ").append(q < 0 ? "no GC" : (q >> 20) + " MB");
      }
      return String.format(Locale.ROOT,
          "%d thread%s: %d articles in %.1f s = %.2f articles/s; process CPU %.0f ms/article; GC %.1f s (%.0f%% of wall);"
              + " most live after a GC by quarter of the run: %s",
          threads, threads == 1 ? "" : "s", articles, seconds, articlesPerSecond(), 1000 * cpuSeconds / articles,
          gcSeconds, 100 * gcSeconds / seconds, quarters);
    }
  }

  /** What {@link #run} found. */
  record Summary(int articles, long chars, List<Run> runs, double logLogSlope, double shortThirdMsPerKiloToken,
      double longThirdMsPerKiloToken, long maxLiveAfterGc, long maxHeap, long collections) {

    String describe() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "corpus: %d articles, %d chars", articles, chars));
      for (Run r : runs) {
        lines.add(r.describe());
      }
      if (runs.size() >= 2) {
        lines.add(String.format(Locale.ROOT, "throughput %d threads / %d thread: %.2f", runs.get(1).threads(),
            runs.get(0).threads(), runs.get(1).articlesPerSecond() / runs.get(0).articlesPerSecond()));
      }
      lines.add(String.format(Locale.ROOT,
          "length (first run): log-log slope %.2f (1 = linear); ms per 1000 tokens: shortest third %.1f, longest third %.1f",
          logLogSlope, shortThirdMsPerKiloToken, longThirdMsPerKiloToken));
      lines.add(String.format(Locale.ROOT, "heap: max %d MB; most live after a GC %d MB; %d GCs", maxHeap >> 20,
          maxLiveAfterGc >> 20, collections));
      return String.join("\n", lines);
    }
  }

  private CorpusThroughput() {}

  public static void main(String[] args) throws Exception {
    BenchMain.quietCoreNlp();
    String corpus = DEFAULT_PATH;
    Path out = Path.of("target", "bench", "throughput.csv");
    int warmup = 60;
    int[] threads = {1, 2};
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = args[++i];
        case "--out" -> out = Path.of(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        default -> {
          System.err.println("usage: CorpusThroughput [--corpus JSONL] [--out CSV] [--warmup ARTICLES] [--threads 1,2]");
          System.exit(2);
        }
      }
    }
    Summary summary = run(BenchCorpus.load(corpus, 0), out, warmup, threads);
    System.out.println(summary.describe());
    System.out.println("per-article CSV: " + out);
  }

  /**
   * Builds a {@code Sitrep}, extracts the first {@code warmup} articles once (JIT), then the whole
   * corpus once per entry of {@code threads}; writes {@code threads,id,chars,tokens,ms} per article.
   */
  static Summary run(BenchCorpus corpus, Path csv, int warmup, int... threads)
      throws IOException, InterruptedException, ExecutionException {
    try (HeapWatch heap = new HeapWatch()) {
      Sitrep sitrep = Sitrep.builder().build();
      List<Article> articles = corpus.articles();
      for (Article a : articles.subList(0, Math.min(warmup, articles.size()))) {
        SitrepJson.toLine(sitrep.extract(a));
      }
      List<Run> runs = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      for (int t : threads) {
        runs.add(pass(sitrep, articles, t, heap, rows));
      }
      write(rows, csv);
      List<Row> first = rows.stream().filter(r -> r.threads() == threads[0]).toList();
      double[] x = first.stream().mapToDouble(r -> Math.log(r.tokens())).toArray();
      double[] y = first.stream().mapToDouble(r -> Math.log(r.millis())).toArray();
      List<Row> byLength = first.stream().sorted((a, b) -> Integer.compare(a.tokens(), b.tokens())).toList();
      int third = Math.max(1, byLength.size() / 3);
      return new Summary(articles.size(), corpus.chars(), runs, slope(x, y),
          msPerKiloToken(byLength.subList(0, third)), msPerKiloToken(byLength.subList(byLength.size() - third, byLength.size())),
          heap.maxLiveAfterGc(), HeapWatch.maxHeap(), heap.collections());
    }
  }

  private static Run pass(Sitrep sitrep, List<Article> articles, int threads, HeapWatch heap, List<Row> rows)
      throws InterruptedException, ExecutionException {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long cpu0 = os.getProcessCpuTime();
      long gc0 = gcMillis();
      long start = System.nanoTime();
      List<Future<Row>> futures = new ArrayList<>(articles.size());
      for (Article a : articles) {
        futures.add(pool.submit(() -> {
          long t = System.nanoTime();
          ArticleClaims claims = sitrep.extract(a);
          SitrepJson.toLine(claims);
          return new Row(threads, a.id(), a.text().length(), claims.stats().tokens(), (System.nanoTime() - t) / 1e6);
        }));
      }
      for (Future<Row> f : futures) {
        rows.add(f.get());
      }
      long end = System.nanoTime();
      long[] quarters = new long[4];
      for (int q = 0; q < 4; q++) {
        quarters[q] = heap.maxLiveAfterGcBetween(start + (end - start) * q / 4, start + (end - start) * (q + 1) / 4);
      }
      return new Run(threads, articles.size(), (end - start) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9,
          (gcMillis() - gc0) / 1e3, quarters);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static void write(List<Row> rows, Path csv) throws IOException {
    if (csv.getParent() != null) {
      Files.createDirectories(csv.getParent());
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
      w.println("threads,id,chars,tokens,ms");
      for (Row r : rows) {
        w.printf(Locale.ROOT, "%d,%s,%d,%d,%.1f%n", r.threads(), r.id(), r.chars(), r.tokens(), r.millis());
      }
    }
  }

  private static double msPerKiloToken(List<Row> rows) {
    double ms = rows.stream().mapToDouble(Row::millis).sum();
    double tokens = rows.stream().mapToDouble(Row::tokens).sum();
    return tokens == 0 ? 0 : 1000 * ms / tokens;
  }

  /** The least-squares slope of y on x; NaN for fewer than two distinct x. */
  private static double slope(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < x.length; i++) {
      sxx += (x[i] - mx) * (x[i] - mx);
      sxy += (x[i] - mx) * (y[i] - my);
    }
    return sxy / sxx;
  }
}
