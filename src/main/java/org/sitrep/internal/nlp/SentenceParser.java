package org.sitrep.internal.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import org.slf4j.LoggerFactory;

/** Parses one tagged sentence into CoreNLP's grammatical structure. */
@FunctionalInterface
interface SentenceParser {

  GrammaticalStructure parse(CoreMap sentence);

  /**
   * {@link ArcStandardParser}, or CoreNLP's own {@code DependencyParser.predict} (same parses,
   * about twice the CPU) when the model on the class path is not one it reads.
   */
  static SentenceParser load(ExecutorService pool) {
    String reason;
    try {
      ArcStandardParser fast = ArcStandardParser.load(pool);
      if (fast != null) {
        return fast;
      }
      reason = "not an English UD model";
    } catch (IllegalStateException | NumberFormatException e) {
      reason = e.getMessage();
    }
    LoggerFactory.getLogger(SentenceParser.class).warn("sitrep's fast dependency parser cannot read the model of "
        + "CoreNLP {} (sitrep is built for {}): {}; using CoreNLP's own parser (same parses, slower)",
        PipelineDescription.coreNlpOnClassPath(), CoreNlpAnnotator.CORENLP_VERSION, reason);
    return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties())::predict;
  }
}
