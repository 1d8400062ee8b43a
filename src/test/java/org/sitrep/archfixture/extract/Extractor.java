package org.sitrep.archfixture.extract;

import org.sitrep.archfixture.internal.extract.Resolver;

/** Bad twice: the extractor SPI may use only claim and itself, and must not hand out an internal type. */
public interface Extractor {

  Resolver resolver();
}
