package org.sitrep.internal.nlp;

import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Runs CoreNLP once over an article and freezes the result into a {@link Document}.
 *
 * <p>Annotators, chosen by measurement (see docs/performance.md): tokenize, ssplit (every newline
 * ends a sentence, so a closing quotation mark stays in its paragraph), pos, lemma, coarse NER
 * with numeric normalization but without the fine-grained KBP regexner and SUTime (most of NER's
 * cost; sitrep's gazetteer and lexicons give those types), and the neural dependency parser on
 * sentences up to {@link NlpOptions#maxParseTokens()} tokens that {@link NlpOptions#parseFilter()}
 * accepts. Of the parse, only the basic dependencies are built: CoreNLP's annotator also builds
 * the collapsed, CC-processed, enhanced and enhanced++ graphs, which nothing reads and which cost
 * more than the basic one (docs/performance.md). The parser is {@link ArcStandardParser}: CoreNLP's
 * model and parses, computed in half the time.
 *
 * <p>The models load once per JVM ({@link NlpModels}, seconds, in parallel) and are shared by
 * every instance; an instance is safe to share between threads.
 */
public final class CoreNlpAnnotator {

  /** The CoreNLP version this adapter was written and measured against. */
  public static final String CORENLP_VERSION = "4.5.10";

  /** The one CRF model of sitrep's NER: PERSON, ORGANIZATION, LOCATION (CoreNLP's default runs two more). */
  public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The name of sitrep's own date and time step in {@link PipelineDescription#annotators()}. */
  static final String DATES = "sitrep.dates";

  private final NlpModels models;
  private final NlpOptions options;

  public CoreNlpAnnotator(NlpOptions options) {
    this.options = options;
    this.models = NlpModels.shared();
  }

  static Properties pipelineProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", NER_MODEL);
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    return p;
  }

  /** The annotators this adapter runs, for provenance and benchmarks. */
  public static String annotators() {
    return "tokenize,ssplit,pos,lemma,ner(3class,numeric,no SUTime)," + DATES + ",depparse";
  }

  public NlpOptions options() {
    return options;
  }

  /** An annotator over the same loaded models with other options. */
  public CoreNlpAnnotator withOptions(NlpOptions other) {
    return new CoreNlpAnnotator(other, models);
  }

  CoreNlpAnnotator(NlpOptions options, NlpModels models) {
    this.options = options;
    this.models = models;
  }

  /** The loaded models, for tests. */
  NlpModels models() {
    return models;
  }

  /**
   * Annotates {@code text}. CoreNLP reads a same-length copy with markup, control characters and
   * overlong runs masked ({@link TextMasker}), so all offsets index into {@code text} as given;
   * the returned document's {@link Document#text()} is {@code text} itself.
   *
   * <p>The masked copy goes to CoreNLP in pieces of at most {@link InputBounds#MAX_SEGMENT_CHARS}
   * characters, cut at line breaks ({@link Segments}): a line break always ends a sentence, so
   * this changes nothing but the memory held at once, which CoreNLP's annotations (about a
   * kilobyte a token) would otherwise make grow with the whole article. Sentences over {@link
   * InputBounds#MAX_SENTENCE_TOKENS} tokens are cut before tagging ({@link LongSentences}).
   *
   * <p>Stops early when the thread is interrupted: CoreNLP checks between annotators and between
   * sentences, this method between pieces; it then throws a {@link CancellationException} with
   * the thread's interrupt flag set.
   */
  public Document annotate(String text) {
    return annotate(text, () -> false);
  }

  /**
   * {@link #annotate(String)} that also stops when {@code stopRequested} says so. CoreNLP's NER
   * swallows an interrupt that reaches it inside a sentence (it drops that sentence's entities
   * and clears the flag), so a canceller's own flag is what makes a stop certain: it is read
   * between pieces, like the interrupt flag.
   */
  public Document annotate(String text, BooleanSupplier stopRequested) {
    return annotate(text, InputBounds.MAX_SEGMENT_CHARS, stopRequested);
  }

  /** {@link #annotate(String)} with pieces of at most {@code maxSegmentChars}: for tests. */
  Document annotate(String text, int maxSegmentChars) {
    return annotate(text, maxSegmentChars, () -> false);
  }

  private Document annotate(String text, int maxSegmentChars, BooleanSupplier stopRequested) {
    String masked = TextMasker.mask(text);
    DocumentParts parts = new DocumentParts(masked, new ParagraphIndex(masked));
    int[] cuts = Segments.cuts(masked, maxSegmentChars);
    try {
      for (int i = 0; i + 1 < cuts.length; i++) {
        stopIf(stopRequested);
        Annotation segment = new Annotation(masked.substring(cuts[i], cuts[i + 1]));
        run(models.tokenizer, segment, stopRequested);
        LongSentences.split(segment, InputBounds.MAX_SENTENCE_TOKENS);
        run(models.tagger, segment, stopRequested);
        run(models.lemmatizer, segment, stopRequested);
        run(models.ner, segment, stopRequested);
        parts.add(segment.get(CoreAnnotations.SentencesAnnotation.class), cuts[i], this::parse, stopRequested);
      }
      stopIf(stopRequested);
    } catch (RuntimeInterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("annotation interrupted");
    }
    return TemporalTagger.shared().tag(
        new Document(text, parts.sentences, parts.tokens, parts.mentions, QuotationFinder.find(masked)));
  }

  /** The records of a document as its pieces come from CoreNLP; offsets shifted to the whole text. */
  private static final class DocumentParts {
    final String text;
    final ParagraphIndex paragraphs;
    final List<Token> tokens = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();

    DocumentParts(String text, ParagraphIndex paragraphs) {
      this.text = text;
      this.paragraphs = paragraphs;
    }

    /**
     * Adds one piece's sentences, parsing those {@code parser} takes (it returns null for the
     * others); {@code shift} is where the piece begins in the text.
     */
    void add(List<CoreMap> coreSentences, int shift, SentenceStep parser, BooleanSupplier stopRequested) {
      int tokenShift = tokens.size();
      for (CoreMap cs : coreSentences) {
        int sentenceIndex = sentences.size();
        int firstToken = tokens.size();
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        for (CoreLabel label : labels) {
          int b = shift + label.beginPosition();
          int e = shift + label.endPosition();
          tokens.add(new Token(tokens.size(), sentenceIndex, text.substring(b, e),
              orEmpty(label.lemma()), orEmpty(label.tag()), label.ner() == null ? "O" : label.ner(),
              label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), b, e));
        }
        int endToken = tokens.size();
        stopIf(stopRequested);
        SemanticGraph graph = parser.parse(cs, List.copyOf(tokens.subList(firstToken, endToken)));
        List<Dependency> deps = dependencies(graph, firstToken);
        int begin = shift + (labels.isEmpty() ? cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : labels.get(0).beginPosition());
        int end = shift + (labels.isEmpty() ? cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) : labels.get(labels.size() - 1).endPosition());
        sentences.add(new Sentence(sentenceIndex, paragraphs.paragraphAt(begin), begin, end, firstToken, endToken,
            graph != null, deps));
        List<CoreMap> ms = cs.get(CoreAnnotations.MentionsAnnotation.class);
        if (ms != null) {
          for (CoreMap m : ms) {
            int mb = shift + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int me = shift + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Integer tb = m.get(CoreAnnotations.TokenBeginAnnotation.class);
            Integer te = m.get(CoreAnnotations.TokenEndAnnotation.class);
            mentions.add(new Mention(m.get(CoreAnnotations.NamedEntityTagAnnotation.class), mb, me,
                tb == null ? tokenIndexFrom(tokens, firstToken, mb) : tokenShift + tb,
                te == null ? tokenIndexFrom(tokens, firstToken, me - 1) + 1 : tokenShift + te,
                text.substring(mb, me), m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
          }
        }
      }
    }
  }

  /** The parse step of one sentence: its basic dependencies, or null when it is not parsed. */
  @FunctionalInterface
  interface SentenceStep {
    SemanticGraph parse(CoreMap sentence, List<Token> tokens);
  }

  private static void run(Annotator annotator, Annotation segment, BooleanSupplier stopRequested) {
    stopIf(stopRequested);
    annotator.annotate(segment);
  }

  private static void stopIf(BooleanSupplier stopRequested) {
    if (Thread.interrupted() || stopRequested.getAsBoolean()) {
      throw new RuntimeInterruptedException();
    }
  }

  /**
   * The basic dependencies of a sentence of at most {@link NlpOptions#maxParseTokens()} tokens
   * that the parse filter takes; null for any other. Only the basic graph is built.
   */
  private SemanticGraph parse(CoreMap sentence, List<Token> tokens) {
    if (tokens.isEmpty() || tokens.size() > options.maxParseTokens() || !options.parseFilter().needsParse(tokens)) {
      return null;
    }
    GrammaticalStructure gs = models.parser.parse(sentence);
    SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    return basic;
  }

  private static List<Dependency> dependencies(SemanticGraph graph, int firstToken) {
    if (graph == null) {
      return List.of();
    }
    List<Dependency> deps = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      deps.add(new Dependency("root", -1, firstToken + root.index() - 1));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      deps.add(new Dependency(edge.getRelation().toString(),
          firstToken + edge.getGovernor().index() - 1, firstToken + edge.getDependent().index() - 1));
    }
    deps.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return deps;
  }

  private static int tokenIndexFrom(List<Token> tokens, int from, int offset) {
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size() - 1;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
