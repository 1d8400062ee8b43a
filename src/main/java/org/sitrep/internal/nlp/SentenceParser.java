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
   * about twice the CPU) when this CoreNLP's internals are not the ones it reads.
   */
  static SentenceParser load(ExecutorService pool) {
    ArcStandardParser fast = ArcStandardParser.load(pool);
    if (fast != null) {
      return fast;
    }
    LoggerFactory.getLogger(SentenceParser.class).warn("CoreNLP {} is not the version sitrep's fast dependency "
        + "parser reads ({}); using CoreNLP's own parser (same parses, slower)",
        PipelineDescription.coreNlpOnClassPath(), CoreNlpAnnotator.CORENLP_VERSION);
    return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties())::predict;
  }
}
