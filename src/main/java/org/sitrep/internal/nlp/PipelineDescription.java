package org.sitrep.internal.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the CoreNLP pass of {@link CoreNlpAnnotator} is, for provenance: the CoreNLP version found
 * on the class path, the annotators in the order they run, and the pipeline's settings. Read
 * from the same properties the annotator is built with, so it cannot drift from them.
 *
 * @param coreNlpVersion the version in CoreNLP's jar manifest, or {@link CoreNlpAnnotator#CORENLP_VERSION}
 *     when the class path gives none
 * @param annotators annotator names, e.g. {@code tokenize}, {@code ner}, {@code depparse}; {@code
 *     sitrep.dates} is sitrep's own date and time tagger ({@link TemporalTagger}), run after NER
 * @param settings the pipeline's properties other than {@code annotators}, sorted by name
 */
public record PipelineDescription(String coreNlpVersion, List<String> annotators, Map<String, String> settings) {

  /** Copies the lists; the settings stay sorted by name. */
  public PipelineDescription {
    annotators = List.copyOf(annotators);
    settings = Collections.unmodifiableMap(new TreeMap<>(settings));
  }

  /** The pipeline {@link CoreNlpAnnotator} builds. Loads no model. */
  public static PipelineDescription current() {
    Properties p = CoreNlpAnnotator.pipelineProperties();
    List<String> annotators = new ArrayList<>(Arrays.asList(p.getProperty("annotators").split(",")));
    annotators.add(CoreNlpAnnotator.DATES);
    annotators.add("depparse");
    Map<String, String> settings = new TreeMap<>();
    for (String name : p.stringPropertyNames()) {
      if (!name.equals("annotators")) {
        settings.put(name, p.getProperty(name));
      }
    }
    return new PipelineDescription(coreNlpOnClassPath(), annotators, settings);
  }

  /** The version of the CoreNLP on the class path (its jar's manifest). */
  static String coreNlpOnClassPath() {
    Package pkg = StanfordCoreNLP.class.getPackage();
    String v = pkg == null ? null : pkg.getImplementationVersion();
    return v == null || v.isBlank() ? CoreNlpAnnotator.CORENLP_VERSION : v;
  }
}
