package org.sitrep;

import java.util.List;
import org.sitrep.extract.ExtractorChain;
import org.sitrep.extract.stance.CountryLookup;
import org.sitrep.extract.stance.StanceExtractor;

/** The extractors a {@link Sitrep} runs, in order. */
final class Extractors {

  private Extractors() {}

  static ExtractorChain chain() {
    return new ExtractorChain(null, List.of(new StanceExtractor(CountryLookup.none())));
  }
}
