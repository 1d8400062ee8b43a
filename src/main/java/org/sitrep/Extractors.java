package org.sitrep;

import java.util.List;
import org.sitrep.extract.ExtractorChain;

/** The extractors a {@link Sitrep} runs, in order. */
final class Extractors {

  private Extractors() {}

  static ExtractorChain chain() {
    return new ExtractorChain(org.sitrep.extract.speaker.SpeakerExtractor.load(
        org.sitrep.extract.SourceResolver.load(
            org.sitrep.extract.CountryLexicon.of(org.sitrep.geo.Gazetteer.shared()))), List.of());
  }
}
