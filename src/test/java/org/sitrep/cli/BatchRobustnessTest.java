package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Article;
import org.sitrep.SharedSitrep;
import org.sitrep.json.SitrepJson;

/** A batch of good articles mixed with every kind of bad record: one line each, good claims intact. */
class BatchRobustnessTest {

  @TempDir Path dir;

  static final String GOOD_1 = "The army said 300 soldiers were deployed near Kharkiv. \"We will hold,\" General Petro Ivanenko said.";
  static final String GOOD_2 = "Officials said at least 12 people were killed when drones struck a market in Kherson.";

  static String line(String id, String textJson) {
    return "{\"id\":\"" + id + "\",\"text\":" + textJson + "}";
  }

  static String quoted(String s) {
    return SitrepJson.toLine(s);
  }

  @Test
  void mixedBadRecordsGiveOneLineEachAndGoodArticlesKeepTheirClaims() throws Exception {
    Path in = dir.resolve("mixed.jsonl");
    try (OutputStream out = Files.newOutputStream(in)) {
      List<String> lines = new ArrayList<>();
      lines.add(line("good-1", quoted(GOOD_1)));
      lines.add("{not json");
      lines.add("[1,2,3]");
      lines.add("{\"id\":\"no-text\"}");
      lines.add(line("number-text", "42"));
      lines.add(line("empty", "\"\""));
      lines.add(line("blank", quoted(" \u00a0\t ")));
      lines.add(line("html", quoted("<p>Rebels said <b>5</b> tanks were destroyed.</p><script>alert(1)</script>")));
      lines.add(line("control", quoted("Troops\u0000 left\u0007 the city.")));
      lines.add(line("emoji", quoted("\uD83D\uDCA5 Shelling hit 2 schools \uD83C\uDDFA\uD83C\uDDE6.")));
      lines.add(line("crlf", quoted("Line one.\r\nLine two.\rLine three.")));
      lines.add(line("quotes", quoted("\u201cOpen ".repeat(300) + "\nThe end.")));
      for (String l : lines) {
        out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
      }
      // a 50 MB line: held at most up to the line limit
      out.write("{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "war ".repeat(256 * 1024).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', 'b', 'i', 'n', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
      out.write((line("good-2", quoted(GOOD_2)) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    CliTest.Run r = CliTest.run("extract", "--threads", "2", in.toString());
    assertThat(r.code()).isEqualTo(1);
    List<JsonNode> nodes = r.lines().stream().map(BatchRobustnessTest::tree).toList();
    assertThat(nodes).hasSize(15);
    assertThat(nodes).extracting(n -> code(n)).containsExactly(
        null, "BAD_INPUT_LINE", "BAD_INPUT_LINE", "BAD_INPUT_LINE", "BAD_INPUT_LINE", "EMPTY_TEXT", "EMPTY_TEXT",
        null, null, null, null, null, "BAD_INPUT_LINE", null, null);
    assertThat(nodes.get(12).get("article").get("id").asText()).endsWith("mixed.jsonl:13");
    assertThat(nodes.get(12).get("error").get("message").asText()).contains("over the limit");
    assertThat(nodes.get(13).get("article").get("id").asText()).isEqualTo("bin");
    assertThat(nodes.get(14).get("article").get("id").asText()).isEqualTo("good-2");

    assertThat(claimsOf(nodes.get(0))).isEqualTo(direct("good-1", GOOD_1));
    assertThat(claimsOf(nodes.get(14))).isEqualTo(direct("good-2", GOOD_2));
  }

  private static String code(JsonNode n) {
    JsonNode e = n.get("error");
    return e == null || e.isNull() ? null : e.get("code").asText();
  }

  private static String claimsOf(JsonNode n) {
    return n.get("claims").toString();
  }

  private static String direct(String id, String text) throws IOException {
    return SitrepJson.readTree(SitrepJson.toLine(SharedSitrep.get().extract(Article.of(id, text)))).get("claims").toString();
  }

  private static JsonNode tree(String line) {
    try {
      return SitrepJson.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
