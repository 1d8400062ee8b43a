package org.sitrep.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sitrep.Sitrep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code sitrep} command line: {@code bin/sitrep ...} after {@code mvn package}, or {@code mvn
 * -q compile exec:java -Dexec.args="..."}.
 */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = VersionLines.class,
    description = "Structured, attributed claims from conflict news.",
    subcommands = {ExtractCommand.class, EvaluateCommand.class, RenderCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article was processed",
      "1:at least one article failed (its output line carries the error)",
      "2:wrong usage, a missing file, or output that cannot be written"
    })
public final class Main implements Runnable {

  static final int OK = 0;
  static final int ARTICLES_FAILED = 1;
  static final int USAGE = 2;

  /** The system property through which slf4j-simple, the command line's logger, takes its level. */
  static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  static final List<String> LOG_LEVELS = List.of("off", "error", "warn", "info", "debug", "trace");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Takes effect because nothing logs before the command line is parsed (models load after). */
  @Option(names = "--log-level", paramLabel = "LEVEL", scope = CommandLine.ScopeType.INHERIT,
      description = "What sitrep and CoreNLP log on standard error: off, error, warn (the default), info, debug or trace.")
  void logLevel(String level) {
    String l = level.toLowerCase(Locale.ROOT);
    if (!LOG_LEVELS.contains(l)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--log-level must be one of " + String.join(", ", LOG_LEVELS) + ", was '" + level + "'");
    }
    System.setProperty(LOG_LEVEL_PROPERTY, l);
  }

  public static void main(String[] args) {
    System.setProperty(LOG_LEVEL_PROPERTY, "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setErr(LineLimitingOutputStream.limit(System.err)); // CoreNLP can log a whole sentence
    int code = run(args, System.in, System.out, System.err, () -> Sitrep.builder().build());
    System.exit(code);
  }

  /** Runs one command line; returns its exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Supplier<Sitrep> sitrep) {
    Cli cli = new Cli(in, out, err, sitrep);
    CommandLine cmd = new CommandLine(new Main(), new Factory(cli));
    cmd.setOut(new java.io.PrintWriter(out, true));
    cmd.setErr(new java.io.PrintWriter(err, true));
    cmd.setExitCodeExceptionMapper(e -> USAGE);
    cmd.setParameterExceptionHandler((ex, a) -> {
      err.println("sitrep: " + ex.getMessage() + " (see --help)");
      return USAGE;
    });
    cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
      err.println("sitrep: " + ex.getMessage());
      return USAGE;
    });
    return cmd.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Hands each command the shared {@link Cli}. */
  private record Factory(Cli cli) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Cli.class).newInstance(cli);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
