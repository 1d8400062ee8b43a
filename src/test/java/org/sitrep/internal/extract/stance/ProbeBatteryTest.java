package org.sitrep.internal.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.StanceClaim;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;

/**
 * The stance probe battery ({@code probe-battery.tsv}, invented sentences): each kind of act the
 * extractor used to miss on unseen articles gives a stance, each counter-example none. Known misses
 * are listed in the file and not asserted. Runs the whole chain: acts inside quotes need statements.
 */
class ProbeBatteryTest {

  record Probe(String id, String kind, String expect, String sentence) {
    @Override
    public String toString() {
      return id + " " + kind + " (" + expect + "): " + sentence;
    }
  }

  static Stream<Probe> probes() {
    return Table.read("/org/sitrep/internal/extract/stance/probe-battery.tsv")
        .require("id", "kind", "expect", "sentence").rows().stream()
        .map(ProbeBatteryTest::probe)
        .filter(p -> !p.expect().equals("miss"));
  }

  private static Probe probe(Row r) {
    return new Probe(r.required("id"), r.required("kind"), r.required("expect"), r.required("sentence"));
  }

  @ParameterizedTest
  @MethodSource("probes")
  void probeGivesAStanceExactlyWhenItShould(Probe p) {
    List<StanceClaim> stances = SharedSitrep.get().extract(p.sentence()).claims().stream()
        .filter(StanceClaim.class::isInstance).map(StanceClaim.class::cast).toList();

    if (p.expect().equals("stance")) {
      assertThat(stances).as(p.toString()).isNotEmpty();
    } else {
      assertThat(stances).as(p.toString()).isEmpty();
    }
  }
}
