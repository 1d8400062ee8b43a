package org.sitrep.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.Article;
import org.sitrep.Sitrep;
import org.sitrep.json.SitrepJson;

/**
 * sitrep end to end, text in and JSON out: {@code Sitrep.extract} and {@code SitrepJson.toLine}
 * for every article. One operation is one pass over the corpus; divide by the number of articles
 * for the time per article. Runs in a 2 GB heap, the limit sitrep promises to stay within.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g", BenchLogging.QUIET})
public class SitrepBenchmark {

  /** One {@code Sitrep}, built once per fork and shared by all worker threads. */
  @State(Scope.Benchmark)
  public static class Engine {
    Sitrep sitrep;

    @Setup(Level.Trial)
    public void build() {
      sitrep = Sitrep.builder().build();
    }
  }

  /**
   * The worker threads. Articles are handed out one at a time, so a long article does not leave
   * the other thread idle while it waits for a fixed half of the corpus.
   */
  @State(Scope.Benchmark)
  public static class Workers {
    @Param({"1", "2"})
    public int threads;

    ExecutorService executor;

    @Setup(Level.Trial)
    public void start() {
      executor = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void stop() {
      executor.shutdownNow();
    }
  }

  /** The whole corpus through one shared {@code Sitrep}, on 1 or 2 worker threads. */
  @Benchmark
  public void endToEnd(Articles articles, Engine engine, Workers workers, Blackhole sink)
      throws InterruptedException, ExecutionException {
    List<Future<String>> lines = new ArrayList<>(articles.all().size());
    for (Article article : articles.all()) {
      lines.add(workers.executor.submit(() -> SitrepJson.toLine(engine.sitrep.extract(article))));
    }
    for (Future<String> line : lines) {
      sink.consume(line.get());
    }
  }

  /**
   * The same work on one thread over the articles that {@code CoreNlpBenchmark.quoteAttribution}
   * reads, so that the two are compared on the same texts.
   */
  @Benchmark
  public void endToEndQuoteSubset(Articles articles, Engine engine, Blackhole sink) {
    for (Article article : articles.quoteSubset()) {
      sink.consume(SitrepJson.toLine(engine.sitrep.extract(article)));
    }
  }
}
