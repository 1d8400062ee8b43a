package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InFlightJournalTest {

  @TempDir Path dir;

  @Test
  void startedButNotEndedAreSuspectsAndStartedAloneButNotEndedAreCulprits() {
    InFlightJournal.Crashes c = InFlightJournal.crashes(List.of(
        "start 3", "start 4", "end 3", "start 5", "end 5", // run 1 dies with 4 in flight
        "alone 4", "end 4", "start 6", "start 7",        // run 2 clears 4, dies with 6 and 7
        "alone 6", "sta"));                              // run 3 dies on 6 alone, mid-line
    assertThat(c.suspects()).containsExactly(7L);
    assertThat(c.culprits()).containsExactly(6L);
  }

  @Test
  void aJournalRecordsEventsAndGoesWhenTheBatchEnds() throws Exception {
    Path output = dir.resolve("out.jsonl");
    InFlightJournal j = InFlightJournal.create(output);
    j.started(0, false);
    j.started(1, false);
    j.ended(0);
    Path file = InFlightJournal.fileFor(output);
    assertThat(Files.readAllLines(file)).containsExactly("start 0", "start 1", "end 0");
    assertThat(InFlightJournal.read(output).suspects()).containsExactly(1L);
    j.finished();
    assertThat(file).doesNotExist();
    assertThat(InFlightJournal.read(output).isEmpty()).isTrue();
  }

  @Test
  void aResumedJournalRunsSuspectsAloneAndAppends() throws Exception {
    Path output = dir.resolve("out.jsonl");
    Files.writeString(InFlightJournal.fileFor(output), "start 1\nstart 2\n");
    InFlightJournal.Crashes crashes = InFlightJournal.read(output);
    try (InFlightJournal j = InFlightJournal.resume(output, crashes)) {
      assertThat(j.alone(1)).isTrue();
      assertThat(j.alone(3)).isFalse();
      j.started(1, true);
    }
    assertThat(Files.readAllLines(InFlightJournal.fileFor(output))).containsExactly("start 1", "start 2", "alone 1");
  }
}
