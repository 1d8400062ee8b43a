package org.sitrep;

import java.util.List;
import org.sitrep.extract.ExtractorChain;
import org.sitrep.extract.figure.FigureExtractor;
import org.sitrep.extract.stance.StanceExtractor;
import org.sitrep.geo.Gazetteer;

/** The extractors a {@link Sitrep} runs, in order. */
final class Extractors {

  private Extractors() {}

  static ExtractorChain chain() {
    Gazetteer gazetteer = Gazetteer.shared();
    return new ExtractorChain(null, List.of(new FigureExtractor(gazetteer), new StanceExtractor(gazetteer)));
  }
}
