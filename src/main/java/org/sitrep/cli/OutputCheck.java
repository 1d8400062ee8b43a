package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks that {@code -o} names a file sitrep can write, before any model loads: a run should not
 * spend 20 seconds loading only to find that its output cannot be written.
 */
final class OutputCheck {

  private OutputCheck() {}

  /**
   * Null when {@code file} can be written (its folders are created and the file is opened
   * without truncating it), else what is wrong, in words.
   */
  static String problem(Path file) {
    if (Files.isDirectory(file)) {
      return "-o " + file + " is a folder; give a file name";
    }
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (FileAlreadyExistsException e) {
      return "cannot write -o " + file + ": " + e.getFile() + " is a file, not a folder";
    } catch (IOException e) {
      return "cannot create the folder " + parent + " for -o " + file + ": " + reason(e);
    }
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      return null;
    } catch (IOException e) {
      return "cannot write -o " + file + ": " + reason(e);
    }
  }

  /** The cause in words: Java's exceptions for files often carry only the path as their message. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage();
  }
}
