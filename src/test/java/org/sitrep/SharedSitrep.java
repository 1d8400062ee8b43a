package org.sitrep;

import org.sitrep.nlp.Document;

/**
 * The one {@link Sitrep} of a test JVM: CoreNLP's models load once per run (seconds, a gigabyte),
 * not once per test class. Surefire runs all test classes in one reused fork.
 */
public final class SharedSitrep {

  private SharedSitrep() {}

  private static final class Holder {
    static final Sitrep SITREP = Sitrep.builder().build();
  }

  public static Sitrep get() {
    return Holder.SITREP;
  }

  /** The annotation of {@code text}, as the extractors see it. */
  public static Document annotate(String text) {
    return get().annotate(text);
  }
}
