package org.sitrep.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentsTest {

  @Test
  void aShortTextIsOnePiece() {
    assertThat(Segments.cuts("Two ships burned.", 100)).containsExactly(0, 17);
  }

  @Test
  void piecesEndAfterTheLastLineBreakWithinTheLimit() {
    String text = "aaaa bbbb\ncccc\ndddd eeee\nffff";
    int[] cuts = Segments.cuts(text, 16);
    assertThat(cuts).containsExactly(0, 15, text.length());
    for (int i = 1; i < cuts.length; i++) {
      assertThat(cuts[i] - cuts[i - 1]).isLessThanOrEqualTo(16);
      if (i < cuts.length - 1) {
        assertThat(text.charAt(cuts[i] - 1)).isEqualTo('\n');
      }
    }
  }

  @Test
  void aLineLongerThanTheLimitIsCutAtASpace() {
    String text = "one two three four five six seven";
    int[] cuts = Segments.cuts(text, 10);
    assertThat(cuts[0]).isZero();
    assertThat(cuts[cuts.length - 1]).isEqualTo(text.length());
    for (int i = 1; i < cuts.length - 1; i++) {
      assertThat(text.charAt(cuts[i] - 1)).isEqualTo(' ');
      assertThat(cuts[i] - cuts[i - 1]).isBetween(1, 10);
    }
  }

  @Test
  void aLongLineIsCutAfterASentenceEndWhenItHasOne() {
    String text = "Troops left the town. They came back at dawn and stayed";
    int[] cuts = Segments.cuts(text, 30);
    assertThat(cuts[1]).isEqualTo("Troops left the town. ".length());
  }
}
