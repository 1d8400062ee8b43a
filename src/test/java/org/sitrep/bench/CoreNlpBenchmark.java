package org.sitrep.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.Article;
import org.sitrep.internal.nlp.CoreNlpAnnotator;
import org.sitrep.internal.nlp.NlpOptions;

/**
 * CoreNLP without sitrep, on one thread, one operation being one pass over the corpus (or over
 * the quote subset for {@link #quoteAttribution}). Each pipeline lives in its own state, so a
 * fork loads only the models its benchmark uses.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g", BenchLogging.QUIET})
public class CoreNlpBenchmark {

  /** The default pipeline a user gets by naming these annotators and nothing else. */
  static final String DEFAULT_NER = "tokenize,ssplit,pos,lemma,ner";

  /** What a user runs to get quotes attributed to speakers. */
  static final String QUOTE_ATTRIBUTION = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  static StanfordCoreNLP pipeline(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    return new StanfordCoreNLP(p);
  }

  /** sitrep's own adapter: CoreNLP with sitrep's annotators plus the conversion into a Document. */
  @State(Scope.Benchmark)
  public static class Adapter {
    CoreNlpAnnotator annotator;

    @Setup(Level.Trial)
    public void build() {
      annotator = new CoreNlpAnnotator(NlpOptions.defaults());
    }
  }

  /**
   * A plain CoreNLP pipeline configured as {@code CoreNlpAnnotator} configures its own (its
   * settings, read from {@code PipelineDescription.current()}: NER with the 3-class model and the
   * numeric classifiers), with depparse on the sentences of at most {@link
   * NlpOptions#DEFAULT_MAX_PARSE_TOKENS} tokens, and no conversion and no {@code TemporalTagger}
   * (sitrep's own step, counted in {@code sitrepAnnotators}).
   */
  @State(Scope.Benchmark)
  public static class SameAnnotators {
    StanfordCoreNLP pipeline;
    DependencyParseAnnotator parser;

    @Setup(Level.Trial)
    public void build() {
      Properties p = new Properties();
      p.setProperty("annotators", DEFAULT_NER);
      org.sitrep.internal.nlp.PipelineDescription.current().settings().forEach(p::setProperty);
      pipeline = new StanfordCoreNLP(p, true);
      parser = new DependencyParseAnnotator(new Properties());
    }

    Annotation annotate(String text) {
      Annotation annotation = new Annotation(text);
      pipeline.annotate(annotation);
      List<CoreMap> parseable = new ArrayList<>();
      for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        int size = s.get(CoreAnnotations.TokensAnnotation.class).size();
        if (size > 0 && size <= NlpOptions.DEFAULT_MAX_PARSE_TOKENS) {
          parseable.add(s);
        }
      }
      Annotation subset = new Annotation(text);
      subset.set(CoreAnnotations.SentencesAnnotation.class, parseable);
      parser.annotate(subset);
      return annotation;
    }
  }

  @State(Scope.Benchmark)
  public static class DefaultNer {
    StanfordCoreNLP pipeline;

    @Setup(Level.Trial)
    public void build() {
      pipeline = pipeline(DEFAULT_NER);
    }
  }

  @State(Scope.Benchmark)
  public static class QuoteAttribution {
    StanfordCoreNLP pipeline;

    @Setup(Level.Trial)
    public void build() {
      pipeline = pipeline(QUOTE_ATTRIBUTION);
    }
  }

  /** CoreNLP alone with sitrep's annotators, through sitrep's adapter (includes the conversion). */
  @Benchmark
  public void sitrepAnnotators(Articles articles, Adapter adapter, Blackhole sink) {
    for (Article article : articles.all()) {
      sink.consume(adapter.annotator.annotate(article.text()));
    }
  }

  /** CoreNLP alone with sitrep's annotators and settings, as a plain pipeline: no conversion. */
  @Benchmark
  public void sitrepAnnotatorsRaw(Articles articles, SameAnnotators same, Blackhole sink) {
    for (Article article : articles.all()) {
      sink.consume(same.annotate(article.text()));
    }
  }

  /**
   * CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} (fine-grained NER and SUTime on). A
   * pass takes minutes, so one warm-up and one measured pass; 3 GB so its heap does not slow it.
   */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 1)
  @Fork(value = 1, jvmArgs = {"-Xmx3g", BenchLogging.QUIET})
  public void defaultNer(Articles articles, DefaultNer ner, Blackhole sink) {
    for (Article article : articles.all()) {
      Annotation annotation = new Annotation(article.text());
      ner.pipeline.annotate(annotation);
      sink.consume(annotation);
    }
  }

  /**
   * {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} over the first
   * {@code quoteArticles} articles only (seconds per article; coref needs a large heap).
   */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  @Fork(value = 1, jvmArgs = {"-Xmx6g", BenchLogging.QUIET})
  public void quoteAttribution(Articles articles, QuoteAttribution quotes, Blackhole sink) {
    for (Article article : articles.quoteSubset()) {
      Annotation annotation = new Annotation(article.text());
      quotes.pipeline.annotate(annotation);
      sink.consume(annotation);
    }
  }
}
