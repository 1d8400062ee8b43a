package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The whole speed measurement of docs/performance.md in one command: the JMH benchmarks of this
 * package, then {@link LengthScaling} and {@link CorpusThroughput} (the 560-article scale corpus,
 * 1 and 2 threads) in this JVM (start it with {@code -Xmx2g}: those runs are the heap check), then a Markdown report with the figures and the target ratios.
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx2g -cp %classpath org.sitrep.bench.BenchMain --corpus ../shared/corpus/articles.jsonl"
 * </pre>
 *
 * Options: {@code --corpus JSONL}, {@code --quote-articles N} (articles of the quote-attribution
 * comparison, default 10, 0 for all), {@code --out DIR} (default target/bench), {@code --include
 * REGEX} (only the matching benchmarks), {@code --scale-corpus JSONL} (default
 * ../shared/corpus/extended.jsonl; {@code none} skips it), {@code --smoke} (one fork, no warm-up, one iteration,
 * one repeat: checks that everything runs, measures nothing worth reporting).
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    quietCoreNlp();
    String corpus = BenchCorpus.DEFAULT_PATH;
    int quoteArticles = 10;
    Path out = Path.of("target", "bench");
    String include = BenchMain.class.getPackageName().replace(".", "\\.") + "\\..*Benchmark.*";
    boolean smoke = false;
    String scaleCorpus = CorpusThroughput.DEFAULT_PATH;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = args[++i];
        case "--quote-articles" -> quoteArticles = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--include" -> include = args[++i];
        case "--smoke" -> smoke = true;
        case "--scale-corpus" -> scaleCorpus = args[++i];
        default -> {
          System.err.println("usage: BenchMain [--corpus JSONL] [--quote-articles N] [--out DIR] [--include REGEX] [--scale-corpus JSONL|none] [--smoke]");
          System.exit(2);
        }
      }
    }
    BenchCorpus all = BenchCorpus.load(corpus, 0);
    BenchCorpus quoteSubset = BenchCorpus.load(corpus, quoteArticles);
    Files.createDirectories(out);

    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .param("corpus", corpus)
        .param("quoteArticles", Integer.toString(quoteArticles))
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve("jmh.json").toString());
    if (smoke) {
      options.forks(1).warmupIterations(0).measurementIterations(1);
    }
    Collection<RunResult> results = new Runner(options.build()).run();

    LengthScaling.Summary scaling = LengthScaling.run(all, out.resolve("length-scaling.csv"),
        smoke ? 0 : 1, smoke ? 1 : 3);
    CorpusThroughput.Summary throughput = scaleCorpus.equals("none") ? null
        : CorpusThroughput.run(BenchCorpus.load(scaleCorpus, smoke ? 4 : 0), out.resolve("throughput.csv"),
            smoke ? 0 : 60, 1, 2);
    String report = new Report(results, all.size(), quoteSubset.size(), scaling, throughput, smoke).markdown();
    Files.writeString(out.resolve("report.md"), report, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(report);
    System.out.println("written: " + out.resolve("report.md") + ", " + out.resolve("jmh.json") + ", "
        + out.resolve("length-scaling.csv") + (throughput == null ? "" : ", " + out.resolve("throughput.csv")));
  }

  /** CoreNLP logs every model it loads at INFO; keep warnings only unless told otherwise. */
  static void quietCoreNlp() {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  /** The figures of one run, per article, and the ratios the issue sets as targets. */
  private record Report(Collection<RunResult> results, int articles, int quoteArticles,
      LengthScaling.Summary scaling, CorpusThroughput.Summary throughput, boolean smoke) {

    String markdown() {
      List<String> lines = new ArrayList<>();
      if (smoke) {
        lines.add("**SMOKE RUN (no warm-up, one iteration): not a measurement.**");
        lines.add("");
      }
      lines.add("Machine: " + machine());
      lines.add("");
      lines.add("| Benchmark | Articles | Seconds per pass (± 99.9% CI) | ms per article |");
      lines.add("|---|---:|---:|---:|");
      row(lines, "SitrepBenchmark.endToEnd", "threads=1", articles, "sitrep end to end, 1 thread");
      row(lines, "SitrepBenchmark.endToEnd", "threads=2", articles, "sitrep end to end, 2 threads");
      row(lines, "CoreNlpBenchmark.sitrepAnnotatorsRaw", null, articles, "CoreNLP alone, sitrep's annotators (plain pipeline)");
      row(lines, "CoreNlpBenchmark.sitrepAnnotators", null, articles, "CoreNLP alone, sitrep's annotators (sitrep's adapter, with conversion)");
      row(lines, "CoreNlpBenchmark.defaultNer", null, articles, "CoreNLP default tokenize,ssplit,pos,lemma,ner");
      row(lines, "SitrepBenchmark.endToEndQuoteSubset", null, quoteArticles, "sitrep end to end, 1 thread, quote subset");
      row(lines, "CoreNlpBenchmark.quoteAttribution", null, quoteArticles, "CoreNLP quote attribution (…,depparse,coref,quote), quote subset");
      for (String stage : List.of("ssplit", "pos", "lemma", "ner", "ner-3crfs")) {
        row(lines, "AnnotatorCostBenchmark.upTo", "stage=" + stage, articles,
            "sitrep's CoreNLP settings up to " + stage + " (no depparse)");
      }
      row(lines, "StartupBenchmark.buildSitrep", null, 0, "start-up: building a Sitrep");
      row(lines, "StartupBenchmark.buildDefaultNerPipeline", null, 0, "start-up: building the default NER pipeline");
      lines.add("");
      lines.add("| Target | Ratio | Goal | Met |");
      lines.add("|---|---:|---:|---|");
      Optional<Double> e2e1 = score("SitrepBenchmark.endToEnd", "threads=1");
      Optional<Double> e2e2 = score("SitrepBenchmark.endToEnd", "threads=2");
      ratio(lines, "sitrep / CoreNLP alone (plain pipeline)", e2e1, score("CoreNlpBenchmark.sitrepAnnotatorsRaw", null), 1.10, true);
      ratio(lines, "sitrep / CoreNLP alone (sitrep's adapter)", e2e1, score("CoreNlpBenchmark.sitrepAnnotators", null), 1.10, true);
      ratio(lines, "quote attribution / sitrep (same articles)", score("CoreNlpBenchmark.quoteAttribution", null),
          score("SitrepBenchmark.endToEndQuoteSubset", null), 12, false);
      ratio(lines, "default NER pipeline / sitrep", score("CoreNlpBenchmark.defaultNer", null), e2e1, 4.5, false);
      ratio(lines, "throughput 2 threads / 1 thread", e2e1, e2e2, 1.8, false);
      ratio(lines, "building a Sitrep / building the default NER pipeline", score("StartupBenchmark.buildSitrep", null),
          score("StartupBenchmark.buildDefaultNerPipeline", null), 0.45, true);
      lines.add("");
      lines.add("Length scaling and heap (LengthScaling, this JVM, one thread):");
      lines.add("");
      lines.add("```");
      lines.add(scaling.describe());
      lines.add("```");
      if (throughput != null) {
        lines.add("");
        lines.add("Scale corpus (CorpusThroughput, this JVM, one shared Sitrep, 1 then 2 worker threads):");
        lines.add("");
        lines.add("```");
        lines.add(throughput.describe());
        lines.add("```");
      }
      return String.join("\n", lines) + "\n";
    }

    /** {@code param} is "name=value" for a parametrized benchmark, else null. */
    private Optional<RunResult> find(String benchmark, String param) {
      return results.stream()
          .filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
          .filter(r -> param == null
              || param.substring(param.indexOf('=') + 1).equals(r.getParams().getParam(param.substring(0, param.indexOf('=')))))
          .findFirst();
    }

    private Optional<Double> score(String benchmark, String param) {
      return find(benchmark, param).map(r -> r.getPrimaryResult().getScore());
    }

    private void row(List<String> lines, String benchmark, String param, int perPass, String label) {
      Optional<RunResult> r = find(benchmark, param);
      String seconds = r.map(x -> String.format(Locale.ROOT, "%.2f ± %s", x.getPrimaryResult().getScore(),
          Double.isNaN(x.getPrimaryResult().getScoreError()) ? "n/a"
              : String.format(Locale.ROOT, "%.2f", x.getPrimaryResult().getScoreError()))).orElse("not run");
      String perArticle = perPass == 0 ? "" : r.map(x -> String.format(Locale.ROOT, "%.0f",
          1000 * x.getPrimaryResult().getScore() / perPass)).orElse("");
      lines.add("| " + label + " (`" + benchmark + "`) | "
          + (perPass == 0 ? "" : perPass) + " | " + seconds + " | " + perArticle + " |");
    }

    private static void ratio(List<String> lines, String label, Optional<Double> a, Optional<Double> b,
        double goal, boolean atMost) {
      if (a.isEmpty() || b.isEmpty()) {
        lines.add("| " + label + " | not run | " + (atMost ? "≤ " : "≥ ") + goal + " | |");
        return;
      }
      double value = a.get() / b.get();
      boolean met = atMost ? value <= goal : value >= goal;
      lines.add(String.format(Locale.ROOT, "| %s | %.2f | %s%s | %s |", label, value, atMost ? "≤ " : "≥ ",
          goal, met ? "yes" : "NO"));
    }

    private static String machine() {
      String cpu = "unknown CPU";
      try {
        cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
            .findFirst().orElse(cpu);
      } catch (IOException | RuntimeException e) {
        // not Linux: leave it unknown
      }
      long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getTotalMemorySize();
      return String.format(Locale.ROOT, "%s, %d cores, %d GB RAM, %s %s, Java %s (%s)", cpu,
          Runtime.getRuntime().availableProcessors(), memory >> 30, System.getProperty("os.name"),
          System.getProperty("os.arch"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }
  }
}
