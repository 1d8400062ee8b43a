package org.sitrep;

import java.util.List;
import org.sitrep.extract.ExtractorChain;
import org.sitrep.extract.figure.FigureExtractor;
import org.sitrep.geo.Gazetteer;

/** The extractors a {@link Sitrep} runs, in order. */
final class Extractors {

  private Extractors() {}

  static ExtractorChain chain() {
    return new ExtractorChain(null, List.of(new FigureExtractor(Gazetteer.shared())));
  }
}
