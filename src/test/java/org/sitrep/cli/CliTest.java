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

class CliTest {

  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  static Run runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        SharedSitrep::get);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return runWithInput("", args);
  }

  @TempDir Path dir;

  @Test
  void helpExplainsEveryOptionAndExitsZero() {
    Run r = run("extract", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--output", "--jsonl", "--threads", "--quiet", "Exit codes");
    assertThat(run("--help").out()).contains("extract");
  }

  @Test
  void anUnknownOptionIsOneLineAndExitCodeTwo() {
    Run r = run("extract", "--frobnicate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("--frobnicate");
  }

  @Test
  void aMissingFileIsOneLineAndExitCodeTwo() {
    Run r = run("extract", dir.resolve("nope.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("sitrep: no such file").doesNotContain("\n");
  }

  @Test
  void aSingleTextFileGivesOnePrettyObjectWithItsFileNameAsId() throws Exception {
    Path f = dir.resolve("report-7.txt");
    Files.writeString(f, "Rebels shelled the airport on Tuesday.", StandardCharsets.UTF_8);
    Run r = run("extract", "--quiet", f.toString());
    assertThat(r.code()).isZero();
    JsonNode node = SitrepJson.readTree(r.out());
    assertThat(node.get("article").get("id").asText()).isEqualTo("report-7");
    assertThat(node.get("stats").get("chars").asInt()).isEqualTo(38);
    assertThat(r.out().lines().count()).isGreaterThan(1);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void jsonLinesInputGivesOneLinePerRecordInOrderAndBadRecordsBecomeErrorLines() throws Exception {
    Path f = dir.resolve("batch.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Troops left the city.\"}",
        "not json at all",
        "{\"id\":\"c\",\"text\":\"   \"}",
        "{\"id\":\"d\"}",
        "{\"id\":\"e\",\"text\":42}",
        "{\"id\":\"f\",\"source\":\"Wire\",\"published\":\"2024-01-02\",\"text\":\"Drones struck a depot.\"}"), StandardCharsets.UTF_8);
    Run r = run("extract", "--threads", "2", f.toString());
    assertThat(r.code()).isEqualTo(1);
    List<String> lines = r.lines();
    assertThat(lines).hasSize(6);
    List<JsonNode> nodes = lines.stream().map(CliTest::tree).toList();
    assertThat(nodes.get(0).get("article").get("id").asText()).isEqualTo("a");
    assertThat(nodes.get(0).get("article").get("title").asText()).isEqualTo("T");
    assertThat(nodes.get(0).get("error").isNull()).isTrue();
    assertThat(nodes.get(1).get("error").get("code").asText()).isEqualTo("BAD_INPUT_LINE");
    assertThat(nodes.get(1).get("error").get("message").asText()).contains("batch.jsonl:2");
    assertThat(nodes.get(2).get("error").get("code").asText()).isEqualTo("EMPTY_TEXT");
    assertThat(nodes.get(3).get("error").get("code").asText()).isEqualTo("BAD_INPUT_LINE");
    assertThat(nodes.get(3).get("article").get("id").asText()).isEqualTo("d");
    assertThat(nodes.get(4).get("error").get("message").asText()).contains("not a string");
    assertThat(nodes.get(5).get("article").get("source").asText()).isEqualTo("Wire");
    assertThat(nodes.get(5).get("article").get("published").asText()).isEqualTo("2024-01-02");
    assertThat(r.err()).contains("6 articles").contains("BAD_INPUT_LINE 3").contains("EMPTY_TEXT 1");
  }

  @Test
  void standardInputIsReadAsOneArticleAndOutputCanGoToAFile() throws Exception {
    Path out = dir.resolve("sub/out.json");
    Run r = runWithInput("Militants attacked a checkpoint near the border.", "extract", "--quiet", "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    JsonNode node = SitrepJson.readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(node.get("stats").get("sentences").asInt()).isEqualTo(1);
  }

  @Test
  void aFolderIsReadInNameOrderAsJsonLines() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "Second article about a ceasefire.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "First article about a convoy.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ignored.md"), "not an article", StandardCharsets.UTF_8);
    Run r = run("extract", "--quiet", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(2);
    assertThat(tree(r.lines().get(0)).get("article").get("id").asText()).isEqualTo("a");
    assertThat(tree(r.lines().get(1)).get("article").get("id").asText()).isEqualTo("b");
  }

  @Test
  void invalidUtf8IsNotTextAndZeroThreadsIsAUsageError() throws Exception {
    Path f = dir.resolve("bin.txt");
    Files.write(f, new byte[] {(byte) 0xC3, (byte) 0x28, 0x41, 0x00, 0x42});
    Run r = run("extract", "--quiet", "--jsonl", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(tree(r.lines().get(0)).get("error").get("code").asText()).isEqualTo("NOT_TEXT");
    assertThat(run("extract", "--threads", "0", f.toString()).code()).isEqualTo(2);
  }

  @Test
  void resumeKeepsCompleteLinesDropsAPartialOneAndAppendsTheRest() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"a\",\"text\":\"Talks resumed in Doha.\"}",
        "{\"id\":\"b\",\"text\":\"A convoy reached the town.\"}",
        "{\"id\":\"c\",\"text\":\"Fighting eased overnight.\"}"), StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    Run first = run("extract", "--quiet", "-o", out.toString(), in.toString());
    assertThat(first.code()).isZero();
    List<String> full = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(full).hasSize(3);
    // as if the run had been killed while writing its second line
    Files.writeString(out, full.get(0) + "\n" + full.get(1).substring(0, 40), StandardCharsets.UTF_8);

    Run resumed = run("extract", "--resume", "-o", out.toString(), in.toString());
    assertThat(resumed.code()).isZero();
    assertThat(resumed.err()).contains("1 articles were already in").contains("sitrep: 2 articles");
    List<String> after = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(after).hasSize(3);
    assertThat(after).extracting(l -> tree(l).get("article").get("id").asText()).containsExactly("a", "b", "c");
    assertThat(after.get(0)).isEqualTo(full.get(0));
  }

  @Test
  void resumeWithoutAnOutputFileIsAUsageError() {
    assertThat(run("extract", "--resume", "samples/seed-001.txt").code()).isEqualTo(2);
  }

  @Test
  void manyRecordsOnManyThreadsComeOutInInputOrderWithASummary() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      sb.append("{\"id\":\"r").append(i).append("\",\"text\":\"")
          .append(i % 5 == 0 ? "" : "Report number " + i + " says shelling continued near the river.")
          .append("\"}\n");
    }
    Path in = dir.resolve("many.jsonl");
    Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
    Run r = run("extract", "--threads", "3", in.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.lines()).hasSize(24);
    for (int i = 0; i < 24; i++) {
      JsonNode node = tree(r.lines().get(i));
      assertThat(node.get("article").get("id").asText()).isEqualTo("r" + i);
      assertThat(node.get("error").isNull()).isEqualTo(i % 5 != 0);
    }
    assertThat(r.err()).containsPattern("sitrep: 24 articles, claims: speaker \\d+, figure \\d+, location \\d+, stance \\d+; "
        + "errors: EMPTY_TEXT 5; [0-9.]+ s, [0-9.]+ articles/s");
  }

  @Test
  void aForcedProgressBarCountsDoneOfTotal() throws Exception {
    Path in = dir.resolve("two.jsonl");
    Files.writeString(in, "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n", StandardCharsets.UTF_8);
    Run r = run("extract", "--progress", in.toString());
    assertThat(r.err()).contains("2/2 articles");
    assertThat(run("extract", "--no-progress", in.toString()).err()).doesNotContain("2/2 articles");
  }

  private static JsonNode tree(String line) {
    try {
      return SitrepJson.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
