package org.sitrep.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.claim.ClaimType;

class EvalFilesTest {

  @TempDir Path dir;

  private static final String GOLD_LINE = "{\"id\": \"a1\", \"text\": \"Mayor Ines Pardo said the depot burned.\", \"claims\": ["
      + "{\"type\": \"speaker\", \"mode\": \"indirect\", \"speaker\": {\"name\": \"Ines Pardo\", \"kind\": \"PERSON\","
      + " \"aliases\": [\"Pardo\"]}, \"id\": \"g1\", \"begin\": 21, \"end\": 38, \"text\": \"the depot burned.\"},"
      + "{\"type\": \"figure\", \"value\": 3, \"qualifier\": \"EXACT\", \"unit\": \"depot\", \"category\": \"OTHER\","
      + " \"speaker\": null, \"optional\": true, \"id\": \"g2\", \"begin\": 21, \"end\": 30, \"text\": \"the depot\"}]}";

  private static final String PRED_LINE = "{\"schema\": \"sitrep.claims/1\", \"article\": {\"id\": \"a1\"}, \"claims\": ["
      + "{\"id\": \"c1\", \"type\": \"speaker\", \"speaker\": {\"name\": \"Ines Pardo\", \"kind\": \"PERSON\"},"
      + " \"begin\": 21, \"end\": 38, \"text\": \"the depot burned.\", \"sentence\": 0, \"confidence\": 0.8,"
      + " \"statement\": null, \"mode\": \"indirect\", \"cue\": \"say\"}]}";

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
  }

  @Test
  void readsGoldLenientlyWithOptionalAndAliases() throws IOException {
    List<GoldArticle> gold = EvalFiles.readGold(write("g.jsonl", GOLD_LINE, ""));
    assertThat(gold).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("a1");
      assertThat(a.claims()).hasSize(2);
      EvalClaim s = a.claims().get(0);
      assertThat(s.type()).isEqualTo(ClaimType.SPEAKER);
      assertThat(s.begin()).isEqualTo(21);
      assertThat(s.end()).isEqualTo(38);
      assertThat(s.speaker().aliases()).containsExactly("Pardo");
      assertThat(s.speakerScored()).isTrue();
      EvalClaim f = a.claims().get(1);
      assertThat(f.optional()).isTrue();
      assertThat(f.speaker()).isNull();
      assertThat(f.value()).isEqualTo(3.0);
    });
  }

  @Test
  void readsSpeakerScoredFalseFromGold() throws IOException {
    String line = "{\"id\": \"a2\", \"text\": \"Sources said the depot burned.\", \"claims\": [{\"type\": \"speaker\","
        + " \"mode\": \"indirect\", \"speaker\": {\"name\": \"sources\"}, \"speakerScored\": false,"
        + " \"begin\": 13, \"end\": 29}]}";
    EvalClaim c = EvalFiles.readGold(write("s.jsonl", line)).get(0).claims().get(0);
    assertThat(c.speakerScored()).isFalse();
    assertThat(c.speaker().name()).isEqualTo("sources");
  }

  @Test
  void readsContractPredictionsByArticleId() throws IOException {
    Map<String, List<EvalClaim>> pred = EvalFiles.readPredictions(write("p.jsonl", PRED_LINE));
    assertThat(pred.get("a1")).singleElement().satisfies(c -> {
      assertThat(c.mode()).isEqualTo("indirect");
      assertThat(c.begin()).isEqualTo(21);
    });
    EvalReport r = Scorer.score(EvalFiles.readGold(write("g.jsonl", GOLD_LINE)), pred);
    assertThat(r.overall()).isEqualTo(0.25 + 0.25 + 0.25 + 0.25);
  }

  @Test
  void goldFileScoredAgainstItselfGivesOne() throws IOException {
    Path gold = write("g.jsonl", GOLD_LINE);
    EvalReport r = Scorer.score(EvalFiles.readGold(gold), EvalFiles.readPredictions(gold));
    assertThat(r.overall()).isEqualTo(1.0);
  }

  @Test
  void reportsTheLineOfABrokenPrediction() throws IOException {
    Path bad = write("p.jsonl", PRED_LINE, "{\"article\": {\"id\": \"a2\"}, \"claims\": [{\"type\": \"speaker\","
        + " \"begin\": 0, \"end\": 3, \"text\": \"x\"}]}");
    assertThatThrownBy(() -> EvalFiles.readPredictions(bad)).isInstanceOf(IOException.class)
        .hasMessageContaining("p.jsonl:2");
  }
}
