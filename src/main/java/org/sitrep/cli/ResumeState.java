package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.sitrep.json.SitrepJson;

/**
 * What an earlier, possibly killed, run already wrote to an output file: the ids of its complete
 * lines. A last line without its newline (the run died while writing it) is cut off, so that
 * the resumed run appends whole lines only.
 */
final class ResumeState {

  private final Set<String> doneIds;

  private ResumeState(Set<String> doneIds) {
    this.doneIds = doneIds;
  }

  static ResumeState none() {
    return new ResumeState(Set.of());
  }

  /** Reads {@code output} (absent: nothing done) and truncates a trailing partial line. */
  static ResumeState read(Path output) throws IOException {
    if (!Files.exists(output)) {
      return none();
    }
    truncateToLastNewline(output);
    Set<String> ids = new HashSet<>();
    try (var lines = Files.lines(output, StandardCharsets.UTF_8)) {
      lines.filter(l -> !l.isBlank()).forEach(l -> {
        String id = idOf(l);
        if (id != null) {
          ids.add(id);
        }
      });
    }
    return new ResumeState(ids);
  }

  boolean isDone(String id) {
    return id != null && doneIds.contains(id);
  }

  int size() {
    return doneIds.size();
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

  private static void truncateToLastNewline(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long pos = raf.length();
      while (pos > 0) {
        raf.seek(pos - 1);
        if (raf.read() == '\n') {
          break;
        }
        pos--;
      }
      if (pos < raf.length()) {
        raf.setLength(pos);
      }
    }
  }
}
