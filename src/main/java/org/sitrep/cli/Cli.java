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

  synchronized Sitrep sitrep() {
    if (sitrep == null) {
      sitrep = sitrepFactory.get();
    }
    return sitrep;
  }

  /**
   * A {@link Sitrep} with the user's limits: the shared one when none are set, else one built
   * for them (CoreNLP keeps its models cached, so this is cheap after the first).
   *
   * @throws IllegalArgumentException for a limit out of range, with the option's name
   */
  Sitrep sitrep(LimitOptions limits) {
    return limits.isDefault() ? sitrep() : limits.configure(Sitrep.builder()).build();
  }
}
