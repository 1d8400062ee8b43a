package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountingUtf8ReaderTest {

  static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[37]; // odd size: reads end inside sequences
    for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  @Test
  void decodesLikeAReplacingReaderAndCountsEachReplacement() throws IOException {
    Random random = new Random(22);
    byte[] sample = "Kyiv \u2014 \u00e9lite \uD83D\uDCA5 \u201cquoted\u201d\n".getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 300; round++) {
      byte[] bytes = new byte[random.nextInt(60_000)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextInt(10) == 0 ? (byte) random.nextInt(256) : sample[i % sample.length];
      }
      String expected = readAll(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
      CountingUtf8Reader counting = new CountingUtf8Reader(new ByteArrayInputStream(bytes));
      String actual = readAll(counting);
      assertThat(actual).isEqualTo(expected);
      assertThat(counting.replacedBefore(Long.MAX_VALUE)).isEqualTo(expected.chars().filter(c -> c == '\uFFFD').count());
    }
  }

  @Test
  void replacementsAreCountedBeforeAPositionAndThenForgotten() throws IOException {
    byte[] bytes = {'a', (byte) 0xff, '\n', 'b', '\n', (byte) 0xc3, (byte) 0x28, (byte) 0xe2, '\n'};
    CountingUtf8Reader r = new CountingUtf8Reader(new ByteArrayInputStream(bytes));
    assertThat(readAll(r)).isEqualTo("a\uFFFD\nb\n\uFFFD(\uFFFD\n");
    assertThat(r.replacedBefore(3)).isEqualTo(1);
    assertThat(r.replacedBefore(5)).isZero();
    assertThat(r.replacedBefore(9)).isEqualTo(2);
    assertThat(r.replacedBefore(9)).isZero();
  }
}
