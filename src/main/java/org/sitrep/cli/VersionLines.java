package org.sitrep.cli;

import org.sitrep.Provenance;
import org.sitrep.Sitrep;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the versions and knowledge digest a default run writes into its provenance. */
final class VersionLines implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return lines(Sitrep.defaultProvenance());
  }

  static String[] lines(Provenance p) {
    return new String[] {
      "sitrep " + p.sitrep(),
      "CoreNLP " + p.corenlp() + ": " + String.join(", ", p.annotators()),
      "extractors: " + String.join(", ", p.extractors()),
      "knowledge: " + (p.knowledge() == null ? "(not readable as files)" : p.knowledge()),
      "(the \"provenance\" block of every document holds these, with the settings and limits)"
    };
  }
}
