package org.sitrep;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.sitrep.claim.Claim;
import org.sitrep.extract.ExtractorChain;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.NlpOptions;

/**
 * The entry point: reads an article and returns its claims.
 *
 * <p>Build one with {@link #builder()} (it loads CoreNLP's models: seconds and about a gigabyte
 * of heap), then share it: a {@code Sitrep} is immutable and safe for concurrent use by any
 * number of threads.
 *
 * <pre>{@code
 * Sitrep sitrep = Sitrep.builder().build();
 * ArticleClaims result = sitrep.extract(Article.of("a1", text));
 * }</pre>
 */
public final class Sitrep {

  /** The library version written into provenance. */
  public static final String VERSION = "0.1.0";

  private final Config config;
  private final CoreNlpAnnotator annotator;
  private final ExtractorChain chain;

  /** Runs extractions that have a time limit, one worker per processor (see ExtractionWorkers). */
  private final ExtractionWorkers timed;

  private Sitrep(Config config) {
    this.config = config;
    this.annotator = new CoreNlpAnnotator(new NlpOptions(config.maxParseTokens()));
    this.chain = Extractors.chain();
    this.timed = config.timeout().isZero() ? null
        : new ExtractionWorkers(Runtime.getRuntime().availableProcessors(), config.timeout());
  }

  public static Builder builder() {
    return new Builder();
  }

  public Config config() {
    return config;
  }

  /** The ids of the extractors that run, in order. */
  public List<String> extractorIds() {
    return chain.ids();
  }

  /** Extracts claims from a bare text (no id, title, source or date). */
  public ArticleClaims extract(String text) {
    return extract(Article.of(text));
  }

  /**
   * Extracts the claims of one article.
   *
   * @throws InvalidArticleException (an {@link IllegalArgumentException}) for a null or blank
   *     text ({@link ErrorCode#EMPTY_TEXT}) or one longer than {@link Config#maxChars()} ({@link
   *     ErrorCode#TOO_LARGE})
   * @throws ExtractionTimeoutException when the extraction takes longer than {@link
   *     Config#timeout()} (the work is interrupted and stops at its next sentence or step; until
   *     then it keeps its worker, so runaways never run more extractions at once than there are
   *     processors)
   */
  public ArticleClaims extract(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    if (text == null || isBlank(text)) {
      throw new InvalidArticleException(ErrorCode.EMPTY_TEXT,
          "article " + describe(article) + " has " + (text == null ? "no text" : "a blank text"));
    }
    if (text.length() > config.maxChars()) {
      throw new InvalidArticleException(ErrorCode.TOO_LARGE, "article " + describe(article) + " has "
          + text.length() + " characters, over the limit of " + config.maxChars());
    }
    if (timed == null) {
      return extractChecked(article, () -> false);
    }
    try {
      return timed.run(stopRequested -> extractChecked(article, stopRequested));
    } catch (TimeoutException e) {
      throw new ExtractionTimeoutException(describe(article), config.timeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting article " + describe(article), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("extraction of article " + describe(article) + " failed", cause);
    }
  }

  private ArticleClaims extractChecked(Article article, BooleanSupplier stopRequested) {
    String text = article.text();
    long start = System.nanoTime();
    Document doc = annotator.annotate(text, stopRequested);
    if (Thread.currentThread().isInterrupted() || stopRequested.getAsBoolean()) {
      throw new CancellationException("extraction of article " + describe(article) + " interrupted");
    }
    List<Claim> claims = chain.run(doc);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Stats stats = new Stats(text.length(), doc.sentences().size(), doc.tokens().size(), millis);
    return ArticleClaims.of(ArticleInfo.of(article), stats, claims);
  }

  /** The annotation sitrep's extractors read, for tools and tests that look beneath the claims. */
  public Document annotate(String text) {
    return annotator.annotate(text);
  }

  /** Blank: nothing but whitespace, space separators (no-break spaces too) and control characters. */
  private static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c));
  }

  private static String describe(Article article) {
    return article.id() == null ? "(no id)" : "'" + article.id() + "'";
  }

  /** Settings of a {@link Sitrep}; see {@link Builder} for their meaning and defaults. */
  public record Config(int maxChars, int maxParseTokens, Duration timeout) {

    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public Config {
      if (maxChars < 1) {
        throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
      }
      if (maxParseTokens < 0) {
        throw new IllegalArgumentException("maxParseTokens must be at least 0, was " + maxParseTokens);
      }
      if (timeout == null || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be zero (no limit) or positive, was " + timeout);
      }
    }
  }

  /** Builds a {@link Sitrep}. Not thread-safe; the {@code Sitrep} it builds is. */
  public static final class Builder {
    private int maxChars = Config.DEFAULT_MAX_CHARS;
    private int maxParseTokens = NlpOptions.DEFAULT_MAX_PARSE_TOKENS;
    private Duration timeout = Config.DEFAULT_TIMEOUT;

    private Builder() {}

    /** Longest text accepted, in UTF-16 chars (default 1,000,000); longer is {@code TOO_LARGE}. */
    public Builder maxChars(int maxChars) {
      this.maxChars = maxChars;
      return this;
    }

    /** Sentences with more tokens are not dependency-parsed (default 120). */
    public Builder maxParseTokens(int maxParseTokens) {
      this.maxParseTokens = maxParseTokens;
      return this;
    }

    /** Time limit per article (default 120 s); {@link Duration#ZERO} for none. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Sitrep build() {
      return new Sitrep(new Config(maxChars, maxParseTokens, timeout));
    }
  }
}
