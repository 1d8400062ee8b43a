package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the extractors' lexicons: UTF-8 resource files of lines, {@code #} starting a comment line,
 * columns separated by tabs. Entries are lower-cased with {@link Locale#ROOT}.
 */
public final class Lexicons {

  private Lexicons() {}

  /** The rows of a resource, each split on tabs and trimmed; comments and blank lines skipped. */
  public static List<String[]> rows(String resource) {
    InputStream in = Lexicons.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].trim();
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }

  /** One line of a table resource: its cells (stripped, empty ones kept) and where it stands. */
  public record Row(String resource, int line, String[] cells) {

    /** An error that names the resource and line, for a malformed entry. */
    public IllegalStateException error(String message) {
      return new IllegalStateException(resource + ":" + line + ": " + message);
    }
  }

  /**
   * The rows of a table resource with at least {@code columns} tab-separated cells each (empty
   * cells count, so an empty last column is allowed); comments and blank lines skipped. A row with
   * fewer cells fails with its resource and line number.
   */
  public static List<Row> table(String resource, int columns) {
    InputStream in = Lexicons.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        Row row = new Row(resource, number, cells);
        if (cells.length < columns) {
          throw row.error("expected " + columns + " columns: " + line);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }

  /** The first column of every row, lower-cased. */
  public static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String[] row : rows(resource)) {
      out.add(row[0].toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** First column (lower-cased) to second column, for two-column files. */
  public static Map<String, String> map(String resource) {
    Map<String, String> out = new HashMap<>();
    for (String[] row : rows(resource)) {
      if (row.length < 2) {
        throw new IllegalStateException(resource + ": expected two columns in " + String.join("|", row));
      }
      out.putIfAbsent(row[0].toLowerCase(Locale.ROOT), row[1]);
    }
    return Map.copyOf(out);
  }
}
