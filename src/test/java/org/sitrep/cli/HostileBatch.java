package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.json.SitrepJson;

/**
 * The hostile batch of issue 22, generated (not committed) and checked by {@code
 * scripts/hostile-batch}: good articles mixed with every kind of hostile record, and the same
 * good articles alone for the clean run to compare with.
 *
 * <pre>
 * HostileBatch generate DIR      writes DIR/batch.jsonl and DIR/clean.jsonl
 * HostileBatch check DIR RUN...  checks each RUN (an extract output of batch.jsonl) against
 *                                DIR/clean.out.jsonl and the runs against each other
 * </pre>
 */
public final class HostileBatch {

  /** Invented articles (wire style) and the founding article; each gives claims of every kind. */
  static final List<String> GOOD = List.of(
      "Russian forces shelled the city of Kharkiv overnight, killing at least 12 civilians, regional "
          + "governor Oleh Syniehubov said on Tuesday.\n\"The strikes hit apartment blocks and a school,\" "
          + "he said. The Kremlin denied targeting civilians.",
      "The United Nations said on Monday that about 3,000 people had fled the fighting near Bakhmut "
          + "in the past week.\n\"We are deeply concerned,\" a UN spokesperson told reporters in Geneva, "
          + "urging both sides to open safe corridors.",
      "Ukraine's army said it had destroyed 40 Russian tanks and shot down 15 drones near Avdiivka.\n"
          + "Defence Minister Rustem Umerov praised the troops, calling the defence of the town \"heroic\". "
          + "Moscow accused Kyiv of exaggerating its losses.",
      "Israeli air strikes killed 27 people in the Gaza Strip on Sunday, the Gaza health ministry said.\n"
          + "The Israeli military said it struck more than 100 militant targets and warned residents of "
          + "Khan Younis to move west.");

  static final String HUGE_NUMBER_PREFIX = GOOD.get(0) + "\n";
  static final String HUGE_NUMBER = HUGE_NUMBER_PREFIX + "The ministry later put the toll at "
      + "9".repeat(309) + " soldiers.";

