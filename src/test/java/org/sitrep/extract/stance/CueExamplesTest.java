package org.sitrep.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.StanceClaim;
import org.sitrep.extract.ArticleContext;
import org.sitrep.nlp.Document;

/** Each entry of cues.tsv gives its stance on its own example, and none on its counter-example. */
class CueExamplesTest {

  private static final CueLexicon LEXICON = CueLexicon.load();
  private static final StanceExtractor EXTRACTOR = new StanceExtractor(LEXICON);

  static Stream<Arguments> examples() {
    return LEXICON.all().stream().map(c -> Arguments.of(c.lemma(), c));
  }

  static Stream<Arguments> counterExamples() {
    return LEXICON.all().stream().filter(c -> c.counter() != null).map(c -> Arguments.of(c.lemma(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void cueGivesItsActOnItsExample(String lemma, StanceCue cue) {
    List<StanceClaim> claims = stances(cue.example());

    assertThat(claims)
        .as("stances in: %s", cue.example())
        .anySatisfy(c -> {
          assertThat(c.cue()).isEqualTo(lemma);
          assertThat(c.stance()).isEqualTo(cue.act());
          assertThat(c.polarity()).isEqualTo(cue.polarity());
          assertThat(c.speaker()).isNotNull();
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counterExamples")
  void cueGivesNothingOnItsCounterExample(String lemma, StanceCue cue) {
    assertThat(stances(cue.counter()))
        .as("stances in: %s", cue.counter())
        .noneMatch(c -> c.cue().equals(lemma));
  }

  private static List<StanceClaim> stances(String text) {
    Document doc = SharedSitrep.annotate(text);
    return EXTRACTOR.extract(doc, ArticleContext.of(doc));
  }
}
