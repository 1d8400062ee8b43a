package org.sitrep.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.Article;
import org.sitrep.ArticleClaims;
import org.sitrep.Sitrep;
import org.sitrep.json.SitrepJson;

/**
 * How sitrep's cost grows with article length, and how much heap the corpus needs: after
 * warm-up passes, times {@code extract} + JSON for every article on one thread (median of a few
 * repeats) and writes {@code id,chars,sentences,tokens,ms} as CSV. Not a JMH benchmark: it
 * wants one number per article, not one per pass.
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx2g -cp %classpath org.sitrep.bench.LengthScaling \
 *   --corpus ../shared/corpus/articles.jsonl --out target/bench/length-scaling.csv"
 * </pre>
 */
public final class LengthScaling {

  /** One article's cost. */
  record Row(String id, int chars, int sentences, int tokens, double millis) {}

  /** What the run found; see {@link #describe()}. */
  record Summary(List<Row> rows, double intercept, double msPerKiloToken, double r2, double exponent,
      double shortThirdMsPerKiloToken, double longThirdMsPerKiloToken, long maxLiveAfterGc,
      long sumOfPoolPeaks, long maxHeap, long collections) {

    String describe() {
      return String.format(Locale.ROOT, String.join("\n",
          "articles: %d, tokens: %d to %d",
          "least squares: ms = %.1f + %.2f per 1000 tokens (R^2 %.3f)",
          "log-log slope (1 = linear, 2 = quadratic): %.2f",
          "ms per 1000 tokens: shortest third %.1f, longest third %.1f",
          "heap: max %d MB; most live after a GC %d MB; sum of pool peaks %d MB (upper bound); %d GCs"),
          rows.size(), rows.stream().mapToInt(Row::tokens).min().orElse(0),
          rows.stream().mapToInt(Row::tokens).max().orElse(0), intercept, msPerKiloToken, r2, exponent,
          shortThirdMsPerKiloToken, longThirdMsPerKiloToken, maxHeap >> 20, maxLiveAfterGc >> 20,
          sumOfPoolPeaks >> 20, collections);
    }
  }

  private LengthScaling() {}

  public static void main(String[] args) throws IOException {
    BenchMain.quietCoreNlp();
    String corpus = BenchCorpus.DEFAULT_PATH;
    Path out = Path.of("target", "bench", "length-scaling.csv");
    int warmups = 1;
    int repeats = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = args[++i];
        case "--out" -> out = Path.of(args[++i]);
        case "--warmups" -> warmups = Integer.parseInt(args[++i]);
        case "--repeats" -> repeats = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: LengthScaling [--corpus JSONL] [--out CSV] [--warmups N] [--repeats N]");
          System.exit(2);
        }
      }
    }
    Summary summary = run(BenchCorpus.load(corpus, 0), out, warmups, repeats);
    System.out.println(summary.describe());
    System.out.println("per-article CSV: " + out);
  }

  static Summary run(BenchCorpus corpus, Path csv, int warmups, int repeats) throws IOException {
    try (HeapWatch heap = new HeapWatch()) {
      Sitrep sitrep = Sitrep.builder().build();
      for (int pass = 0; pass < warmups; pass++) {
        for (Article article : corpus.articles()) {
          SitrepJson.toLine(sitrep.extract(article));
        }
      }
      List<Row> rows = new ArrayList<>();
      for (Article article : corpus.articles()) {
        double[] times = new double[Math.max(1, repeats)];
        ArticleClaims result = null;
        for (int r = 0; r < times.length; r++) {
          long start = System.nanoTime();
          result = sitrep.extract(article);
          SitrepJson.toLine(result);
          times[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        rows.add(new Row(article.id(), article.text().length(), result.stats().sentences(),
            result.stats().tokens(), times[times.length / 2]));
      }
      write(rows, csv);
      return summarize(rows, heap);
    }
  }

  private static void write(List<Row> rows, Path csv) throws IOException {
    if (csv.getParent() != null) {
      Files.createDirectories(csv.getParent());
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
      w.println("id,chars,sentences,tokens,ms");
      for (Row r : rows) {
        w.printf(Locale.ROOT, "%s,%d,%d,%d,%.1f%n", r.id(), r.chars(), r.sentences(), r.tokens(), r.millis());
      }
    }
  }

  private static Summary summarize(List<Row> rows, HeapWatch heap) {
    int n = rows.size();
    double[] x = rows.stream().mapToDouble(Row::tokens).toArray();
    double[] y = rows.stream().mapToDouble(Row::millis).toArray();
    double[] fit = leastSquares(x, y);
    double[] logFit = leastSquares(Arrays.stream(x).map(Math::log).toArray(), Arrays.stream(y).map(Math::log).toArray());
    List<Row> byLength = rows.stream().sorted(Comparator.comparingInt(Row::tokens)).toList();
    int third = Math.max(1, n / 3);
    return new Summary(rows, fit[0], fit[1] * 1000, fit[2], logFit[1],
        msPerKiloToken(byLength.subList(0, third)), msPerKiloToken(byLength.subList(n - third, n)),
        heap.maxLiveAfterGc(), HeapWatch.sumOfPoolPeaks(), HeapWatch.maxHeap(), heap.collections());
  }

  private static double msPerKiloToken(List<Row> rows) {
    double ms = rows.stream().mapToDouble(Row::millis).sum();
    double tokens = rows.stream().mapToDouble(Row::tokens).sum();
    return tokens == 0 ? 0 : 1000 * ms / tokens;
  }

  /** {intercept, slope, R^2} of y = a + b x; NaN where one point or equal x make it undefined. */
  private static double[] leastSquares(double[] x, double[] y) {
    int n = x.length;
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - mx) * (x[i] - mx);
      sxy += (x[i] - mx) * (y[i] - my);
      syy += (y[i] - my) * (y[i] - my);
    }
    double slope = sxy / sxx;
    double r2 = sxy * sxy / (sxx * syy);
    return new double[] {my - slope * mx, slope, r2};
  }
}
