package org.sitrep.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a file of JSON documents in any layout that sitrep writes: JSON Lines (one document a
 * line, as {@code extract} writes a batch), one pretty-printed object (as it writes a single
 * article), or several objects one after another. Errors name the file and the line and say
 * what is wrong in plain words, without Jackson's internals.
 */
public final class JsonDocuments {

  /**
   * One document of a file.
   *
   * @param line the 1-based line it starts on
   * @param node the document
   */
  public record Document(int line, JsonNode node) {}

  private JsonDocuments() {}

  /**
   * All documents of a UTF-8 file, in order.
   *
   * @param file the file
   * @return its documents, each a JSON object
   * @throws IOException when the file cannot be read, or holds something that is not a JSON
   *     object ({@code "FILE:LINE: ..."})
   */
  public static List<Document> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /**
   * All documents a reader holds, in order.
   *
   * @param reader the JSON text
   * @param origin what to call it in error messages (a file name)
   * @return its documents, each a JSON object
   * @throws IOException when it holds something that is not a JSON object ({@code "ORIGIN:LINE: ..."})
   */
  public static List<Document> read(Reader reader, String origin) throws IOException {
    List<Document> out = new ArrayList<>();
    try (JsonParser parser = SitrepJson.parser(reader)) {
      while (true) {
        JsonToken token;
        try {
          token = parser.nextToken();
        } catch (JsonProcessingException e) {
          throw new IOException(where(origin, e) + ": not JSON: " + describe(e), e);
        }
        if (token == null) {
          return out;
        }
        int line = parser.currentTokenLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
          throw new IOException(origin + ":" + line + ": not a JSON object (sitrep documents are objects, one a line or pretty-printed)");
        }
        try {
          out.add(new Document(line, parser.readValueAsTree()));
        } catch (JsonProcessingException e) {
          throw new IOException(where(origin, e) + ": not JSON: " + describe(e), e);
        }
      }
    }
  }

  /**
   * What is wrong with a JSON text or value, in plain words: the problem and the field it is in
   * ({@code "claims[2].mode"}), without Java class names or Jackson's source locations.
   *
   * @param e an exception from reading or mapping JSON
   * @return a one-line description
   */
  public static String describe(JsonProcessingException e) {
    String at = e instanceof JsonMappingException m ? path(m) : "";
    String problem;
    if (e instanceof InvalidFormatException f) {
      problem = "value " + quote(f.getValue()) + " is not allowed here";
    } else if (e instanceof ValueInstantiationException v && v.getCause() != null && v.getCause().getMessage() != null) {
      problem = v.getCause().getMessage();
    } else {
      problem = withoutClassNames(firstLine(e.getOriginalMessage()));
    }
    return at.isEmpty() ? problem : at + ": " + problem;
  }

  private static String where(String origin, JsonProcessingException e) {
    return e.getLocation() == null ? origin : origin + ":" + e.getLocation().getLineNr();
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
  }

  /**
   * Jackson names Java types in backquotes ({@code `org.sitrep.claim.Mode`}) and describes where
   * an unclosed object began with its internal source description: keep the simple name and the
   * line.
   */
  static String withoutClassNames(String message) {
    String m = message;
    int chain = m.indexOf("(through reference chain:");
    if (chain >= 0) {
      m = m.substring(0, chain).stripTrailing();
    }
    int marker = m.indexOf("(start marker at [Source:");
    int line = marker < 0 ? -1 : m.indexOf("; line: ", marker);
    int close = line < 0 ? -1 : m.indexOf("])", line);
    if (close >= 0) {
      String number = m.substring(line + "; line: ".length()).replaceFirst("^(\\d+).*$", "$1");
      m = m.substring(0, marker).stripTrailing() + " (opened on line " + number + ")" + m.substring(close + 2);
    }
    return m.replaceAll("`(?:[a-z_][\\w$]*\\.)+([\\w$]+)`", "$1");
  }


  private static String quote(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
