package org.sitrep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.sitrep.claim.Claim;
import org.sitrep.extract.Extractor;
import org.sitrep.internal.extract.ExtractorChain;
import org.sitrep.internal.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Document;
import org.sitrep.internal.nlp.NlpOptions;
import org.sitrep.internal.nlp.PipelineDescription;

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
 *
 * <p>Code that calls sitrep can depend on {@link ClaimExtractor}, which {@code Sitrep}
 * implements, and be tested with a fake that loads no models.
 *
 * <p>The builder chooses which built-in extractors run and adds a host's own ({@link
 * Builder#extractors}, {@link Builder#addExtractor}; the extension point is {@link Extractor}).
 */
public final class Sitrep implements ClaimExtractor {

  /** sitrep's version, from the pom it was built from; written into every document's provenance. */
  public static final String VERSION = BuildInfo.version();

  private final Config config;
  private final CoreNlpAnnotator annotator;
  private final ExtractorChain chain;
  private final Provenance provenance;

  /** Runs extractions that have a time limit, one worker per processor (see ExtractionWorkers). */
  private final ExtractionWorkers timed;

  private Sitrep(Config config, List<String> builtInExtractors, List<Extractor> addedExtractors) {
    this.config = config;
    // the extractors' lexicons and gazetteer load on their own thread while CoreNLP's models load
    CompletableFuture<Extractors.Loaded> extractors = CompletableFuture.supplyAsync(
        () -> Extractors.load(builtInExtractors, addedExtractors), Sitrep::startDaemon);
    CoreNlpAnnotator models = new CoreNlpAnnotator(NlpOptions.defaults()); // loads the models meanwhile
    Extractors.Loaded loaded = join(extractors);
    this.annotator = models.withOptions(new NlpOptions(config.maxParseTokens(), loaded.parseFilter()));
    this.chain = loaded.chain();
    this.provenance = provenance(config, chain.ids());
    this.timed = config.timeout().isZero() ? null
        : new ExtractionWorkers(Runtime.getRuntime().availableProcessors(), config.timeout());
  }

  private static void startDaemon(Runnable r) {
    Thread t = new Thread(r, "sitrep-load-extractors");
    t.setDaemon(true);
    t.start();
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * A builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The settings this instance was built with.
   *
   * @return its settings
   */
  public Config config() {
    return config;
  }

  /**
   * The ids of the extractors that run, in order: the chosen built-in ones, then those added.
   *
   * @return extractor ids, e.g. {@code speaker}
   */
  public List<String> extractorIds() {
    return chain.ids();
  }

  /**
   * What this instance writes into every document's {@code provenance}: versions, annotators,
   * settings, extractors, limits and the digest of its knowledge.
   *
   * @return its provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * The provenance that a {@code Sitrep} with the default settings and extractors writes,
   * without loading any model (what {@code sitrep --version} prints).
   *
   * @return the default provenance
   */
  public static Provenance defaultProvenance() {
    Config defaults = builder().config();
    return provenance(defaults, Extractors.DEFAULT_IDS);
  }

  static Provenance provenance(Config config, List<String> extractorIds) {
    PipelineDescription nlp = PipelineDescription.current();
    return new Provenance(VERSION, nlp.coreNlpVersion(), nlp.annotators(), nlp.settings(), extractorIds,
        new Provenance.Limits(config.maxChars(), config.maxParseTokens(), config.timeout().toMillis()),
        KnowledgeDigest.current());
  }

  /**
   * Extracts claims from a bare text (no id, title, source or date).
   *
   * @param text the article's text
   * @return its claims
   * @throws InvalidArticleException for a null, blank or too long text
   * @throws ExtractionTimeoutException when the extraction takes longer than the time limit
   */
  public ArticleClaims extract(String text) {
    return extract(Article.of(text));
  }

  /**
   * Extracts the claims of one article.
   *
   * @param article the article; its text must not be blank
   * @return its claims in text order, with stats and provenance
   * @throws InvalidArticleException (an {@link IllegalArgumentException}) for a null or blank
   *     text ({@link ErrorCode#EMPTY_TEXT}) or one longer than {@link Config#maxChars()} ({@link
   *     ErrorCode#TOO_LARGE})
   * @throws ExtractionTimeoutException when the extraction takes longer than {@link
   *     Config#timeout()} (the work is interrupted and stops at its next sentence or step; until
   *     then it keeps its worker, so runaways never run more extractions at once than there are
   *     processors)
   */
  @Override
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
    return ArticleClaims.of(ArticleInfo.of(article), stats, claims).withProvenance(provenance);
  }

