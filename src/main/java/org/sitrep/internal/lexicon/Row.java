package org.sitrep.internal.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One data line of a {@link Table}: its cells, read by column name, and where it stands. A missing
 * trailing cell reads as empty. Readers that find a bad value throw {@link #error}, which names the
 * resource and the line.
 */
public final class Row {

  private final Table table;
  private final int line;
  private final String[] cells;

  Row(Table table, int line, String[] cells) {
    this.table = table;
    this.line = line;
    this.cells = cells;
  }

  public String resource() {
    return table.resource();
  }

  /** The line number in the resource, from 1. */
  public int line() {
    return line;
  }

  /** The cell of {@code column} as written (stripped), "" when empty or left out. */
  public String get(String column) {
    int i = table.column(column);
    return i < cells.length ? cells[i] : "";
  }

  /** The cell of {@code column}; an error when it is empty. */
  public String required(String column) {
    String v = get(column);
    if (v.isEmpty()) {
      throw error("column '" + column + "' is empty");
    }
    return v;
  }

  /** The cell of {@code column}, or null when it is empty or "-". */
  public String optional(String column) {
    String v = get(column);
    return v.isEmpty() || v.equals("-") ? null : v;
  }

  /** The required cell of {@code column}, lower-cased. */
  public String lower(String column) {
    return required(column).toLowerCase(Locale.ROOT);
  }

  /** "yes" is true; "no", "-" or an empty cell false; anything else an error. */
  public boolean flag(String column) {
    String v = get(column).toLowerCase(Locale.ROOT);
    return switch (v) {
      case "yes" -> true;
      case "no", "-", "" -> false;
      default -> throw error("column '" + column + "' is yes or no, not '" + v + "'");
    };
  }

  /** The required cell of {@code column} as a constant of {@code type} (upper-cased). */
  public <E extends Enum<E>> E choice(String column, Class<E> type) {
    String v = required(column);
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error("column '" + column + "': '" + v + "' is not a " + type.getSimpleName());
    }
  }

  /** The cell of {@code column} as a number, or null when empty. */
  public Double decimal(String column) {
    String v = get(column);
    try {
      return v.isEmpty() ? null : Double.valueOf(v);
    } catch (NumberFormatException e) {
      throw error("column '" + column + "': not a number: " + v);
    }
  }

  /** The cell of {@code column} as a whole number, or null when empty. */
  public Long integer(String column) {
    String v = get(column);
    try {
      return v.isEmpty() ? null : Long.valueOf(v);
    } catch (NumberFormatException e) {
      throw error("column '" + column + "': not a whole number: " + v);
    }
  }

  /** The optional cell of {@code column} split on {@code separator} (a literal), parts stripped; empty when none. */
  public List<String> list(String column, String separator) {
    String v = optional(column);
    List<String> out = new ArrayList<>();
    if (v != null) {
      for (String part : v.split(Pattern.quote(separator))) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return List.copyOf(out);
  }

  /** An error about this row, naming its resource and line. */
  public IllegalStateException error(String message) {
    return new IllegalStateException(resource() + ":" + line + ": " + message);
  }

  @Override
  public String toString() {
    return resource() + ":" + line + ": " + String.join("\t", cells);
  }
}
