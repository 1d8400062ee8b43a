package org.sitrep.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences longer than a token limit into consecutive pieces of at most that many tokens,
 * between sentence splitting and tagging. CoreNLP's part-of-speech tagger and NER hold memory per
 * sentence that grows faster than its length (a 28,000-token sentence exhausts a gigabyte), so a
 * run-on "sentence" of a whole article would otherwise cost far more than its size. Each piece is
 * an ordinary sentence: character and token offsets into the document, token indices from 1.
 */
final class LongSentences {

  private LongSentences() {}

  /** Replaces the annotation's sentences when one is longer than {@code maxTokens}; else leaves them. */
  static void split(Annotation annotation, int maxTokens) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.stream().noneMatch(s -> size(s) > maxTokens)) {
      return;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>(sentences.size() + 1);
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int firstToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (int from = 0; from < tokens.size(); from += maxTokens) {
        int to = Math.min(tokens.size(), from + maxTokens);
        out.add(sentence(text, new ArrayList<>(tokens.subList(from, to)), firstToken + from, out.size()));
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  private static int size(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  /** A sentence as CoreNLP's sentence splitter makes one. */
  private static CoreMap sentence(String text, List<CoreLabel> tokens, int firstToken, int index) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation sentence = new Annotation(text.substring(begin, end));
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setIndex(i + 1);
      tokens.get(i).setSentIndex(index);
    }
    return sentence;
  }
}
