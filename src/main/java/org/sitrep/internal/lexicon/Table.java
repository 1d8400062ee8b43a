package org.sitrep.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A headed table read from a UTF-8 resource: the one format of sitrep's lexicons and gazetteer.
 *
 * <p>Cells are separated by tabs. Blank lines and lines that start with {@code #} are comments; the
 * first other line is the header, naming the columns; every later line is a {@link Row}, whose cells
 * are read by column name. A row may leave trailing cells out (they read as empty) but may not have
 * more cells than the header names. Cells are stripped of surrounding white space. Every error
 * names the resource and the line. A resource whose name ends in {@code .gz} is read through gzip.
 */
public final class Table {

  private final String resource;
  private final int headerLine;
  private final List<String> columns;
  private final Map<String, Integer> index;
  private final List<Row> rows;

  private Table(String resource, int headerLine, List<String> columns, List<String[]> cells, List<Integer> lines) {
    this.resource = resource;
    this.headerLine = headerLine;
    this.columns = List.copyOf(columns);
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      if (idx.putIfAbsent(columns.get(i), i) != null) {
        throw new IllegalStateException(resource + ":" + headerLine + ": column '" + columns.get(i) + "' named twice");
      }
    }
    this.index = Map.copyOf(idx);
    List<Row> out = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      out.add(new Row(this, lines.get(i), cells.get(i)));
    }
    this.rows = List.copyOf(out);
  }

  /** The table in the class-path resource at {@code absolutePath} ("/org/sitrep/..."). */
  public static Table read(String absolutePath) {
    return read(Table.class, absolutePath);
  }

  /** The table in the resource {@code name}, found as {@code owner.getResourceAsStream(name)} finds it. */
  public static Table read(Class<?> owner, String name) {
    String resource = name.startsWith("/") ? name
        : "/" + owner.getPackageName().replace('.', '/') + "/" + name;
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (Reader r = new InputStreamReader(name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in,
        StandardCharsets.UTF_8)) {
      return parse(resource, r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The table in {@code content}, named {@code resource} in errors. */
  public static Table parse(String resource, String content) {
    try {
      return parse(resource, new StringReader(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Table parse(String resource, Reader reader) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    List<String> header = null;
    int headerLine = 0;
    List<String[]> cells = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int number = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] split = line.split("\t", -1);
      for (int i = 0; i < split.length; i++) {
        split[i] = split[i].strip();
      }
      if (header == null) {
        header = Arrays.asList(split);
        headerLine = number;
        if (header.stream().anyMatch(String::isEmpty)) {
          throw new IllegalStateException(resource + ":" + number + ": a header names every column: " + line);
        }
        continue;
      }
      if (split.length > header.size()) {
        throw new IllegalStateException(resource + ":" + number + ": " + split.length + " cells, but the header at line "
            + headerLine + " names " + header.size() + " columns");
      }
      cells.add(split);
      lines.add(number);
    }
    if (header == null) {
      throw new IllegalStateException(resource + ": no header line (the first line that is not a # comment)");
    }
    return new Table(resource, headerLine, header, cells, lines);
  }

  /** Where the table came from, as errors name it. */
  public String resource() {
    return resource;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  /** This table, after checking that its header names every one of {@code required}. */
  public Table require(String... required) {
    for (String c : required) {
      if (!index.containsKey(c)) {
        throw new IllegalStateException(resource + ":" + headerLine + ": no column '" + c + "' in header " + columns);
      }
    }
    return this;
  }

  /** The non-empty cells of {@code column}, lower-cased, in file order without repeats. */
  public Set<String> lowerSet(String column) {
    Set<String> out = new LinkedHashSet<>();
    for (Row row : rows) {
      String v = row.optional(column);
      if (v != null) {
        out.add(v.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** {@code key} (lower-cased) to {@code value} of every row; the first row of a key wins. */
  public Map<String, String> lowerMap(String key, String value) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Row row : rows) {
      out.putIfAbsent(row.lower(key), row.required(value));
    }
    return out;
  }

  int column(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new IllegalArgumentException(resource + ": no column '" + name + "' in header " + columns);
    }
    return i;
  }
}
