package org.sitrep.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ArcStandardParserTest {

  /** Tagged sentences of {@code text}, through the shared models as the annotator tags them. */
  private static List<CoreMap> tagged(String text) {
    NlpModels models = NlpModels.shared();
    Annotation a = new Annotation(text);
    models.tokenizer.annotate(a);
    models.tagger.annotate(a);
    return a.get(CoreAnnotations.SentencesAnnotation.class);
  }

  @Test
  void theSharedModelsUseTheFastParser() {
    assertThat(NlpModels.shared().parser).isInstanceOf(ArcStandardParser.class);
  }

  @Test
  void parsesExactlyAsCoreNlpsOwnParserOnTheFoundingArticleAndInventedSentences() throws IOException {
    String article = Files.readString(Path.of("samples", "seed-001.txt"), StandardCharsets.UTF_8);
    String invented = String.join("\n",
        "Ceasefire.",
        "Zqxvrt blorfed the wugs near Xanthorpe, officials said.",
        "\u201cWe will not retreat,\u201d the commander told reporters on Tuesday.",
        "About 1,200 drones and 3.5 million shells were fired between March and May, the ministry said.",
        "Shelling resumed; two people were killed and 14 wounded in the city, which had been quiet.");
    List<CoreMap> sentences = new ArrayList<>(tagged(article));
    sentences.addAll(tagged(invented));
    assertThat(sentences).hasSizeGreaterThan(30);
    SentenceParser fast = NlpModels.shared().parser;
    DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    for (CoreMap s : sentences) {
      assertThat(fast.parse(s).typedDependencies())
          .as(s.get(CoreAnnotations.TextAnnotation.class))
          .isEqualTo(coreNlp.predict(s).typedDependencies());
    }
  }

  private static ParserModelFile.Model model;

  private static synchronized ParserModelFile.Model model() {
    if (model == null) {
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        model = ParserModelFile.read(DependencyParser.DEFAULT_MODEL, pool);
      } finally {
        pool.shutdown();
      }
    }
    return model;
  }

  @Test
  void rowsThatCoreNlpPrecomputesAtLoadAreComputedWhenASentenceFirstNeedsThem() {
    ArcStandardParser parser = ArcStandardParser.load(model());
    assertThat(parser).isNotNull();
    assertThat(parser.precomputedRowsComputed()).isZero();
    CoreMap sentence = tagged("Rebels shelled the town on Monday, the governor said.").get(0);
    assertThat(parser.parse(sentence).typedDependencies())
        .isEqualTo(NlpModels.shared().parser.parse(sentence).typedDependencies());
    int afterOne = parser.precomputedRowsComputed();
    assertThat(afterOne).isBetween(1, 2_000);
    parser.parse(sentence);
    assertThat(parser.precomputedRowsComputed()).isEqualTo(afterOne);
  }

  @Test
  void theModelIsReadIntoExactlyTheValuesCoreNlpsLoaderHolds() throws ReflectiveOperationException {
    ParserModelFile.Model model = model();
    Properties noPrecomputation = new Properties();
    noPrecomputation.setProperty("numPreComputed", "0");
    DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, noPrecomputation);
    edu.stanford.nlp.parser.nndep.Classifier classifier =
        (edu.stanford.nlp.parser.nndep.Classifier) field(coreNlp, "classifier");
    assertThat(model.embeddings()).isDeepEqualTo(classifier.getE());
    float[][] w1 = classifier.getW1();
    for (int j = 0; j < model.hiddenWeightsByInput().length; j++) {
      for (int i = 0; i < w1.length; i++) {
        if (Float.floatToRawIntBits(model.hiddenWeightsByInput()[j][i]) != Float.floatToRawIntBits(w1[i][j])) {
          org.assertj.core.api.Assertions.fail("hidden weight " + i + "," + j + " differs");
        }
      }
    }
    assertThat(model.hiddenBias()).isEqualTo(classifier.getb1());
    assertThat(model.outputWeights()).isDeepEqualTo(classifier.getW2());
    assertThat(java.util.Arrays.stream(model.precomputed()).boxed().toList()).isEqualTo(field(coreNlp, "preComputed"));
    for (String word : List.of("strike", "Kyiv", "-ROOT-", "no-such-wordzz")) {
      assertThat(new ArcStandardParser.Vocabulary(model.words(), model.tags(), model.labels()).wordId(word))
          .as(word).isEqualTo(coreNlp.getWordID(word));
    }
  }

  private static Object field(DependencyParser parser, String name) throws ReflectiveOperationException {
    java.lang.reflect.Field f = DependencyParser.class.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(parser);
  }

  @Test
  void anInterruptStopsAParseAndIsConsumed() {
    CoreMap sentence = tagged("The ministry said the strike hit a depot in the east of the region overnight.").get(0);
    Thread.currentThread().interrupt();
    try {
      NlpModels.shared().parser.parse(sentence);
      org.assertj.core.api.Assertions.fail("the parse ran on");
    } catch (edu.stanford.nlp.util.RuntimeInterruptedException expected) {
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
  }
}
