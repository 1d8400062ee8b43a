package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.sitrep.ArticleError;
import org.sitrep.ErrorCode;
import org.sitrep.json.SitrepJson;

/**
 * What an earlier, possibly killed, run already wrote to an output file, and what it left in
 * flight. Output lines come in input order, one per input record, so the first N complete lines
 * are the first N records: a resumed run skips exactly those (matching them by position, and
 * checking that their ids agree, so that repeated ids are neither skipped nor lost) and goes on
 * from record N. A last line without its newline (the run died while writing it) is cut off,
 * so that the resumed run appends whole lines only. What the runs' {@link InFlightJournal} says
 * they were extracting when they died decides which records run alone and which are given up.
 */
final class ResumeState {

  /** The inputs are not those the output was written from. */
  static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Mismatch(String message) {
      super(message);
    }
  }

  private static final long NO_ID = 0;

  /** A hash of the article id of each complete line (so that millions of lines cost 8 bytes each). */
  private final long[] ids;
  private final InFlightJournal.Crashes crashes;

  private ResumeState(long[] ids, InFlightJournal.Crashes crashes) {
    this.ids = ids;
    this.crashes = crashes;
  }

  static ResumeState none() {
    return new ResumeState(new long[0], InFlightJournal.Crashes.NONE);
  }

  /** Reads {@code output} (absent: nothing done) and its journal, and truncates a trailing partial line. */
  static ResumeState read(Path output) throws IOException {
    InFlightJournal.Crashes crashes = InFlightJournal.read(output);
    if (!Files.exists(output)) {
      return new ResumeState(new long[0], crashes);
    }
    truncateToLastNewline(output);
    long[] ids = new long[1024];
    int n = 0;
    try (BufferedReader in = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        if (n == ids.length) {
          ids = Arrays.copyOf(ids, n * 2);
        }
        ids[n++] = hash(idOf(line));
      }
    }
    return new ResumeState(Arrays.copyOf(ids, n), crashes);
  }

  /** How many records the output already has. */
  int size() {
    return ids.length;
  }

  InFlightJournal.Crashes crashes() {
    return crashes;
  }

  /**
   * The records still to do: {@code records} without its first {@link #size()}, which are
   * checked against the output's lines (a {@link Mismatch} when an id differs or the input is
   * shorter, thrown before any record is handed on); a record that killed an earlier run alone
   * comes as an error record.
   */
  Iterator<InputRecord> remaining(Iterator<InputRecord> records) {
    return new Iterator<>() {
      private long position;

      @Override
      public boolean hasNext() {
        while (position < ids.length) {
          if (!records.hasNext()) {
            throw new Mismatch("the output has " + ids.length + " lines but the inputs only " + position
                + " records: --resume needs the inputs of the run it finishes, in the same order");
          }
          check(records.next(), (int) position);
          position++;
        }
        return records.hasNext();
      }

      @Override
      public InputRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        InputRecord r = records.next();
        return crashes.culprits().contains(position++) ? givenUp(r) : r;
      }
    };
  }

  private void check(InputRecord record, int line) {
    String id = record.article().id();
    // an id made from the record's place ("file.jsonl:12") depends on how the path was written
    if (id == null || id.equals(record.origin()) || ids[line] == NO_ID || hash(id) == ids[line]) {
      return;
    }
    throw new Mismatch("line " + (line + 1) + " of the output is not article '" + id + "' (" + record.origin()
        + "): --resume needs the inputs of the run it finishes, in the same order");
  }

  private static InputRecord givenUp(InputRecord r) {
    return InputRecord.failed(r.origin(), r.article(), new ArticleError(ErrorCode.INTERNAL, r.origin()
        + ": an earlier run of this batch died while extracting this article with nothing beside it "
        + "(killed, or out of memory); it is not tried again"));
  }

  private static String idOf(String line) {
    try {
      JsonNode node = SitrepJson.readTree(line);
      JsonNode id = node == null ? null : node.path("article").get("id");
      return id == null || id.isNull() ? null : id.asText();
    } catch (IOException e) {
      return null;
    }
  }

  /** FNV-1a over the id's chars; {@link #NO_ID} for no id. */
  static long hash(String id) {
    if (id == null) {
      return NO_ID;
    }
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == NO_ID ? 1 : h;
  }

  private static void truncateToLastNewline(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] block = new byte[1 << 16];
      long end = raf.length();
      long keep = 0;
      search:
      while (end > 0) {
        int n = (int) Math.min(block.length, end);
        raf.seek(end - n);
        raf.readFully(block, 0, n);
        for (int i = n - 1; i >= 0; i--) {
          if (block[i] == '\n') {
            keep = end - n + i + 1;
            break search;
          }
        }
        end -= n;
      }
      if (keep < raf.length()) {
        raf.setLength(keep);
      }
    }
  }
}
