package org.sitrep;

import java.util.List;
import java.util.Objects;
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

  private Sitrep(Config config) {
    this.config = config;
    this.annotator = new CoreNlpAnnotator(new NlpOptions(config.maxParseTokens()));
    this.chain = Extractors.chain();
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
   */
  public ArticleClaims extract(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    if (text == null || text.isBlank()) {
      throw new InvalidArticleException(ErrorCode.EMPTY_TEXT,
          "article " + describe(article) + " has " + (text == null ? "no text" : "a blank text"));
    }
    if (text.length() > config.maxChars()) {
      throw new InvalidArticleException(ErrorCode.TOO_LARGE, "article " + describe(article) + " has "
          + text.length() + " characters, over the limit of " + config.maxChars());
    }
    long start = System.nanoTime();
    Document doc = annotator.annotate(text);
    List<Claim> claims = chain.run(doc);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Stats stats = new Stats(text.length(), doc.sentences().size(), doc.tokens().size(), millis);
    return ArticleClaims.of(ArticleInfo.of(article), stats, claims);
  }

  /** The annotation sitrep's extractors read, for tools and tests that look beneath the claims. */
  public Document annotate(String text) {
    return annotator.annotate(text);
  }

  private static String describe(Article article) {
    return article.id() == null ? "(no id)" : "'" + article.id() + "'";
  }

  /** Settings of a {@link Sitrep}; see {@link Builder} for their meaning and defaults. */
  public record Config(int maxChars, int maxParseTokens) {

    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public Config {
      if (maxChars < 1) {
        throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
      }
      if (maxParseTokens < 0) {
        throw new IllegalArgumentException("maxParseTokens must be at least 0, was " + maxParseTokens);
      }
    }
  }

  /** Builds a {@link Sitrep}. Not thread-safe; the {@code Sitrep} it builds is. */
  public static final class Builder {
    private int maxChars = Config.DEFAULT_MAX_CHARS;
    private int maxParseTokens = NlpOptions.DEFAULT_MAX_PARSE_TOKENS;

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

    public Sitrep build() {
      return new Sitrep(new Config(maxChars, maxParseTokens));
    }
  }
}
