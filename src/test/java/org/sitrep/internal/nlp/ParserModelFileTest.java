package org.sitrep.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ParserModelFileTest {

  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  @AfterAll
  static void stop() {
    POOL.shutdown();
  }

  private static float fast(String number) {
    byte[] b = number.getBytes(StandardCharsets.US_ASCII);
    return ParserModelFile.parseFloat(b, 0, b.length);
  }

  @Test
  void numbersAreTheFloatsFloatParseFloatGives() {
    for (String n : List.of("0.0000", "-0.0000", "0.1234", "-0.0291", "3.2181", "-1.0989", "12", "-7", "+0.5",
        "0.000001234", "1e-3", "-2.5E4", "123456789012345", "1234567890123456789", "0.1", "16777217",
        "3.4028236e38", "1.0e-45", ".5", "5.")) {
      assertThat(Float.floatToRawIntBits(fast(n))).as(n).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(n)));
    }
  }

  @Test
  void numbersHalfwayBetweenTwoFloatsInDoublesAreStillRoundedAsJavaRoundsThem() {
    // 1 + 2^-24 is halfway between the floats 1 and 1 + 2^-23; decimals just above and below it
    // round to different floats, though both round to that midpoint as doubles at 17 digits.
    for (String n : List.of("1.000000059604644775390625", "1.0000000596046448", "1.0000000596046447",
        "16777217.0", "0.500000014901161193847656")) {
      assertThat(Float.floatToRawIntBits(fast(n))).as(n).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(n)));
    }
    java.util.Random random = new java.util.Random(7);
    for (int k = 0; k < 200_000; k++) {
      String n = String.format(java.util.Locale.ROOT, "%." + random.nextInt(9) + "f",
          (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8) - 3));
      assertThat(Float.floatToRawIntBits(fast(n))).as(n).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(n)));
    }
  }

  @Test
  void aSmallModelIsReadIntoCoreNlpsLayout() {
    // 2 words, 1 tag, 2 labels, embeddings of 2, hidden layer of 3, 1 feature, 2 precomputed ids
    String text = String.join("\n",
        "dict=2", "pos=1", "label=2", "embeddingSize=2", "hiddenSize=3", "numTokens=1", "preComputed=2",
        "-UNKNOWN- 0.1 0.2", "strike -0.3 0.4", "NN 0.5 0.6", "-NULL- 0 0", "nsubj 1 -1",
        "1 2 3", "4 5 6",
        "0.01 0.02 0.03",
        "7 8 9", "10 11 12", "13 14 15",
        "4 1", "");
    ParserModelFile.Model m = ParserModelFile.parse(text.getBytes(StandardCharsets.UTF_8), POOL);
    assertThat(m.language()).isNull();
    assertThat(m.words()).containsExactly("-UNKNOWN-", "strike");
    assertThat(m.tags()).containsExactly("NN");
    assertThat(m.labels()).containsExactly("-NULL-", "nsubj");
    assertThat(m.embeddings()[1]).containsExactly(-0.3f, 0.4f);
    assertThat(m.embeddings()[4]).containsExactly(1f, -1f);
    assertThat(m.hiddenWeightsByInput()[1]).containsExactly(4f, 5f, 6f);
    assertThat(m.hiddenBias()).containsExactly(0.01f, 0.02f, 0.03f);
    // three transitions (L, R, S) by three hidden units; the file has one line per hidden unit
    assertThat(m.outputWeights()[0]).containsExactly(7f, 10f, 13f);
    assertThat(m.outputWeights()[2]).containsExactly(9f, 12f, 15f);
    assertThat(m.precomputed()).containsExactly(4, 1);
    assertThat(ArcStandardParser.transitions(m.labels())).containsExactly("L(nsubj)", "R(nsubj)", "S");
  }

  @Test
  void aModelWithAMissingNumberIsRefusedWithTheLine() {
    String text = String.join("\n",
        "dict=1", "pos=0", "label=1", "embeddingSize=2", "hiddenSize=1", "numTokens=1", "preComputed=0",
        "-UNKNOWN- 0.1", "-NULL- 0 0", "1", "2", "0", "3", "");
    assertThatThrownBy(() -> ParserModelFile.parse(text.getBytes(StandardCharsets.UTF_8), POOL))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 8");
  }

  @Test
  void aTruncatedModelIsRefused() {
    String text = String.join("\n",
        "dict=1", "pos=0", "label=1", "embeddingSize=1", "hiddenSize=1", "numTokens=1", "preComputed=0",
        "-UNKNOWN- 0.1");
    assertThatThrownBy(() -> ParserModelFile.parse(text.getBytes(StandardCharsets.UTF_8), POOL))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ends at line 8");
  }
}
