package org.sitrep.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own quote finder with quote attribution, as a baseline to compare sitrep's speaker
 * claims with (not used by the library). Annotators: tokenize, ssplit (every newline ends a
 * sentence, as in sitrep), pos, lemma, ner, depparse, coref, quote, with CoreNLP's defaults
 * otherwise. Heavy: coreference needs about 6 GB of heap. Built once, then used from one thread
 * at a time.
 */
public final class CoreNlpQuoteBaseline {

  /**
   * One top-level quotation: its content without the quotation marks ({@code begin}..{@code end},
   * UTF-16 offsets, end exclusive) and the canonical speaker name CoreNLP gives, or null.
   */
  public record AttributedQuote(int begin, int end, String text, String speaker) {}

  private static final String QUOTE_MARKS = "\"'“”‘’«»„‟‹›";

  private final StanfordCoreNLP pipeline;

  public CoreNlpQuoteBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    this.pipeline = new StanfordCoreNLP(p, true);
  }

  public List<AttributedQuote> quotes(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    List<AttributedQuote> result = new ArrayList<>();
    if (quotes == null) {
      return result;
    }
    for (CoreMap q : quotes) {
      int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      while (begin < end && (QUOTE_MARKS.indexOf(text.charAt(begin)) >= 0 || Character.isWhitespace(text.charAt(begin)))) {
        begin++;
      }
      while (end > begin && (QUOTE_MARKS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
        end--;
      }
      if (begin == end) {
        continue;
      }
      String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
      if (speaker == null || speaker.isBlank()) {
        speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      }
      result.add(new AttributedQuote(begin, end, text.substring(begin, end),
          speaker == null || speaker.isBlank() ? null : speaker));
    }
    return result;
  }
}
