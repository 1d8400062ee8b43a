package org.sitrep;

import java.util.List;
import org.sitrep.extract.ExtractorChain;
import org.sitrep.extract.figure.FigureExtractor;
import org.sitrep.extract.location.LocationExtractor;
import org.sitrep.geo.Gazetteer;

/** The extractors a {@link Sitrep} runs, in order. */
final class Extractors {

  /** The one gazetteer every extractor shares: immutable, loaded on first use. */
  static final Gazetteer GAZETTEER = Gazetteer.shared();

  private Extractors() {}

  static ExtractorChain chain() {
    return new ExtractorChain(null, List.of(new FigureExtractor(GAZETTEER), new LocationExtractor(GAZETTEER)));
  }
}
