package org.sitrep.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sitrep.Article;

/**
 * The corpus every benchmark reads, loaded once per fork. Override with JMH's
 * {@code -p corpus=PATH} (any JSON Lines file with {@code id} and {@code text}) and
 * {@code -p quoteArticles=N} (how many of its first articles the slow quote-attribution
 * comparison reads; 0 for all).
 */
@State(Scope.Benchmark)
public class Articles {

  @Param(BenchCorpus.DEFAULT_PATH)
  public String corpus;

  @Param("10")
  public int quoteArticles;

  private BenchCorpus all;
  private BenchCorpus quoteSubset;

  @Setup(Level.Trial)
  public void load() {
    all = BenchCorpus.load(corpus, 0);
    quoteSubset = BenchCorpus.load(corpus, quoteArticles);
    // goes to the JMH log, so that every result says what it was measured on
    System.out.println("corpus: " + all.describe() + "; quote subset: " + quoteSubset.describe());
  }

  /** The whole corpus. */
  public List<Article> all() {
    return all.articles();
  }

  /** The first {@link #quoteArticles} articles, for the comparison with the quote pipeline. */
  public List<Article> quoteSubset() {
    return quoteSubset.articles();
  }
}
