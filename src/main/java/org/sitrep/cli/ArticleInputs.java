package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.sitrep.Article;
import org.sitrep.ArticleError;
import org.sitrep.ErrorCode;
import org.sitrep.json.SitrepJson;

/**
 * Reads articles from {@code .txt} files (one article each, id = file name), {@code .jsonl} files
 * (one article a line: id, title, source, published, text), folders of both, or standard input
 * ({@code -}). Records come lazily, one at a time, so a batch never holds its whole input.
 */
final class ArticleInputs {

  /** Reads input lines; a private copy, since the shared mapper is not handed out. */
  private static final com.fasterxml.jackson.databind.json.JsonMapper LINE_MAPPER = SitrepJson.copyOfMapper();


  /**
   * Longest JSON Lines record kept in memory, in characters: room for an article at the default
   * size limit even with every character escaped. Longer lines give BAD_INPUT_LINE.
   */
  static final int MAX_LINE_CHARS = 8_000_000;

  private ArticleInputs() {}

  /** Expands folders (sorted, non-recursive into hidden files) and checks that every path exists. */
  static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (p.toString().equals("-")) {
        files.add(p);
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(ArticleInputs::isArticleFile).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new IOException("no such file or folder: " + p);
      }
    }
    return files;
  }

  /** How many records the files hold (standard input is not counted), for the progress bar. */
  static long count(List<Path> files) throws IOException {
    long n = 0;
    for (Path f : files) {
      if (f.toString().equals("-")) {
        continue;
      }
      if (isJsonLines(f)) {
        try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
          n += lines.filter(l -> !l.isBlank()).count();
        }
      } else {
        n++;
      }
    }
    return n;
  }

  static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".jsonl"));
  }

  static boolean isJsonLines(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  /** Records of all files in order; standard input is read as JSON Lines if it starts with '{'. */
  static Iterator<InputRecord> read(List<Path> files, InputStream stdin) {
    return new Iterator<>() {
      private int next;
      private Iterator<InputRecord> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < files.size()) {
          current = open(files.get(next++), stdin);
        }
        return current.hasNext();
      }

      @Override
      public InputRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static Iterator<InputRecord> open(Path file, InputStream stdin) {
    try {
      if (file.toString().equals("-")) {
        BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
        if (startsWithBrace(in)) {
          return jsonLines("stdin", new CountingUtf8Reader(in));
        }
        return List.of(textRecord("stdin", null, decodeOrNull(in.readAllBytes()))).iterator();
      }
      if (isJsonLines(file)) {
        return jsonLines(file.toString(), new CountingUtf8Reader(Files.newInputStream(file)));
      }
      String text = decodeOrNull(Files.readAllBytes(file));
      return List.of(textRecord(file.toString(), idOf(file), text)).iterator();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Peeks past leading whitespace: does standard input hold JSON Lines? */
  private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
    in.mark(1 << 15);
    try {
      for (int i = 0; i < (1 << 15); i++) {
        int b = in.read();
        if (b < 0) {
          return false;
        }
        if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
          continue;
        }
        return b == '{';
      }
      return false;
    } finally {
      in.reset();
    }
  }

  private static InputRecord textRecord(String origin, String id, String text) {
    Article article = new Article(id, null, null, null, text);
    if (text == null) {
      return InputRecord.failed(origin, article, new ArticleError(ErrorCode.NOT_TEXT, origin + " is not UTF-8 text"));
    }
    return InputRecord.of(origin, article);
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Strict UTF-8 decoding; null for bytes that are not UTF-8 text or hold NUL bytes. */
  static String decodeOrNull(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return null;
      }
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** JSON Lines records; bytes that are not UTF-8 are read as U+FFFD and counted on their record. */
  private static Iterator<InputRecord> jsonLines(String origin, CountingUtf8Reader source) {
    BoundedLineReader reader = new BoundedLineReader(source, MAX_LINE_CHARS);
    return new Iterator<>() {
      private InputRecord pending;
      private int lineNo;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (pending == null && !done) {
          BoundedLineReader.Line line;
          try {
            line = reader.readLine();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin + ": " + e.getMessage(), e);
          }
          lineNo++;
          if (line == null) {
            done = true;
            closeQuietly(reader);
            continue;
          }
          int invalid = source.replacedBefore(reader.position());
          if (line.tooLong()) {
            pending = badLine(origin + ":" + lineNo, null,
                "line has " + line.length() + " characters, over the limit of " + MAX_LINE_CHARS);
          } else if (!line.text().isBlank()) {
            pending = parseLine(origin + ":" + lineNo, line.text());
          }
          if (pending != null && invalid > 0) {
            pending = pending.withInvalidUtf8(invalid);
          }
        }
        return pending != null;
      }

      @Override
      public InputRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        InputRecord r = pending;
        pending = null;
        return r;
      }
    };
  }

  static InputRecord parseLine(String origin, String line) {
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    JsonNode node;
    try (JsonParser parser = LINE_MAPPER.createParser(line)) {
      node = LINE_MAPPER.readTree(parser);
      if (node != null && node.isObject() && hasMore(parser)) {
        return badLine(origin, null, "line has more after its JSON object (at column "
            + parser.currentTokenLocation().getColumnNr() + "); one record a line");
      }
    } catch (IOException | RuntimeException e) {
      return badLine(origin, null, "line is not JSON: " + firstLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      return badLine(origin, null, "line is not a JSON object");
    }
    String id = textField(node, "id");
    Article meta = new Article(id != null ? id : origin, textField(node, "title"),
        firstNonNull(textField(node, "source"), textField(node, "outlet")),
        firstNonNull(textField(node, "published"), textField(node, "date")), null, textField(node, "url"));
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return badLine(origin, meta, "record has no \"text\"");
    }
    if (!text.isTextual()) {
      return badLine(origin, meta, "record's \"text\" is a " + text.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a string");
    }
    return InputRecord.of(origin, new Article(meta.id(), meta.title(), meta.source(), meta.published(), text.asText(), meta.url()));
  }

  /** Whether anything but whitespace follows the value just read: content that would be lost. */
  private static boolean hasMore(JsonParser parser) {
    try {
      return parser.nextToken() != null;
    } catch (IOException e) {
      return true;
    }
  }

  private static InputRecord badLine(String origin, Article meta, String message) {
    Article article = meta != null ? meta : new Article(origin, null, null, null, null);
    return InputRecord.failed(origin, article, new ArticleError(ErrorCode.BAD_INPUT_LINE, origin + ": " + message));
  }

  private static String textField(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static void closeQuietly(AutoCloseable reader) {
    try {
      reader.close();
    } catch (Exception ignored) {
      // nothing left to read from it
    }
  }
}
