package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

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

  private final StanfordCoreNLP pipeline;
  private final DependencyParseAnnotator parser;
  private final NlpOptions options;

  public CoreNlpAnnotator(NlpOptions options) {
    this.options = options;
    this.pipeline = new StanfordCoreNLP(pipelineProperties(), true);
    this.parser = new DependencyParseAnnotator(new Properties());
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
   * Annotates {@code text}. CoreNLP reads a same-length copy with markup and control characters
   * masked ({@link TextMasker}), so all offsets index into {@code text} as given; the returned
   * document's {@link Document#text()} is {@code text} itself.
   */
  public Document annotate(String text) {
    String original = text;
    text = TextMasker.mask(original);
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    parseShortSentences(text, coreSentences);

    ParagraphIndex paragraphs = new ParagraphIndex(text);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<Mention> mentions = new ArrayList<>();
    for (CoreMap cs : coreSentences) {
      int sentenceIndex = sentences.size();
      int firstToken = tokens.size();
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel label : labels) {
        int b = label.beginPosition();
        int e = label.endPosition();
        tokens.add(new Token(tokens.size(), sentenceIndex, text.substring(b, e),
            orEmpty(label.lemma()), orEmpty(label.tag()), label.ner() == null ? "O" : label.ner(),
            label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), b, e));
      }
      int endToken = tokens.size();
      List<Dependency> deps = dependencies(cs, firstToken);
      int begin = labels.isEmpty() ? cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : labels.get(0).beginPosition();
      int end = labels.isEmpty() ? cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) : labels.get(labels.size() - 1).endPosition();
      sentences.add(new Sentence(sentenceIndex, paragraphs.paragraphAt(begin), begin, end, firstToken, endToken,
          cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) != null, deps));
      List<CoreMap> ms = cs.get(CoreAnnotations.MentionsAnnotation.class);
      if (ms != null) {
        for (CoreMap m : ms) {
          int mb = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          int me = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          Integer tb = m.get(CoreAnnotations.TokenBeginAnnotation.class);
          Integer te = m.get(CoreAnnotations.TokenEndAnnotation.class);
          mentions.add(new Mention(m.get(CoreAnnotations.NamedEntityTagAnnotation.class), mb, me,
              tb == null ? tokenIndexFrom(tokens, firstToken, mb) : tb,
              te == null ? tokenIndexFrom(tokens, firstToken, me - 1) + 1 : te,
              text.substring(mb, me), m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
      }
    }
    return new Document(original, sentences, tokens, mentions, QuotationFinder.find(text));
  }

  private void parseShortSentences(String text, List<CoreMap> sentences) {
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
    Annotation subset = new Annotation(text);
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