  private HostileBatch() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "generate" -> generate(dir);
      case "check" -> {
        List<Path> runs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
          runs.add(Path.of(args[i]));
        }
        List<String> problems = check(dir, runs);
        problems.forEach(p -> System.out.println("FAIL " + p));
        System.out.println(problems.isEmpty() ? "OK: " + runs.size() + " runs checked" : problems.size() + " problems");
        System.exit(problems.isEmpty() ? 0 : 1);
      }
      default -> throw new IllegalArgumentException("generate DIR | check DIR RUN...");
    }
  }

  /** Each record of the batch: id and text, or a raw line. */
  record Entry(String id, String text, String rawLine) {
    String line() {
      if (rawLine != null) {
        return rawLine;
      }
      ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      node.put("id", id);
      node.put("text", text);
      return SitrepJson.toLine(node);
    }
  }

  static List<Entry> batch() throws IOException {
    String founding = Files.readString(Path.of("samples/seed-001.txt"), StandardCharsets.UTF_8);
    List<Entry> e = new ArrayList<>();
    e.add(new Entry("good-founding", founding, null));
    e.add(new Entry("hostile-token-45k", GOOD.get(1) + "\n" + "tokenwithoutend".repeat(3_000) + "\n" + GOOD.get(2), null));
    e.add(new Entry("good-1", GOOD.get(1), null));
    e.add(new Entry("hostile-digits-100k", "0123456789".repeat(10_000), null));
    e.add(new Entry("good-2", GOOD.get(2), null));
    e.add(new Entry("hostile-letters-500k", "abcdefghijklmnopqrstuvwxy".repeat(20_000), null));
    e.add(new Entry("good-3", GOOD.get(3), null));
    e.add(new Entry("hostile-quotes-50k", "He said \u201c" + "she said \u2018they said \u201c".repeat(25_000) + "stop"
        + "\u201d\u2019".repeat(25_000) + "\u201d.", null));
    e.add(new Entry("hostile-huge-number", HUGE_NUMBER, null));
    e.add(new Entry(null, null, new Entry("two-a", GOOD.get(0), null).line() + new Entry("two-b", GOOD.get(1), null).line()));
    e.add(new Entry("good-0", GOOD.get(0), null));
    e.add(new Entry("good-1", GOOD.get(1), null));
    e.add(new Entry("good-0", GOOD.get(3), null));
    return e;
  }

  static void generate(Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, String> clean = new LinkedHashMap<>();
    try (Writer w = Files.newBufferedWriter(dir.resolve("batch.jsonl"), StandardCharsets.UTF_8)) {
      for (Entry e : batch()) {
        w.write(e.line());
        w.write('\n');
        if (e.id() != null && e.id().startsWith("good")) {
          clean.putIfAbsent(e.text(), e.id());
        }
      }
    }
    clean.put(HUGE_NUMBER_PREFIX, "huge-number-prefix");
    try (Writer w = Files.newBufferedWriter(dir.resolve("clean.jsonl"), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> c : clean.entrySet()) {
        w.write(new Entry(c.getValue(), c.getKey(), null).line());
        w.write('\n');
      }
    }
  }

  static List<String> check(Path dir, List<Path> runs) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Entry> batch = batch();
    Map<String, String> cleanClaims = new LinkedHashMap<>();
    List<JsonNode> cleanOut = read(dir.resolve("clean.out.jsonl"));
    List<JsonNode> cleanIn = read(dir.resolve("clean.jsonl"));
    for (int i = 0; i < cleanIn.size(); i++) {
      cleanClaims.put(cleanIn.get(i).get("text").asText(), cleanOut.get(i).get("claims").toString());
    }
    String first = null;
    for (Path run : runs) {
      List<JsonNode> out = read(run);
      if (out.size() != batch.size()) {
        problems.add(run + ": " + out.size() + " lines for " + batch.size() + " records");
        continue;
      }
      for (int i = 0; i < batch.size(); i++) {
        Entry e = batch.get(i);
        JsonNode line = out.get(i);
        String where = run + " line " + (i + 1) + " (" + (e.id() == null ? "two objects" : e.id()) + ")";
        JsonNode error = line.get("error");
        String code = error == null || error.isNull() ? null : error.get("code").asText();
        if (e.id() == null) {
          if (!"BAD_INPUT_LINE".equals(code)) {
            problems.add(where + ": expected BAD_INPUT_LINE, got " + code);
          }
          continue;
        }
        if (code != null) {
          problems.add(where + ": error " + code + ": " + error.get("message").asText());
          continue;
        }
        if (!e.id().equals(line.get("article").get("id").asText())) {
          problems.add(where + ": id " + line.get("article").get("id"));
        }
        String expected = cleanClaims.get(e.text());
        if (expected != null && !expected.equals(line.get("claims").toString())) {
          problems.add(where + ": claims differ from the clean run");
        }
        if (e.text().equals(HUGE_NUMBER)) {
          List<String> kept = new ArrayList<>();
          for (JsonNode c : line.get("claims")) {
            if (c.get("begin").asInt() < HUGE_NUMBER_PREFIX.length()) {
              kept.add(c.toString());
            }
          }
          String prefixClaims = cleanClaims.get(HUGE_NUMBER_PREFIX);
          if (kept.isEmpty() || !("[" + String.join(",", kept) + "]").equals(prefixClaims)) {
            problems.add(where + ": the claims before the huge number differ from those of the same text alone");
          }
        }
      }
      String comparable = withoutMillis(out);
      if (first == null) {
        first = comparable;
      } else if (!first.equals(comparable)) {
        problems.add(run + ": differs from " + runs.get(0) + " (stats.millis aside)");
      }
    }
    return problems;
  }

  private static String withoutMillis(List<JsonNode> lines) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode n : lines) {
      JsonNode stats = n.get("stats");
      if (stats instanceof ObjectNode o) {
        o.remove("millis");
      }
      sb.append(n).append('\n');
    }
    return sb.toString();
  }

  private static List<JsonNode> read(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(SitrepJson.readTree(line));
      }
    }
    return out;
  }
}
