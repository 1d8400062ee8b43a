package org.sitrep.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

  private static final FunctionWords WORDS = FunctionWords.get();

  @Test
  void readsAPronounsPersonReferenceAndBaseForm() {
    FunctionWords.Pronoun his = WORDS.pronoun("His");
    assertThat(his.person()).isEqualTo(3);
    assertThat(his.refers()).isEqualTo("male");
    assertThat(his.form()).isEqualTo("possessive");
    assertThat(his.base()).isEqualTo("he");
    assertThat(WORDS.pronoun("them").refers()).isEqualTo("plural");
  }

  @Test
  void neverReadsACountryInCapitalsAsAPronoun() {
    assertThat(WORDS.pronoun("US")).isNull();
    assertThat(WORDS.pronoun("us").person()).isEqualTo(1);
    assertThat(WORDS.pronoun("I").person()).isEqualTo(1);
  }

  @Test
  void knowsTheClosedClasses() {
    assertThat(WORDS.isNegator("n't")).isTrue();
    assertThat(WORDS.isRelative("Who")).isTrue();
    assertThat(WORDS.isSubordinator("whereas")).isTrue();
    assertThat(WORDS.isDeterminer("these")).isTrue();
    assertThat(WORDS.isAuxiliary("get")).isTrue();
    assertThat(WORDS.isDeterminer("troops")).isFalse();
  }
}
