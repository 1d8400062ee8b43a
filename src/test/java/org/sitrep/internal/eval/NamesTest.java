package org.sitrep.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scorer's speaker comparison on names written for this test. */
class NamesTest {

  @Test
  void aGoldNameWithAPartyLabelOrAnAppositiveIsItsPersons() {
    assertThat(Names.sameSpeaker(EvalSource.of("Sen. Ann Roe (D-Ore.)"), EvalSource.of("Ann Roe"))).isTrue();
    assertThat(Names.sameSpeaker(EvalSource.of("Roe, a former envoy,"), EvalSource.of("Ann Roe"))).isTrue();
    assertThat(Names.sameSpeaker(EvalSource.of("Gov. Ed Lund, 82,"), EvalSource.of("Ed Lund"))).isTrue();
    assertThat(Names.sameSpeaker(EvalSource.of("Lund\u2019s"), EvalSource.of("Ed Lund"))).isTrue();
  }

  @Test
  void theCutNameStillComparesByItsLastWord() {
    assertThat(Names.sameSpeaker(EvalSource.of("Sen. Ann Roe (D-Ore.)"), EvalSource.of("Ed Lund"))).isFalse();
    assertThat(Names.sameSpeaker(EvalSource.of("the mayor's office"), EvalSource.of("office"))).isTrue();
  }
}
