package org.sitrep.internal.nlp;

import java.util.Properties;

/**
 * Annotators with other NER settings than sitrep's, for measuring what a change of NER does
 * (DevEval and DevRun {@code --ner-3crfs}, StageProfile). Not shared with the default models.
 */
public final class NerVariants {

  private NerVariants() {}

  /**
   * sitrep's pipeline properties with CoreNLP's default coarse NER models: the three CRFs
   * english.all.3class, english.conll.4class (MISC) and english.muc.7class (DATE, TIME, MONEY,
   * PERCENT), as sitrep ran before its own date and time tagger.
   */
  public static Properties threeCrfsProperties() {
    Properties p = CoreNlpAnnotator.pipelineProperties();
    p.remove("ner.model");
    return p;
  }

  /** An annotator like sitrep's whose NER runs CoreNLP's three default CRF models (then sitrep's dates, which add nothing to them but a comma). */
  public static CoreNlpAnnotator threeCrfs(NlpOptions options) {
    return new CoreNlpAnnotator(options, NlpModels.load(threeCrfsProperties()));
  }
}
