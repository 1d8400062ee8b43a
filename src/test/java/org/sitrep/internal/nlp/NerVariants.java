package org.sitrep.internal.nlp;

import java.util.Properties;

/**
 * Annotators with other NER settings than sitrep's, for measuring what a change of NER would do
 * (DevEval {@code --ner-3class}). Not shared with the default models.
 */
public final class NerVariants {

  /** CoreNLP's coarse NER with one CRF model: english.all.3class (PERSON, ORGANIZATION, LOCATION). */
  public static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private NerVariants() {}

  /** An annotator like sitrep's whose NER runs the 3-class model alone. */
  public static CoreNlpAnnotator threeClass(NlpOptions options) {
    Properties p = CoreNlpAnnotator.pipelineProperties();
    p.setProperty("ner.model", THREE_CLASS);
    return new CoreNlpAnnotator(options, NlpModels.load(p));
  }
}
