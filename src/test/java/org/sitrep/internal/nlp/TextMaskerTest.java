package org.sitrep.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextMaskerTest {

  @Test
  void aRunLongerThanTheLimitBecomesSpacesAndTheRestStays() {
    String run = "x".repeat(InputBounds.MAX_RUN_CHARS + 1);
    String text = "Troops left Izium. " + run + " Then 40 tanks arrived.";
    String masked = TextMasker.mask(text);
    assertThat(masked).hasSameSizeAs(text);
    assertThat(masked).isEqualTo("Troops left Izium. " + " ".repeat(run.length()) + " Then 40 tanks arrived.");
  }

  @Test
  void aRunAtTheLimitAndRunsSplitByNoBreakSpacesStay() {
    String atLimit = "7".repeat(InputBounds.MAX_RUN_CHARS);
    String split = "a".repeat(200) + "\u00a0" + "b".repeat(200) + "\u200b" + "c".repeat(200);
    String text = atLimit + " " + split;
    assertThat(TextMasker.mask(text)).isEqualTo(text);
  }

  @Test
  void aLongRunInsideMarkupIsMaskedWithTheMarkupAndLineBreaksSurvive() {
    String text = "<p>" + "q".repeat(1000) + "</p>\nShelling resumed.";
    String masked = TextMasker.mask(text);
    assertThat(masked).hasSameSizeAs(text);
    assertThat(masked.strip()).isEqualTo("Shelling resumed.");
    assertThat(masked.charAt(text.indexOf('\n'))).isEqualTo('\n');
  }

  @Test
  void manyOpeningBracketsWithoutAClosingOneStayLinear() {
    String text = "<a".repeat(400_000) + " end";
    String masked = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> TextMasker.mask(text));
    assertThat(masked).hasSameSizeAs(text);
  }

  @Test
  void separatorsAreTheCharactersCoreNlpAlwaysSplitsAt() {
    for (char c : "\u0020\u00a0\t\n\u2009\u3000\u200b\ufeff\u2028".toCharArray()) {
      assertThat(TextMasker.isSeparator(c)).as("U+%04X", (int) c).isTrue();
    }
    for (char c : "a1-.\u00ad\u201c".toCharArray()) {
      assertThat(TextMasker.isSeparator(c)).as("U+%04X", (int) c).isFalse();
    }
  }
}
