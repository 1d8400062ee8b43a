package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
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
 * sentences up to {@link NlpOptions#maxParseTokens()} tokens.
 *
 * <p>Built once (seconds: it loads models), then safe to share between threads.
 */
public final class CoreNlpAnnotator {

  /** The CoreNLP version this adapter was written and measured against. */
  public static final String CORENLP_VERSION = "4.5.10";

  /** Tokenize and ssplit, then tag: long sentences are cut in between ({@link LongSentences}). */
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;
  private final NlpOptions options;

  public CoreNlpAnnotator(NlpOptions options) {
    this.options = options;
    this.splitter = new StanfordCoreNLP(withAnnotators(pipelineProperties(), "tokenize,ssplit"), true);
    this.tagger = new StanfordCoreNLP(withAnnotators(pipelineProperties(), "pos,lemma,ner"), false);
    // through StanfordCoreNLP, so that its annotator pool keeps the parser: a second annotator costs nothing
    this.parser = new StanfordCoreNLP(withAnnotators(pipelineProperties(), "depparse"), false);
  }

  private static Properties withAnnotators(Properties p, String annotators) {
    p.setProperty("annotators", annotators);
    return p;
  }

  static Properties pipelineProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    return p;
  }

  /** The annotators this adapter runs, for provenance and benchmarks. */
  public static String annotators() {
    return "tokenize,ssplit,pos,lemma,ner(coarse,no SUTime),depparse";
  }

  public NlpOptions options() {
    return options;
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
        splitter.annotate(segment);
        LongSentences.split(segment, InputBounds.MAX_SENTENCE_TOKENS);
        tagger.annotate(segment);
        List<CoreMap> sentences = segment.get(CoreAnnotations.SentencesAnnotation.class);
        parseShortSentences(segment, sentences);
        parts.add(sentences, cuts[i]);
      }
      stopIf(stopRequested);
    } catch (RuntimeInterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("annotation interrupted");
    }
    return new Document(text, parts.sentences, parts.tokens, parts.mentions, QuotationFinder.find(masked));
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

    /** Adds one piece's sentences; {@code shift} is where the piece begins in the text. */
    void add(List<CoreMap> coreSentences, int shift) {
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
        List<Dependency> deps = dependencies(cs, firstToken);
        int begin = shift + (labels.isEmpty() ? cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : labels.get(0).beginPosition());
        int end = shift + (labels.isEmpty() ? cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) : labels.get(labels.size() - 1).endPosition());
        sentences.add(new Sentence(sentenceIndex, paragraphs.paragraphAt(begin), begin, end, firstToken, endToken,
            cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) != null, deps));
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

  private static void stopIf(BooleanSupplier stopRequested) {
    if (Thread.interrupted() || stopRequested.getAsBoolean()) {
      throw new RuntimeInterruptedException();
    }
  }

  private void parseShortSentences(Annotation segment, List<CoreMap> sentences) {
    List<CoreMap> parseable = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      int size = s.get(CoreAnnotations.TokensAnnotation.class).size();
      if (size > 0 && size <= options.maxParseTokens()) {
        parseable.add(s);
      }
    }
    if (parseable.isEmpty()) {
      return;
    }
    Annotation subset = new Annotation(segment.get(CoreAnnotations.TextAnnotation.class));
    subset.set(CoreAnnotations.SentencesAnnotation.class, parseable);
    parser.annotate(subset);
  }

  private static List<Dependency> dependencies(CoreMap sentence, int firstToken) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
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
