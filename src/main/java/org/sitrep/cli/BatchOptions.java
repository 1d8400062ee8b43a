package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.Sitrep;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs, threads, limits and quietness that every command reading articles takes. */
final class BatchOptions {

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Files or folders (.txt, .jsonl); - for standard input (the default).")
  List<Path> inputs = List.of(Path.of("-"));

  @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--quiet", description = "No summary line on standard error.")
  boolean quiet;

  @Mixin LimitOptions limits = new LimitOptions();

  /**
   * The article files the inputs name (folders expanded), or null after a one-line error on
   * standard error: threads below 1, a missing file, or no article files at all.
   */
  List<Path> filesOrReport(Cli cli) {
    if (threads < 1) {
      cli.err().println("sitrep: --threads must be at least 1, was " + threads);
      return null;
    }
    List<Path> files;
    try {
      files = ArticleInputs.expand(inputs);
    } catch (IOException e) {
      cli.err().println("sitrep: " + e.getMessage());
      return null;
    }
    if (files.isEmpty()) {
      cli.err().println("sitrep: no .txt or .jsonl files in " + inputs);
      return null;
    }
    return files;
  }

  /** The {@link Sitrep} for these limits, or null after a one-line error for a limit out of range. */
  Sitrep sitrepOrReport(Cli cli) {
    try {
      return cli.sitrep(limits);
    } catch (IllegalArgumentException e) {
      cli.err().println("sitrep: " + e.getMessage());
      return null;
    }
  }
}
