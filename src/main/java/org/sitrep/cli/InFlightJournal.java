package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A file beside the output ({@code OUTPUT.inflight}) that says which input records a run has
 * started and ended, so that a run which dies (killed, or its JVM out of memory) can be resumed
 * without dying again on the same article. One line per event: {@code start N}, {@code alone N}
 * (started with nothing beside it) or {@code end N}, N being the record's position in the input.
 * Appended over the runs of one batch, flushed line by line, deleted when a run gets to its end.
 *
 * <p>On {@code --resume}, a record that a dead run had started and not ended is a suspect: it
 * runs alone. A record that a dead run had started alone and not ended is the culprit: it gets an
 * error line and is not tried again. So each record that kills a run costs at most two runs.
 */
final class InFlightJournal implements BatchRunner.Watcher, AutoCloseable {

  /** What earlier runs left in flight when they died. */
  record Crashes(Set<Long> suspects, Set<Long> culprits) {
    static final Crashes NONE = new Crashes(Set.of(), Set.of());

    boolean isEmpty() {
      return suspects.isEmpty() && culprits.isEmpty();
    }
  }

  private final Path file;
  private final Writer out;
  private final Set<Long> suspects;

  private InFlightJournal(Path file, Writer out, Set<Long> suspects) {
    this.file = file;
    this.out = out;
    this.suspects = suspects;
  }

  static Path fileFor(Path output) {
    return output.resolveSibling(output.getFileName() + ".inflight");
  }

  /** A journal for a new batch: an old one is replaced. */
  static InFlightJournal create(Path output) throws IOException {
    Path file = fileFor(output);
    return new InFlightJournal(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8), Set.of());
  }

  /** The journal of a resumed batch: appended to; {@code crashes.suspects()} run alone. */
  static InFlightJournal resume(Path output, Crashes crashes) throws IOException {
    Path file = fileFor(output);
    return new InFlightJournal(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND), crashes.suspects());
  }

  /** What the journal beside {@code output} says earlier runs left in flight; none without one. */
  static Crashes read(Path output) throws IOException {
    Path file = fileFor(output);
    if (!Files.exists(file)) {
      return Crashes.NONE;
    }
    return crashes(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static Crashes crashes(List<String> lines) {
    Set<Long> started = new HashSet<>();
    Set<Long> alone = new HashSet<>();
    Set<Long> culprits = new HashSet<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      if (space < 0) {
        continue; // a line cut off when the run died
      }
      long position;
      try {
        position = Long.parseLong(line.substring(space + 1).strip());
      } catch (NumberFormatException e) {
        continue;
      }
      switch (line.substring(0, space)) {
        case "start" -> started.add(position);
        case "alone" -> alone.add(position);
        case "end" -> {
          started.remove(position);
          alone.remove(position);
        }
        default -> { }
      }
    }
    culprits.addAll(alone);
    started.removeAll(culprits);
    return new Crashes(Set.copyOf(started), Set.copyOf(culprits));
  }

  @Override
  public boolean alone(long position) {
    return suspects.contains(position);
  }

  @Override
  public void started(long position, boolean alone) {
    write((alone ? "alone " : "start ") + position);
  }

  @Override
  public void ended(long position) {
    write("end " + position);
  }

  private synchronized void write(String line) {
    try {
      out.write(line);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The batch got to its end: nothing is in flight, the journal goes. */
  void finished() throws IOException {
    close();
    Files.deleteIfExists(file);
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
