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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.SharedSitrep;
import org.sitrep.Sitrep;
import org.sitrep.json.SitrepJson;

/** The command line's failures and notices of issue 20: each with its exit code and message. */
class LoudFailuresTest {

  private static final String TEXT = "Mayor Ines Pardo said the depot burned down.";
  private static final String GOLD = "{\"id\": \"a1\", \"text\": \"" + TEXT + "\","
      + " \"claims\": [{\"type\": \"speaker\", \"mode\": \"indirect\", \"speaker\": {\"name\": \"Ines Pardo\"},"
      + " \"id\": \"g1\", \"begin\": 22, \"end\": 43, \"text\": \"the depot burned down\"}]}";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(Supplier<Sitrep> sitrep, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), sitrep);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(SharedSitrep::get, args);
  }

  /** A factory that fails the test if the command loads models. */
  private static Supplier<Sitrep> mustNotLoad(AtomicInteger calls) {
    return () -> {
      calls.incrementAndGet();
      return SharedSitrep.get();
    };
  }

  private Path file(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, content, StandardCharsets.UTF_8);
  }

  @Test
  void anOutputUnderAFileFailsBeforeAnyModelLoadsAndSaysWhy() throws Exception {
    Path input = file("a1.txt", TEXT);
    Path notAFolder = file("notes.txt", "a file, not a folder");
    AtomicInteger loads = new AtomicInteger();
    Run r = run(mustNotLoad(loads), "extract", "-o", notAFolder.resolve("out.json").toString(), input.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("sitrep: cannot write -o " + notAFolder.resolve("out.json") + ": "
        + notAFolder + " is a file, not a folder");
    assertThat(loads).hasValue(0);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anOutputThatIsAFolderFailsBeforeAnyModelLoads() throws Exception {
    Path input = file("a1.txt", TEXT);
    AtomicInteger loads = new AtomicInteger();
    Run r = run(mustNotLoad(loads), "extract", "-o", dir.toString(), input.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("sitrep: -o " + dir + " is a folder; give a file name");
    assertThat(loads).hasValue(0);
  }

  @Test
  void loadingModelsIsAnnouncedBeforeTheBatchAndItsTimeCountedApart() throws Exception {
    Path input = file("a1.txt", TEXT);
    Supplier<Sitrep> slow = () -> {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return SharedSitrep.get();
    };
    Run r = run(slow, "extract", input.toString());
    assertThat(r.code()).isZero();
    List<String> lines = r.err().lines().toList();
    assertThat(lines.get(0)).startsWith("sitrep: loading models");
    java.util.regex.Matcher summary = java.util.regex.Pattern.compile(
        "sitrep: 1 articles, .*; [0-9.]+ s, [0-9.]+ articles/s \\(and ([0-9.]+) s loading models\\)").matcher(lines.get(lines.size() - 1));
    assertThat(summary.matches()).as(lines.get(lines.size() - 1)).isTrue();
    assertThat(Double.parseDouble(summary.group(1))).isGreaterThanOrEqualTo(0.3);
    assertThat(run(slow, "extract", "--quiet", input.toString()).err()).isEmpty();
  }

  @Test
  void logLevelSetsTheLoggersLevelAndRefusesAnUnknownOne() {
    String before = System.getProperty(Main.LOG_LEVEL_PROPERTY);
    try {
      Run ok = run("--log-level", "DEBUG", "extract", "--help");
      assertThat(ok.code()).isZero();
      assertThat(System.getProperty(Main.LOG_LEVEL_PROPERTY)).isEqualTo("debug");
      assertThat(run("extract", "--log-level", "info", "--help").code()).isZero();
      assertThat(System.getProperty(Main.LOG_LEVEL_PROPERTY)).isEqualTo("info");

      Run bad = run("extract", "--log-level", "loud", "--help");
      assertThat(bad.code()).isEqualTo(2);
      assertThat(bad.err().strip()).isEqualTo(
          "sitrep: --log-level must be one of off, error, warn, info, debug, trace, was 'loud' (see --help)");
    } finally {
      if (before == null) {
        System.clearProperty(Main.LOG_LEVEL_PROPERTY);
      } else {
        System.setProperty(Main.LOG_LEVEL_PROPERTY, before);
      }
    }
  }

  @Test
  void evaluateExitsOneWhenNoPredictedArticleIsInTheGold() throws Exception {
    Path gold = file("gold.jsonl", GOLD);
    Path pred = file("pred.jsonl", "{\"schema\": \"sitrep.claims/1\", \"article\": {\"id\": \"b7\"}, \"claims\": []}\n");
    Run r = run("evaluate", "--gold", gold.toString(), "--pred", pred.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("sitrep: no article id of " + pred + " ('b7') is in " + gold
        + " ('a1'): nothing to score");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void evaluateExitsOneWhenTheGoldHasNoClaims() throws Exception {
    Path gold = file("gold.jsonl", "{\"id\": \"a1\", \"text\": \"" + TEXT + "\", \"claims\": []}\n");
    Run r = run("evaluate", "--gold", gold.toString(), "--pred", gold.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("sitrep: " + gold + " holds 1 articles but no claims: nothing to score");
  }

  @Test
  void evaluateWarnsAboutArticlesOnOneSideOnlyAndStillScores() throws Exception {
    Path gold = file("gold.jsonl", GOLD + "\n" + GOLD.replace("\"a1\"", "\"a2\""));
    Path pred = file("pred.jsonl", "{\"schema\": \"sitrep.claims/1\", \"article\": {\"id\": \"a1\"}, \"claims\": []}\n"
        + "{\"schema\": \"sitrep.claims/1\", \"article\": {\"id\": \"zz\"}, \"claims\": []}\n");
    Run r = run("evaluate", "--gold", gold.toString(), "--pred", pred.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("sitrep: warning: 1 articles of " + pred + " are not in " + gold + " and are not scored ('zz')")
        .contains("sitrep: warning: 1 articles of " + gold + " have no predictions in " + pred + " and score as empty ('a2')");
    assertThat(r.out()).contains("overall");
  }

  @Test
  void evaluateAndRenderReadThePrettyDocumentThatExtractWritesForOneArticle() throws Exception {
    Path text = file("a1.txt", TEXT);
    Path pretty = dir.resolve("a1.json");
    assertThat(run("extract", "--quiet", "-o", pretty.toString(), text.toString()).code()).isZero();
    assertThat(Files.readAllLines(pretty, StandardCharsets.UTF_8).size()).as("pretty, not one line").isGreaterThan(5);

    Run evaluated = run("evaluate", "--gold", file("gold.jsonl", GOLD).toString(), "--pred", pretty.toString());
    assertThat(evaluated.code()).as(evaluated.err()).isZero();
    assertThat(evaluated.err()).isEmpty();
    assertThat(evaluated.out()).contains("overall");

    Path pages = dir.resolve("pages");
    Run rendered = run("render", "--quiet", "--claims", pretty.toString(), "-o", pages.toString(), text.toString());
    assertThat(rendered.code()).as(rendered.err()).isZero();
    assertThat(pages.resolve("index.html")).exists();
  }

  @Test
  void aMalformedClaimsFileNamesFileAndLineInPlainWords() throws Exception {
    Path text = file("a1.txt", TEXT);
    Path pred = file("pred.json", "{\n  \"schema\": \"sitrep.claims/1\",\n  \"article\": {\"id\": \"a1\"},\n"
        + "  \"claims\": [{\"type\": \"speaker\", \"id\": \"c1\", \"begin\": 0, \"end\": 5, \"text\": \"Mayor\",\n"
        + "    \"mode\": \"sideways\", \"speaker\": {\"name\": \"X\", \"kind\": \"PERSON\"}}]\n}\n");
    Run evaluated = run("evaluate", "--gold", file("gold.jsonl", GOLD).toString(), "--pred", pred.toString());
    assertThat(evaluated.code()).isEqualTo(2);
    assertThat(evaluated.err().strip()).startsWith("sitrep: " + pred + ":1: claim 1 is not a sitrep.claims/1 claim: mode: value \"sideways\"");
    Run rendered = run("render", "--claims", pred.toString(), "-o", dir.resolve("pages").toString(), text.toString());
    assertThat(rendered.code()).isEqualTo(2);
    assertThat(rendered.err().strip()).startsWith("sitrep: " + pred + ":1: not a sitrep.claims/1 document: claims[0].mode: value \"sideways\"");

    Path cut = file("cut.json", "{\"schema\": \"sitrep.claims/1\",\n \"article\": {\"id\": \"a1\"},\n \"claims\": [\n");
    Run truncated = run("evaluate", "--gold", file("gold.jsonl", GOLD).toString(), "--pred", cut.toString());
    assertThat(truncated.code()).isEqualTo(2);
    assertThat(truncated.err()).startsWith("sitrep: " + cut + ":").contains("not JSON");
    for (Run r : List.of(evaluated, rendered, truncated)) {
      assertThat(r.err()).doesNotContain("com.fasterxml", "org.sitrep.", "REDACTED", "Exception");
    }
  }

  @Test
  void aFolderSkipsGoldFilesBesideTheirTextsButANamedGoldFileIsRead() throws Exception {
    file("batch/a1.txt", TEXT);
    Path gold = file("batch/a1.gold.jsonl", GOLD);
    Run r = run("extract", dir.resolve("batch").toString());
    assertThat(r.code()).isZero();
    JsonNode only = SitrepJson.readTree(r.out());
    assertThat(only.get("article").get("id").asText()).isEqualTo("a1");
    assertThat(r.err()).contains("sitrep: skipped 1 gold file in " + dir.resolve("batch") + " (a1.gold.jsonl)");

    Run named = run("extract", "--quiet", gold.toString());
    assertThat(named.code()).isZero();
    assertThat(SitrepJson.readTree(named.out().strip()).get("article").get("id").asText()).isEqualTo("a1");
  }

  @Test
  void moreThreadsThanCoresUnderATimeLimitSaySoOnceAndStillExtractEveryArticle() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    String many = String.valueOf(cores + 2);
    Path in = file("in.jsonl", "{\"id\": \"t1\", \"text\": \"" + TEXT + "\"}\n{\"id\": \"t2\", \"text\": \"" + TEXT + "\"}\n");

    Run limited = run("extract", "--threads", many, in.toString());
    assertThat(limited.code()).isZero();
    assertThat(limited.out().strip().split("\n")).hasSize(2);
    assertThat(limited.err()).contains("sitrep: --threads " + many + " is more than the " + cores + " cores");

    Run unlimited = run("extract", "--threads", many, "--timeout", "0", in.toString());
    assertThat(unlimited.err()).doesNotContain("more than the");
    Run fitting = run("extract", "--threads", String.valueOf(cores), in.toString());
    assertThat(fitting.err()).doesNotContain("more than the");
  }

  @Test
  void aRecordsUrlAndEveryLinesProvenanceReachTheOutput() throws Exception {
    Path in = file("in.jsonl", "{\"id\": \"u1\", \"url\": \"https://example.org/a?b=1\", \"text\": \"" + TEXT + "\"}\n"
        + "not json\n");
    Run r = run("extract", "--quiet", in.toString());
    assertThat(r.code()).isEqualTo(1);
    List<JsonNode> lines = r.out().lines().map(l -> {
      try {
        return SitrepJson.readTree(l);
      } catch (Exception e) {
        throw new AssertionError(l, e);
      }
    }).toList();
    assertThat(lines.get(0).at("/article/url").asText()).isEqualTo("https://example.org/a?b=1");
    assertThat(lines.get(1).at("/error/code").asText()).isEqualTo("BAD_INPUT_LINE");
    for (JsonNode line : lines) {
      assertThat(line.at("/provenance/sitrep").asText()).isEqualTo(Sitrep.VERSION);
      assertThat(line.at("/provenance/knowledge").asText()).startsWith("sha256:");
    }
  }

  @Test
  void versionPrintsWhatProvenanceSaysWithoutLoadingModels() {
    AtomicInteger loads = new AtomicInteger();
    Run r = run(mustNotLoad(loads), "--version");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("sitrep " + Sitrep.VERSION);
    assertThat(lines).contains("CoreNLP 4.5.10: tokenize, ssplit, pos, lemma, ner, sitrep.dates, depparse",
        "extractors: " + String.join(", ", Sitrep.defaultProvenance().extractors()),
        "knowledge: " + Sitrep.defaultProvenance().knowledge());
    assertThat(loads).hasValue(0);
  }
}
