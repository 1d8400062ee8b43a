package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.sitrep.ErrorCode;

/**
 * Fuzzes the JSON Lines reader: {@link BoundedLineReader} against a reference line splitter,
 * {@link ArticleInputs#parseLine} on every line, and the whole standard-input path ({@code -})
 * on the raw bytes. The reader must never throw: every record has an article text or an error
 * (BAD_INPUT_LINE for JSON Lines; NOT_TEXT only for standard input that is not JSON Lines).
 * Corpus files under {@code JsonLinesFuzzTestInputs/} are the bytes of a stdin stream.
 */
class JsonLinesFuzzTest {

  /** A small line limit, so that the too-long path of the reader is fuzzed too. */
  private static final int SMALL_LIMIT = 7;

  @FuzzTest(maxDuration = "5m")
  // No line breaks in the dictionary: Jazzer 0.30 writes them unescaped and libFuzzer refuses it.
  @DictionaryEntries({
    "{", "}", "[", "]", "\"text\":", "\"id\":", "\"title\":", "\"source\":", "\"outlet\":",
    "\"published\":", "\"date\":", "null", "true", "1e999", "\\u0000", "\\ud800", "\\\"", "\uFEFF", "\u2028"
  })
  void everyLineGivesAnArticleOrABadLine(byte[] input) throws IOException {
    String decoded = new String(input, StandardCharsets.UTF_8);
    List<String> lines = referenceLines(decoded);

    assertBoundedReaderAgrees(decoded, lines, SMALL_LIMIT);
    assertBoundedReaderAgrees(decoded, lines, ArticleInputs.MAX_LINE_CHARS);

    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        assertRecordIsUsable(ArticleInputs.parseLine("fuzz:" + (i + 1), lines.get(i)), false);
      }
    }

    boolean jsonLines = startsWithBrace(input);
    Iterator<InputRecord> records = ArticleInputs.read(List.of(Path.of("-")), new ByteArrayInputStream(input));
    int count = 0;
    while (records.hasNext()) {
      assertRecordIsUsable(records.next(), !jsonLines);
      count++;
    }
    if (jsonLines) {
      assertThat(count).isEqualTo(lines.stream().filter(l -> !l.isBlank()).count());
    } else {
      assertThat(count).isEqualTo(1);
    }
  }

  private static void assertRecordIsUsable(InputRecord r, boolean plainText) {
    assertThat(r).isNotNull();
    assertThat(r.article()).isNotNull();
    if (r.error() == null) {
      assertThat(r.article().text()).isNotNull();
    } else if (plainText) {
      assertThat(r.error().code()).isEqualTo(ErrorCode.NOT_TEXT);
    } else {
      assertThat(r.error().code()).isEqualTo(ErrorCode.BAD_INPUT_LINE);
      assertThat(r.error().message()).startsWith(r.origin());
    }
  }

  private static void assertBoundedReaderAgrees(String text, List<String> expected, int limit) throws IOException {
    List<BoundedLineReader.Line> got = new ArrayList<>();
    try (BoundedLineReader reader = new BoundedLineReader(new StringReader(text), limit)) {
      for (BoundedLineReader.Line line = reader.readLine(); line != null; line = reader.readLine()) {
        got.add(line);
      }
    }
    assertThat(got).hasSameSizeAs(expected);
    for (int i = 0; i < got.size(); i++) {
      String want = expected.get(i);
      BoundedLineReader.Line line = got.get(i);
      assertThat(line.length()).as("line %d length", i + 1).isEqualTo(want.length());
      if (want.length() > limit) {
        assertThat(line.tooLong()).as("line %d too long", i + 1).isTrue();
      } else {
        assertThat(line.text()).as("line %d", i + 1).isEqualTo(want);
      }
    }
  }

  /** Lines as {@link java.io.BufferedReader#readLine()} gives them: LF, CR or CRLF end a line. */
  static List<String> referenceLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** What the stdin path decides: after whitespace and BOM bytes, is the first byte '{'? */
  private static boolean startsWithBrace(byte[] input) {
    for (int i = 0; i < Math.min(input.length, 1 << 15); i++) {
      int b = input[i] & 0xFF;
      if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
        continue;
      }
      return b == '{';
    }
    return false;
  }
}
