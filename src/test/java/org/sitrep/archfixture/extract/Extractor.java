package org.sitrep.archfixture.extract;

/** Bad twice: the extractor SPI may use only claim and itself, and must not hand out an internal type. */
public interface Extractor {

  Resolver resolver();
}
