package org.sitrep.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.Supplier;
import org.sitrep.Sitrep;

/**
 * What a command needs from its surroundings: the streams, and the {@link Sitrep} (built on first
 * use, so that {@code --help} and usage errors cost no model loading; tests pass a shared one).
 */
final class Cli {

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Supplier<Sitrep> sitrepFactory;
  private Sitrep sitrep;
  private long loadNanos;

  Cli(InputStream in, PrintStream out, PrintStream err, Supplier<Sitrep> sitrepFactory) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.sitrepFactory = sitrepFactory;
  }

  InputStream in() {
    return in;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** The shared {@link Sitrep}, built on first use with a "loading models" line on standard error. */
  Sitrep sitrep() {
    return sitrep(false);
  }

  /** As {@link #sitrep()}; {@code quiet} leaves out the "loading models" line. */
  synchronized Sitrep sitrep(boolean quiet) {
    if (sitrep == null) {
      sitrep = load(sitrepFactory, quiet);
    }
    return sitrep;
  }

  /**
   * A {@link Sitrep} with the user's limits: the shared one when none are set, else one built
   * for them (CoreNLP keeps its models cached, so this is cheap after the first).
   *
   * @throws IllegalArgumentException for a limit out of range, with the option's name, before
   *     any model loads
   */
  Sitrep sitrep(LimitOptions limits, boolean quiet) {
    if (limits.isDefault()) {
      return sitrep(quiet);
    }
    Sitrep.Builder builder = limits.configure(Sitrep.builder());
    builder.config();
    return load(builder::build, quiet);
  }

  /** Seconds spent loading models so far (near zero when the factory had one ready). */
  synchronized double loadSeconds() {
    return loadNanos / 1e9;
  }

  private synchronized Sitrep load(Supplier<Sitrep> factory, boolean quiet) {
    if (!quiet) {
      err.println("sitrep: loading models (CoreNLP, lexicons, gazetteer)...");
    }
    long start = System.nanoTime();
    Sitrep loaded = factory.get();
    loadNanos += System.nanoTime() - start;
    return loaded;
  }
}
