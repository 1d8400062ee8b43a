package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses an output file that is one of the inputs (writing it would empty the input before it
 * is read) or lies inside an input folder (the next run would read it back as articles). Checked
 * before anything is opened, with links and relative paths resolved.
 */
final class InputOverlap {

  private InputOverlap() {}

  /** Null when {@code output} is safe to write, else what is wrong, in words. */
  static String problem(Path output, List<Path> inputs) throws IOException {
    Path out = resolved(output);
    for (Path input : inputs) {
      if (input.toString().equals("-") || !Files.exists(input)) {
        continue;
      }
      Path in = input.toRealPath();
      if (Files.isDirectory(in)) {
        if (out.startsWith(in)) {
          return "-o " + output + " is inside the input folder " + input
              + " (a later run would read it back as articles); write it elsewhere";
        }
      } else if (out.equals(in) || (Files.exists(output) && Files.isSameFile(output, in))) {
        return "-o " + output + " is the input " + input + " (writing it would destroy it); write it elsewhere";
      }
    }
    return null;
  }

  /** The real path of {@code p}, or of its nearest existing folder with the rest appended. */
  private static Path resolved(Path p) throws IOException {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    return existing.toRealPath().resolve(existing.relativize(abs));
  }
}
