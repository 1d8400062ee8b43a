package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineLimitingOutputStreamTest {

  static String through(String text, int max) throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (LineLimitingOutputStream out = new LineLimitingOutputStream(sink, max)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return sink.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLongLineIsCutWithANoteAndShortLinesPassAsTheyAre() throws IOException {
    String out = through("short\n" + "w".repeat(350_000) + "\nnext\n", 10);
    assertThat(out).isEqualTo("short\n" + "w".repeat(10) + " [349990 more bytes cut]\nnext\n");
  }

  @Test
  void aCutNeverSplitsAUtf8Character() throws IOException {
    String out = through("ab\u00e9\u00e9\u00e9\n", 3); // a b then two bytes of the first é
    assertThat(out).isEqualTo("ab\u00e9 [4 more bytes cut]\n");
  }
}