  /**
   * The annotation sitrep's extractors read, for sitrep's own tests and tools that look beneath
   * the claims. Not API: hosts get claims, not CoreNLP's analysis.
   */
  Document annotate(String text) {
    return annotator.annotate(text);
  }

  /** Blank: nothing but whitespace, space separators (no-break spaces too) and control characters. */
  private static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c));
  }

  private static String describe(Article article) {
    return article.id() == null ? "(no id)" : "'" + article.id() + "'";
  }

  /**
   * Settings of a {@link Sitrep}; see {@link Builder} for their meaning and defaults.
   *
   * @param maxChars the longest text accepted, in UTF-16 code units
   * @param maxParseTokens sentences with more tokens are not dependency-parsed
   * @param timeout the time limit per article; {@link Duration#ZERO} for none
   */
  public record Config(int maxChars, int maxParseTokens, Duration timeout) {

    /** The default {@link #maxChars()}: 1,000,000. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    /** The default {@link #timeout()}: 120 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    /**
     * Checks the ranges; an out-of-range value is an {@link IllegalArgumentException} naming it.
     *
     * @param maxChars the longest text accepted, at least 1
     * @param maxParseTokens the longest sentence parsed, at least 0
     * @param timeout the time limit per article, zero for none
     */
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
    private List<String> builtInExtractors = Extractors.DEFAULT_IDS;
    private final List<Extractor> addedExtractors = new ArrayList<>();

    private Builder() {}

    /**
     * Which built-in extractors run (default: all four), by id: {@code speaker}, {@code figure},
     * {@code stance}, {@code location}. They run in that order whatever the order given, so that
     * the others read the speaker extractor's statements; without {@code speaker}, the others
     * still run and attribute their claims to no statement. No id at all runs only the
     * extractors added with {@link #addExtractor}.
     *
     * @param ids built-in extractor ids, each at most once
     * @return this builder
     * @throws IllegalArgumentException for an unknown or repeated id, naming it and the known ids
     */
    public Builder extractors(String... ids) {
      this.builtInExtractors = Extractors.builtInIds(ids);
      return this;
    }

    /**
     * Adds a host's own extractor, to run after the built-in ones, in the order added. Its claims
     * join the others in the article's claims and JSON, numbered in text order; its id is
     * written into provenance. It reads the statements of the extractors before it ({@link
     * org.sitrep.extract.ArticleContext#statements()}).
     *
     * @param extractor an immutable, thread-safe extractor (see {@link Extractor})
     * @return this builder
     * @throws IllegalArgumentException for a null extractor, an id that is not letters, digits,
     *     {@code .}, {@code _} and {@code -}, a built-in extractor's id, or the id of one added before
     */
    public Builder addExtractor(Extractor extractor) {
      Set<String> taken = new LinkedHashSet<>();
      addedExtractors.forEach(e -> taken.add(e.id()));
      addedExtractors.add(Extractors.checkAdded(extractor, taken));
      return this;
    }

    /**
     * The longest text accepted (default 1,000,000); a longer one is {@code TOO_LARGE}.
     *
     * @param maxChars a length in UTF-16 code units, at least 1
     * @return this builder
     */
    public Builder maxChars(int maxChars) {
      this.maxChars = maxChars;
      return this;
    }

    /**
     * Sentences with more tokens are not dependency-parsed (default 120).
     *
     * @param maxParseTokens a number of tokens, at least 0
     * @return this builder
     */
    public Builder maxParseTokens(int maxParseTokens) {
      this.maxParseTokens = maxParseTokens;
      return this;
    }

    /**
     * The time limit per article (default 120 s).
     *
     * @param timeout a positive duration, or {@link Duration#ZERO} for none
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * The settings so far, checked, without loading anything.
     *
     * @return the settings {@link #build()} would use
     * @throws IllegalArgumentException for a setting out of range, naming it
     */
    public Config config() {
      return new Config(maxChars, maxParseTokens, timeout);
    }

    /**
     * Builds the {@code Sitrep}: loads CoreNLP's models (seconds, about a gigabyte of heap).
     *
     * @return a new {@code Sitrep}, safe to share between threads
     * @throws IllegalArgumentException for a setting out of range, naming it
     */
    public Sitrep build() {
      return new Sitrep(config(), builtInExtractors, List.copyOf(addedExtractors));
    }
  }
}
