package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.SitrepJson;

/** No record is lost or destroyed without a word: output paths, extra content, repeated ids, resume. */
class NothingLostTest {

  @TempDir Path dir;

  static final String A = "{\"id\":\"a\",\"text\":\"Talks resumed in Doha.\"}";
  static final String B = "{\"id\":\"b\",\"text\":\"A convoy reached the town.\"}";
  static final String C = "{\"id\":\"c\",\"text\":\"Fighting eased overnight.\"}";

  static JsonNode tree(String line) {
    try {
      return SitrepJson.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }

  static List<String> ids(Path out) throws IOException {
    return Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(l -> tree(l).get("article").get("id").asText()).toList();
  }

  static String code(String line) {
    JsonNode e = tree(line).get("error");
    return e == null || e.isNull() ? null : e.get("code").asText();
  }

  Path input(String... lines) throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void anOutputThatIsTheInputIsRefusedAndTheInputStaysAsItWas() throws Exception {
    Path in = input(A, B);
    byte[] before = Files.readAllBytes(in);
    CliTest.Run r = CliTest.run("extract", in.toString(), "-o", in.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is the input");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);

    Path link = dir.resolve("link.jsonl");
    Files.createSymbolicLink(link, in);
    assertThat(CliTest.run("extract", in.toString(), "-o", link.toString()).code()).isEqualTo(2);
    assertThat(CliTest.run("extract", in.toString(), "-o", dir.resolve("x/../in.jsonl").toString()).code()).isEqualTo(2);
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
  }

  @Test
  void anOutputInsideAnInputFolderIsRefusedBeforeAnythingIsWritten() throws Exception {
    input(A);
    Path out = dir.resolve("sub/claims.jsonl");
    CliTest.Run r = CliTest.run("extract", dir.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("inside the input folder");
    assertThat(dir.resolve("sub")).doesNotExist();
  }

  @Test
  void aLineWithMoreAfterItsObjectIsABadInputLineAndTheOthersGoOn() throws Exception {
    Path in = input(A, B + " " + C, "{\"id\":\"d\",\"text\":\"Shops reopened.\"} trailing", C);
    CliTest.Run r = CliTest.run("extract", "--quiet", in.toString());
    List<String> lines = r.lines();
    assertThat(lines).extracting(NothingLostTest::code).containsExactly(null, "BAD_INPUT_LINE", "BAD_INPUT_LINE", null);
    assertThat(tree(lines.get(1)).get("error").get("message").asText()).contains("in.jsonl:2").contains("more after its JSON object");
  }

  @Test
  void repeatedIdsAreAllExtractedAndReported() throws Exception {
    Path in = input(A, B, A, A);
    CliTest.Run r = CliTest.run("extract", "--quiet", in.toString());
    assertThat(r.lines()).extracting(l -> tree(l).get("article").get("id").asText()).containsExactly("a", "b", "a", "a");
    assertThat(r.err()).contains("2 records repeat an id seen before (first: 'a' at " + in + ":3)");
  }

  @Test
  void resumeMatchesByPositionSoRepeatedIdsAreNeitherSkippedNorDoubled() throws Exception {
    Path in = input(A, B, A, C);
    Path out = dir.resolve("out.jsonl");
    assertThat(CliTest.run("extract", "--quiet", "-o", out.toString(), in.toString()).code()).isZero();
    List<String> full = Files.readAllLines(out, StandardCharsets.UTF_8);
    Files.writeString(out, full.get(0) + "\n" + full.get(1) + "\n", StandardCharsets.UTF_8);

    CliTest.Run resumed = CliTest.run("extract", "--resume", "-o", out.toString(), in.toString());
    assertThat(resumed.code()).isZero();
    assertThat(ids(out)).containsExactly("a", "b", "a", "c");
    assertThat(InFlightJournal.fileFor(out)).doesNotExist();
  }

  @Test
  void resumeOnOtherInputsIsRefused() throws Exception {
    Path in = input(A, B);
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, CliTest.run("extract", "--quiet", "--jsonl", in.toString()).lines().get(0) + "\n");
    Path other = dir.resolve("other.jsonl");
    Files.writeString(other, B + "\n" + C + "\n");
    CliTest.Run r = CliTest.run("extract", "--resume", "-o", out.toString(), other.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("line 1 of the output is not article 'b'");
    assertThat(Files.readAllLines(out)).hasSize(1);
  }

  @Test
  void resumeAfterARunDiedRunsWhatWasInFlightAloneAndGivesUpWhatKilledARunAlone() throws Exception {
    Path in = input(A, B, C);
    Path out = dir.resolve("out.jsonl");
    assertThat(CliTest.run("extract", "--quiet", "-o", out.toString(), in.toString()).code()).isZero();
    String first = Files.readAllLines(out, StandardCharsets.UTF_8).get(0);

    // the run died with b and c in flight: both run again, one at a time
    Files.writeString(out, first + "\n");
    Files.writeString(InFlightJournal.fileFor(out), "start 0\nend 0\nstart 1\nstart 2\n");
    CliTest.Run resumed = CliTest.run("extract", "--resume", "-o", out.toString(), in.toString());
    assertThat(resumed.code()).isZero();
    assertThat(resumed.err()).contains("2 articles it was extracting ran again one at a time");
    assertThat(Files.readAllLines(out)).extracting(NothingLostTest::code).containsExactly(null, null, null);

    // the run died again on b, with nothing beside it: b is given up, c is extracted
    Files.writeString(out, first + "\n");
    Files.writeString(InFlightJournal.fileFor(out), "start 1\nstart 2\nalone 1\n");
    CliTest.Run again = CliTest.run("extract", "--resume", "-o", out.toString(), in.toString());
    assertThat(again.code()).isEqualTo(1);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).extracting(NothingLostTest::code).containsExactly(null, "INTERNAL", null);
    assertThat(tree(lines.get(1)).get("error").get("message").asText()).contains("died while extracting this article");
    assertThat(InFlightJournal.fileFor(out)).doesNotExist();
  }

  @Test
  void invalidUtf8InJsonLinesIsReadAsReplacementCharactersAndReported() throws Exception {
    Path in = dir.resolve("in.jsonl");
    byte[] bad = "{\"id\":\"x\",\"text\":\"Troops \u00ff left.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] good = (A + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[good.length + bad.length * 2];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(bad, 0, all, good.length + bad.length, bad.length);
    Files.write(in, all);
    CliTest.Run r = CliTest.run("extract", "--quiet", in.toString());
    assertThat(r.lines()).hasSize(3).extracting(NothingLostTest::code).containsOnlyNulls();
    assertThat(r.err()).contains("2 records hold bytes that are not UTF-8 (2 sequences read as U+FFFD; first: " + in + ":2)");
  }
}
