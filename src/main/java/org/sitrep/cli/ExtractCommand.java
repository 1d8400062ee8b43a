package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ArticleClaims;
import org.sitrep.json.SitrepJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts claims from articles: .txt files (one article each, id = file name), .jsonl files "
          + "(one article a line with id, title, source, published, url, text), folders of both, or "
          + "standard input (-).",
      "One article gives one pretty JSON object; several give JSON Lines, one line per input "
          + "record in input order. An article that fails gives a line with its error code and the "
          + "batch goes on."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article was processed",
      "1:at least one article failed (its output line carries the error)",
      "2:wrong usage, a missing file, or output that cannot be written"
    })
final class ExtractCommand implements Callable<Integer> {

  private final Cli cli;

  @picocli.CommandLine.Mixin BatchOptions batch = new BatchOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--jsonl", description = "Always write JSON Lines, even for a single article.")
  boolean jsonl;

  @Option(names = "--resume", description = "With -o: keep the complete lines FILE already has (one per input "
      + "record, in input order), skip that many records (their ids must agree) and append the rest: finishes "
      + "a killed run without redoing work or duplicating lines. Records the killed run was extracting "
      + "(FILE.inflight) run one at a time; one that killed a run alone gets an error line.")
  boolean resume;

  @Option(names = "--progress", negatable = true, description = "Show a progress bar on standard error "
      + "(default: when run in a terminal).")
  Boolean progress;

  ExtractCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    List<Path> files = batch.filesOrReport(cli);
    if (files == null) {
      return Main.USAGE;
    }
    String overlap = output == null ? null : InputOverlap.problem(output, batch.inputs);
    if (overlap != null) {
      cli.err().println("sitrep: " + overlap);
      return Main.USAGE;
    }
    if (resume && output == null) {
      cli.err().println("sitrep: --resume needs -o FILE (the output of the run to finish)");
      return Main.USAGE;
    }
    String outputProblem = output == null ? null : OutputCheck.problem(output);
    if (outputProblem != null) {
      cli.err().println("sitrep: " + outputProblem);
      return Main.USAGE;
    }
    org.sitrep.Sitrep sitrep = batch.sitrepOrReport(cli);
    if (sitrep == null) {
      return Main.USAGE;
    }
    ResumeState done = resume ? ResumeState.read(output) : ResumeState.none();
    boolean single = !resume && !jsonl && files.size() == 1 && !ArticleInputs.isJsonLines(files.get(0));
    boolean showProgress = progress != null ? progress : System.console() != null;
    Progress bar = new Progress(cli.err(), showProgress, showProgress ? ArticleInputs.count(files) - done.size() : 0);
    BatchSummary summary = new BatchSummary();
    InputReport report = new InputReport();
    Iterator<InputRecord> records = done.remaining(report.watch(ArticleInputs.read(files, cli.in())));
    try (Writer writer = open(); InFlightJournal journal = openJournal(done)) {
      new BatchRunner(sitrep, batch.threads).run(records, done.size(),
          journal == null ? BatchRunner.Watcher.NONE : journal, result -> {
            summary.add(result);
            write(writer, withProvenance(result, sitrep), single);
            bar.step();
          });
      if (journal != null) {
        journal.finished();
      }
    } catch (UncheckedIOException | ResumeState.Mismatch e) {
      cli.err().println("sitrep: " + e.getMessage());
      return Main.USAGE;
    } finally {
      bar.finish();
    }
    report.lines().forEach(cli.err()::println);
    if (!batch.quiet) {
      if (resume) {
        cli.err().println("sitrep: resumed: " + done.size() + " articles were already in " + output + crashNote(done));
      }
      cli.err().println(summary.line(cli.loadSeconds()));
    }
    return summary.errorCount() > 0 ? Main.ARTICLES_FAILED : Main.OK;
  }

  private Writer open() throws IOException {
    if (output == null) {
      return new BufferedWriter(new OutputStreamWriter(new NonClosing(cli.out()), StandardCharsets.UTF_8));
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return resume
        ? Files.newBufferedWriter(output, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }

  /** The journal of what is in flight, beside the output file; none for standard output. */
  private InFlightJournal openJournal(ResumeState done) throws IOException {
    if (output == null) {
      return null;
    }
    return resume ? InFlightJournal.resume(output, done.crashes()) : InFlightJournal.create(output);
  }

  private static String crashNote(ResumeState done) {
    InFlightJournal.Crashes c = done.crashes();
    if (c.isEmpty()) {
      return "";
    }
    return "; the run before died: " + c.suspects().size() + " articles it was extracting ran again one at a time, "
        + c.culprits().size() + " that it died on alone got an error line";
  }

  /** Every document says what produced it, error lines for unreadable input records too. */
  private static ArticleClaims withProvenance(ArticleClaims result, org.sitrep.Sitrep sitrep) {
    return result.provenance() == null ? result.withProvenance(sitrep.provenance()) : result;
  }

  private static void write(Writer writer, ArticleClaims result, boolean pretty) {
    try {
      writer.write(pretty ? SitrepJson.toPrettyJson(result) : SitrepJson.toLine(result));
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
    }
  }

  /** Standard output must stay open after a command (tests run several in one JVM). */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
