package org.sitrep.internal.nlp;

import org.sitrep.nlp.ParseFilter;
import org.sitrep.nlp.Token;

import com.fasterxml.jackson.databind.json.JsonMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Developer's tool: CPU time of this thread per stage of the CoreNLP pass, per article, before
 * (CoreNLP's DependencyParser.predict and the five graphs its annotator builds; NER with CoreNLP's
 * three default CRF models) and after (ArcStandardParser and the basic graph only; NER with the
 * 3-class model and sitrep's TemporalTagger) on the same tagged sentences. Thread CPU time,
 * so it holds on a loaded machine better than wall time.
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx2g -cp %classpath org.sitrep.internal.nlp.StageProfile ../shared/corpus/articles.jsonl 1"
 * </pre>
 *
 * <p>Also splits the after-parse's CPU by the parse filters (the built-in extractors' union, and
 * the figure extractor's alone): the CPU the sentences each filter keeps cost, i.e. what a
 * {@code Sitrep} with that filter spends on the parse.
 */
public final class StageProfile {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  private static final Map<String, Long> CPU = new LinkedHashMap<>();

  private StageProfile() {}

  public static void main(String[] args) throws Exception {
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    JsonMapper json = JsonMapper.builder().build();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        texts.add(TextMasker.mask(json.readTree(line).get("text").asText()));
      }
    }
    NlpModels models = NlpModels.shared();
    edu.stanford.nlp.pipeline.Annotator threeCrfs =
        new edu.stanford.nlp.pipeline.NERCombinerAnnotator(NerVariants.threeCrfsProperties());
    Properties noNumbers = CoreNlpAnnotator.pipelineProperties();
    noNumbers.setProperty("ner.applyNumericClassifiers", "false");
    edu.stanford.nlp.pipeline.Annotator modelAlone = new edu.stanford.nlp.pipeline.NERCombinerAnnotator(noNumbers);
    TemporalTagger dates = TemporalTagger.shared();
    Map<String, ParseFilter> filters = new LinkedHashMap<>();
    filters.put("default extractors", org.sitrep.DevRun.parseFilter());
    filters.put("figure alone", new org.sitrep.internal.extract.figure.FigureExtractor().parseFilter());
    DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    for (int pass = 0; pass <= passes; pass++) {
      CPU.clear();
      long parsed = 0;
      for (String text : texts) {
        Annotation a = new Annotation(text);
        time("tokenize,ssplit", () -> models.tokenizer.annotate(a));
        time("pos", () -> models.tagger.annotate(a));
        time("lemma", () -> models.lemmatizer.annotate(a));
        time("before: ner (3 CRFs: 3class, conll.4class, muc.7class; tags then overwritten)", () -> threeCrfs.annotate(a));
        time("ner, 3class model without numeric classifiers (overwritten)", () -> modelAlone.annotate(a));
        time("after: ner (3class model and numeric classifiers)", () -> models.ner.annotate(a));
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
          int size = s.get(CoreAnnotations.TokensAnnotation.class).size();
          List<Token> sentenceTokens = tokens(s);
          time("after: sitrep's dates (TemporalTagger)", () -> dates.tags(sentenceTokens));
          if (size == 0 || size > NlpOptions.DEFAULT_MAX_PARSE_TOKENS) {
            continue;
          }
          parsed++;
          GrammaticalStructure[] gs = new GrammaticalStructure[1];
          time("before: parse (DependencyParser.predict)", () -> gs[0] = coreNlp.predict(s));
          time("before: 5 graphs (basic, collapsed, cc, enhanced, enhanced++)", () -> {
            for (SemanticGraphFactory.Mode mode : List.of(SemanticGraphFactory.Mode.BASIC,
                SemanticGraphFactory.Mode.COLLAPSED, SemanticGraphFactory.Mode.CCPROCESSED,
                SemanticGraphFactory.Mode.ENHANCED, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS)) {
              SemanticGraphFactory.makeFromTree(gs[0], mode, GrammaticalStructure.Extras.NONE, null);
            }
          });
          long before = MX.getCurrentThreadCpuTime();
          time("after: parse (ArcStandardParser)", () -> gs[0] = models.parser.parse(s));
          long parseCpu = MX.getCurrentThreadCpuTime() - before;
          List<Token> tokens = tokens(s);
          for (Map.Entry<String, ParseFilter> f : filters.entrySet()) {
            if (f.getValue().needsParse(tokens)) {
              CPU.merge("after: parse, sentences kept by the filter of " + f.getKey(), parseCpu, Long::sum);
            }
          }
          time("after: basic graph only", () -> SemanticGraphFactory.makeFromTree(gs[0],
              SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
        }
      }
      System.out.printf(Locale.ROOT, "pass %d (%s): %d articles, %d parsed sentences%n", pass,
          pass == 0 ? "warm-up" : "measured", texts.size(), parsed);
      for (Map.Entry<String, Long> e : CPU.entrySet()) {
        System.out.printf(Locale.ROOT, "  %-62s %7.1f ms/article CPU%n", e.getKey(), e.getValue() / 1e6 / texts.size());
      }
    }
  }

  private static List<Token> tokens(CoreMap sentence) {
    List<Token> out = new ArrayList<>();
    for (edu.stanford.nlp.ling.CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      out.add(new Token(out.size(), 0, l.originalText() == null ? l.word() : l.originalText(), l.lemma() == null ? "" : l.lemma(), l.tag() == null ? "" : l.tag(),
          l.ner() == null ? "O" : l.ner(), l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
          l.beginPosition(), l.endPosition()));
    }
    return out;
  }

  private static void time(String stage, Runnable r) {
    long t = MX.getCurrentThreadCpuTime();
    r.run();
    CPU.merge(stage, MX.getCurrentThreadCpuTime() - t, Long::sum);
  }
}
