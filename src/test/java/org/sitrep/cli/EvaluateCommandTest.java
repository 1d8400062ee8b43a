package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.SharedSitrep;
import org.sitrep.json.SitrepJson;

class EvaluateCommandTest {

  @TempDir Path dir;

  private static final String GOLD = "{\"id\": \"a1\", \"text\": \"Mayor Ines Pardo said the depot burned down.\","
      + " \"claims\": [{\"type\": \"speaker\", \"mode\": \"indirect\", \"speaker\": {\"name\": \"Ines Pardo\"},"
      + " \"id\": \"g1\", \"begin\": 22, \"end\": 43, \"text\": \"the depot burned down\"}]}";

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), SharedSitrep::get);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path gold() throws Exception {
    return Files.write(dir.resolve("gold.jsonl"), List.of(GOLD), StandardCharsets.UTF_8);
  }

  /** Predictions for the gold's article, with no claims. */
  private Path noClaims() throws Exception {
    return Files.write(dir.resolve("no-claims.jsonl"),
        List.of("{\"schema\": \"sitrep.claims/1\", \"article\": {\"id\": \"a1\"}, \"claims\": []}"), StandardCharsets.UTF_8);
  }

  @Test
  void printsTableOfGoldAgainstItself() throws Exception {
    Path g = gold();
    Run r = run("evaluate", "--gold", g.toString(), "--pred", g.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("speaker").contains("overall (mean of the four headline F1s): 1.000");
  }

  @Test
  void jsonReportHasPerArticleRowsAndErrorsWhenAsked() throws Exception {
    Run r = run("evaluate", "--gold", gold().toString(), "--pred", noClaims().toString(), "--json", "--per-article", "--errors");
    assertThat(r.code()).isEqualTo(0);
    JsonNode report = SitrepJson.readTree(r.out());
    // Only speaker has gold here; the other three types, empty on both sides, score 1.
    assertThat(report.get("overall").asDouble()).isEqualTo(0.75);
    assertThat(report.at("/types/speaker/headline/f1").asDouble()).isEqualTo(0.0);
    assertThat(report.at("/types/speaker/headline/recall").asDouble()).isEqualTo(0.0);
    assertThat(report.at("/perArticle/0/id").asText()).isEqualTo("a1");
    assertThat(report.at("/errors/0/kind").asText()).isEqualTo("FALSE_NEGATIVE");
    assertThat(report.at("/errors/0/begin").asInt()).isEqualTo(22);
  }

  @Test
  void errorsOptionListsMissedClaimWithItsText() throws Exception {
    Run r = run("evaluate", "--gold", gold().toString(), "--pred", noClaims().toString(), "--errors", "--per-article");
    assertThat(r.out()).contains("FN    speaker  a1 22..43 \"the depot burned down\"").contains("a1    ");
  }

  @Test
  void typesOptionScoresOnlyTheNamedTypesAndPrintsDashForTheOthers() throws Exception {
    Run r = run("evaluate", "--gold", gold().toString(), "--pred", noClaims().toString(), "--types", "speaker",
        "--per-article");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).containsPattern("figure +- +- +- ").containsPattern("speaker +1 +0 +0 +0 +0 +0 +1 ")
        .contains("overall (mean of the speaker headline F1s): 0.000");
    Run json = run("evaluate", "--gold", gold().toString(), "--pred", gold().toString(), "--types", "speaker,stance",
        "--json");
    JsonNode report = SitrepJson.readTree(json.out());
    assertThat(report.get("types").size()).isEqualTo(2);
    assertThat(report.at("/types/figure").isMissingNode()).isTrue();
    assertThat(report.get("overall").asDouble()).isEqualTo(1.0);
  }

  @Test
  void unknownTypeIsAUsageError() throws Exception {
    Run r = run("evaluate", "--gold", gold().toString(), "--pred", gold().toString(), "--types", "speaker,quote");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown claim type in --types: 'quote'");
  }

  @Test
  void withoutPredictionsRunsSitrepOverGoldTexts() throws Exception {
    Run r = run("evaluate", "--gold", gold().toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("vs sitrep run on the gold texts").contains("overall");
  }

  @Test
  void missingFileExitsTwoWithOneLine() throws Exception {
    Run r = run("evaluate", "--gold", dir.resolve("nope.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("sitrep: no such file: " + dir.resolve("nope.jsonl")).doesNotContain("\n");
    Run p = run("evaluate", "--gold", gold().toString(), "--pred", dir.resolve("nope.jsonl").toString());
    assertThat(p.code()).isEqualTo(2);
  }

  @Test
  void goldIsRequired() {
    Run r = run("evaluate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--gold");
  }
}
