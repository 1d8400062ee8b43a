package org.sitrep.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Claim;
import org.sitrep.internal.extract.figure.FigureExtractor;
import org.sitrep.internal.extract.location.LocationExtractor;
import org.sitrep.internal.extract.stance.StanceExtractor;

/**
 * Every lexicon row that can trigger a claim gives its claim on its own example sentence, and none
 * on its counter-example; the sentences are in the data files, beside the rows.
 */
class LexiconExamplesTest {

  static Stream<LexiconExample> examples() {
    return Stream.of(ReportingVerbs.get().examples(), StanceExtractor.examples(), LocationExtractor.examples(),
        FigureExtractor.examples())
        .flatMap(List::stream);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rowGivesItsClaimOnItsExampleAndNoneOnItsCounterExample(LexiconExample example) {
    List<Claim> claims = SharedSitrep.get().extract(example.sentence()).claims();

    if (example.gives()) {
      assertThat(claims).as("claims of: %s", example.sentence()).anyMatch(example.claim());
    } else {
      assertThat(claims).as("claims of: %s", example.sentence()).noneMatch(example.claim());
    }
  }
}
