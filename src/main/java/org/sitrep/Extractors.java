package org.sitrep;

import java.util.List;
import org.sitrep.extract.ExtractorChain;
import org.sitrep.extract.Knowledge;
import org.sitrep.extract.figure.FigureExtractor;
import org.sitrep.extract.location.LocationExtractor;
import org.sitrep.extract.speaker.SpeakerExtractor;
import org.sitrep.extract.stance.StanceExtractor;
import org.sitrep.geo.Gazetteer;

/** The extractors a {@link Sitrep} runs, in order. */
final class Extractors {

  /** The ids of {@link #chain()}'s extractors, in order, known without loading them. */
  static final List<String> DEFAULT_IDS = List.of("speaker", "figure", "stance", "location");

  private Extractors() {}

  static ExtractorChain chain() {
    return new ExtractorChain(Knowledge.load(Gazetteer.shared()), SpeakerExtractor.load(),
        List.of(new FigureExtractor(), new StanceExtractor(), new LocationExtractor()));
  }
}
