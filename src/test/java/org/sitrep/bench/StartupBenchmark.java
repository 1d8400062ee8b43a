package org.sitrep.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.Sitrep;

/**
 * The start-up cost, cold: CoreNLP keeps loaded models in static caches for the rest of the JVM's
 * life, so every measurement is the first and only one of a fresh fork (no warm-up, one
 * iteration, several forks). Class loading and JIT of a fresh JVM count for both alike.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgs = {"-Xmx2g", BenchLogging.QUIET})
public class StartupBenchmark {

  /** Everything a user waits for before the first article: models, lexicons, gazetteer. */
  @Benchmark
  public Sitrep buildSitrep() {
    return Sitrep.builder().build();
  }

  /** CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} pipeline. */
  @Benchmark
  public StanfordCoreNLP buildDefaultNerPipeline() {
    return CoreNlpBenchmark.pipeline(CoreNlpBenchmark.DEFAULT_NER);
  }
}
