package org.sitrep;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What produced a document: the {@code provenance} block of {@code sitrep.claims/1}. Two documents
 * with equal provenance were made by the same code, models, settings and knowledge, so their
 * differences come from their texts. Documents written without it (gold files, older output) read
 * with a null provenance.
 *
 * @param sitrep sitrep's version, as in the pom it was built from
 * @param corenlp the version of Stanford CoreNLP on the class path
 * @param annotators CoreNLP's annotators, in the order they run
 * @param settings CoreNLP's pipeline settings that sitrep sets, by name
 * @param extractors the ids of the extractors that ran, in order
 * @param limits the limits in force
 * @param knowledge {@code "sha256:<hex>"} over sitrep's lexicons, gazetteer and other resource
 *     files, or null when they could not be read as files
 */
@JsonPropertyOrder({"sitrep", "corenlp", "annotators", "settings", "extractors", "limits", "knowledge"})
public record Provenance(
    String sitrep,
    String corenlp,
    List<String> annotators,
    Map<String, String> settings,
    List<String> extractors,
    Limits limits,
    String knowledge) {

  /**
   * Copies the lists; the settings stay sorted by name.
   *
   * @param sitrep sitrep's version
   * @param corenlp CoreNLP's version
   * @param annotators CoreNLP's annotators, in order
   * @param settings CoreNLP's pipeline settings, by name
   * @param extractors the extractors' ids, in order
   * @param limits the limits in force
   * @param knowledge the digest of sitrep's resource files, or null
   */
  public Provenance {
    annotators = annotators == null ? List.of() : List.copyOf(annotators);
    settings = settings == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(settings));
    extractors = extractors == null ? List.of() : List.copyOf(extractors);
  }

  /**
   * The limits a {@link Sitrep} applies to each article.
   *
   * @param maxChars the longest text accepted, in UTF-16 code units
   * @param maxParseTokens sentences with more tokens are not dependency-parsed
   * @param timeoutMillis the time limit per article, 0 for none
   */
  @JsonPropertyOrder({"maxChars", "maxParseTokens", "timeoutMillis"})
  public record Limits(int maxChars, int maxParseTokens, long timeoutMillis) {}
}
