package org.sitrep.internal.nlp;

import com.fasterxml.jackson.databind.json.JsonMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/** Developer's check: ArcStandardParser against CoreNLP's DependencyParser.predict on every sentence of JSON Lines files. */
public final class ParserIdentityCheck {
  public static void main(String[] args) throws Exception {
    Properties p = CoreNlpAnnotator.pipelineProperties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP pipe = new StanfordCoreNLP(p, true);
    JsonMapper json = JsonMapper.builder().build();
    List<CoreMap> sentences = new ArrayList<>();
    for (String file : args) {
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        Annotation ann = new Annotation(TextMasker.mask(json.readTree(line).get("text").asText()));
        pipe.annotate(ann);
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
          int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
          if (n > 0 && n <= 120) sentences.add(s);
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    long t0 = System.nanoTime();
    ArcStandardParser fast = ArcStandardParser.load(pool);
    System.out.printf(Locale.ROOT, "fast load %.1f s%n", (System.nanoTime() - t0) / 1e9);
    pool.shutdown();
    t0 = System.nanoTime();
    DependencyParser reference = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    System.out.printf(Locale.ROOT, "CoreNLP load %.1f s%n", (System.nanoTime() - t0) / 1e9);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < 2; pass++) {
      long cpuFast = 0, cpuRef = 0;
      int differ = 0;
      for (CoreMap s : sentences) {
        long c = mx.getCurrentThreadCpuTime();
        String a = fast.parse(s).typedDependencies().toString();
        long c2 = mx.getCurrentThreadCpuTime();
        String b = reference.predict(s).typedDependencies().toString();
        long c3 = mx.getCurrentThreadCpuTime();
        cpuFast += c2 - c;
        cpuRef += c3 - c2;
        if (!a.equals(b)) {
          if (differ++ < 3) System.out.println("DIFF\n  " + a + "\n  " + b);
        }
      }
      System.out.printf(Locale.ROOT, "pass %d: %d sentences, %d differ; CPU fast %.1f s, CoreNLP %.1f s (%.2fx); "
          + "%d precomputed rows computed%n", pass, sentences.size(), differ, cpuFast / 1e9, cpuRef / 1e9,
          (double) cpuRef / cpuFast, fast.precomputedRowsComputed());
    }
  }
}
