package org.sitrep.archfixture.spark;

import picocli.CommandLine;

/** Bad: picocli outside cli. */
final class JobWithOwnPicocli {

  int run(String... args) {
    return new CommandLine(new Object()).execute(args);
  }
}
