package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
   * standard error: threads below 1, a missing file, or no article files at all (with a note when
   * more threads than cores would wait for the time-limited workers). A folder's gold
   * files ({@code gold.jsonl}, {@code *.gold.jsonl}) are skipped with a note: they hold the texts
   * of articles that usually sit beside them as {@code .txt}, which would then be extracted
   * twice. A gold file named on the command line is read.
   */
  List<Path> filesOrReport(Cli cli) {
    if (threads < 1) {
      cli.err().println("sitrep: --threads must be at least 1, was " + threads);
      return null;
    }
    int cores = Runtime.getRuntime().availableProcessors();
    if (threads > cores && limits.timeLimited() && !quiet) {
      cli.err().println("sitrep: --threads " + threads + " is more than the " + cores + " cores: with a time limit"
          + " at most " + cores + " articles are extracted at once and the others wait their turn"
          + " (their clock starts when they do); --timeout 0 lifts that");
    }
    List<Path> files = new ArrayList<>();
    try {
      for (Path input : inputs) {
        List<Path> found = ArticleInputs.expand(List.of(input));
        if (Files.isDirectory(input)) {
          List<Path> gold = found.stream().filter(BatchOptions::isGoldFile).toList();
          if (!gold.isEmpty() && !quiet) {
            cli.err().println("sitrep: skipped " + gold.size() + " gold file" + (gold.size() == 1 ? "" : "s")
                + " in " + input + " (" + gold.get(0).getFileName() + (gold.size() > 1 ? "..." : "")
                + "); name a gold file on the command line to read its texts");
          }
          found = found.stream().filter(f -> !isGoldFile(f)).toList();
        }
        files.addAll(found);
      }
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

  /** A gold file by its name: {@code gold.jsonl} or {@code NAME.gold.jsonl}. */
  static boolean isGoldFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.equals("gold.jsonl") || name.endsWith(".gold.jsonl");
  }

  /**
   * The {@link Sitrep} for these limits (with a "loading models" line unless quiet), or null
   * after a one-line error for a limit out of range.
   */
  Sitrep sitrepOrReport(Cli cli) {
    try {
      return cli.sitrep(limits, quiet);
    } catch (IllegalArgumentException e) {
      cli.err().println("sitrep: " + e.getMessage());
      return null;
    }
  }
}
