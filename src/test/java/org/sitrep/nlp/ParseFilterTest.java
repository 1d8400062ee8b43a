package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParseFilterTest {

  private static Token token(String word, String pos) {
    return new Token(0, 0, word, word.toLowerCase(java.util.Locale.ROOT), pos, "O", null, 0, word.length());
  }

  private static final List<Token> NUMBER = List.of(token("twelve", "CD"), token("died", "VBD"));
  private static final List<Token> PLAIN = List.of(token("quiet", "JJ"), token("morning", "NN"));

  @Test
  void anyTokenParsesASentenceWithOneAcceptedToken() {
    ParseFilter numbers = ParseFilter.anyToken(t -> t.pos().equals("CD"));
    assertThat(numbers.needsParse(NUMBER)).isTrue();
    assertThat(numbers.needsParse(PLAIN)).isFalse();
  }

  @Test
  void orParsesWhatEitherWants() {
    ParseFilter numbers = ParseFilter.anyToken(t -> t.pos().equals("CD"));
    ParseFilter nouns = ParseFilter.anyToken(t -> t.pos().equals("NN"));
    assertThat(numbers.or(nouns).needsParse(PLAIN)).isTrue();
    assertThat(numbers.or(ParseFilter.NONE).needsParse(PLAIN)).isFalse();
    assertThat(numbers.or(ParseFilter.ALL)).isSameAs(ParseFilter.ALL);
    assertThat(ParseFilter.NONE.needsParse(NUMBER)).isFalse();
  }
}
