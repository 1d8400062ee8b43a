package org.sitrep.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.Article;

/**
 * What each of sitrep's annotators costs: its CoreNLP pipeline (sitrep's settings, as
 * {@code CoreNlpBenchmark.SameAnnotators}, without depparse) cut after each stage. The cost of a
 * stage is the difference between two consecutive rows; depparse's is
 * {@code CoreNlpBenchmark.sitrepAnnotatorsRaw} minus {@code ner}. {@code ner} is sitrep's coarse
 * NER: one CRF model (english.all.3class: PERSON, ORGANIZATION, LOCATION) and the numeric
 * classifiers. {@code ner-3crfs} is CoreNLP's default coarse NER with three CRF models (adding
 * MISC from CoNLL and DATE, TIME, MONEY, PERCENT from MUC), which sitrep ran before its own
 * {@code TemporalTagger}, to show what the other two cost.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", BenchLogging.QUIET})
public class AnnotatorCostBenchmark {

  @State(Scope.Benchmark)
  public static class Stage {
    @Param({"ssplit", "pos", "lemma", "ner", "ner-3crfs"})
    public String stage;

    StanfordCoreNLP pipeline;

    @Setup(Level.Trial)
    public void build() {
      Properties p = new Properties();
      org.sitrep.internal.nlp.PipelineDescription.current().settings().forEach(p::setProperty);
      p.setProperty("annotators", switch (stage) {
        case "ssplit" -> "tokenize,ssplit";
        case "pos" -> "tokenize,ssplit,pos";
        case "lemma" -> "tokenize,ssplit,pos,lemma";
        case "ner", "ner-3crfs" -> "tokenize,ssplit,pos,lemma,ner";
        default -> throw new IllegalArgumentException("unknown stage " + stage);
      });
      if (stage.equals("ner-3crfs")) {
        p.remove("ner.model");
      }
      pipeline = new StanfordCoreNLP(p, true);
    }
  }

  @Benchmark
  public void upTo(Articles articles, Stage stage, Blackhole sink) {
    for (Article article : articles.all()) {
      Annotation annotation = new Annotation(article.text());
      stage.pipeline.annotate(annotation);
      sink.consume(annotation);
    }
  }
}
