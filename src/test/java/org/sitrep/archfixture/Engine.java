package org.sitrep.archfixture;

import org.sitrep.archfixture.extract.Extractor;

/** Allowed: the facade takes an extractor of the SPI, which is API though it sits in extract. */
public final class Engine {

  public Engine add(Extractor extractor) {
    return this;
  }
}
