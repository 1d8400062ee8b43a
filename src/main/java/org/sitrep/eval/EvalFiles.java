package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.claim.Claim;
import org.sitrep.claim.ClaimType;
import org.sitrep.json.SitrepJson;

/**
 * Reads gold files and prediction files (JSON Lines, UTF-8).
 *
 * <p>Gold lines ({@code {"id", "text", "claims"}}) are read leniently, field by field, because
 * gold claims carry only the fields the evaluation reads plus {@code optional} and speaker
 * {@code aliases}. Prediction lines in the contract's shape ({@code {"schema", "article",
 * "claims"}}) are read strictly into the contract's records; a prediction file may also be a
 * gold file (its claims then read as gold, optional ones included), which is how gold is scored
 * against itself.
 */
public final class EvalFiles {

  private EvalFiles() {}

  public static List<GoldArticle> readGold(Path file) throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      articles.add(parseGoldLine(tree(file, lineNo, line), file + ":" + lineNo));
    }
    return articles;
  }

  /** Predicted claims by article id; several lines for one id add up. */
  public static Map<String, List<EvalClaim>> readPredictions(Path file) throws IOException {
    Map<String, List<EvalClaim>> byArticle = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + lineNo;
      JsonNode node = tree(file, lineNo, line);
      if (!node.has("article") && node.has("id")) {
        GoldArticle g = parseGoldLine(node, where);
        byArticle.computeIfAbsent(g.id(), k -> new ArrayList<>()).addAll(g.claims());
        continue;
      }
      String id = node.path("article").path("id").asText(null);
      if (id == null) {
        throw new IOException(where + ": prediction line has no article.id");
      }
      List<EvalClaim> claims = byArticle.computeIfAbsent(id, k -> new ArrayList<>());
      int n = 0;
      for (JsonNode c : node.path("claims")) {
        n++;
        try {
          claims.add(EvalClaim.of(SitrepJson.mapper().treeToValue(c, Claim.class)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
          throw new IOException(where + ": claim " + n + " is not a sitrep.claims/1 claim: " + firstLine(e.getMessage()), e);
        }
      }
    }
    return byArticle;
  }

  static GoldArticle parseGoldLine(JsonNode node, String where) throws IOException {
    String id = text(node, "id");
    if (id == null) {
      throw new IOException(where + ": gold line has no id");
    }
    List<EvalClaim> claims = new ArrayList<>();
    int n = 0;
    for (JsonNode c : node.path("claims")) {
      n++;
      try {
        claims.add(goldClaim(c));
      } catch (IllegalArgumentException e) {
        throw new IOException(where + ": gold claim " + n + ": " + e.getMessage(), e);
      }
    }
    return new GoldArticle(id, text(node, "text"), claims);
  }

  /** A gold claim from its JSON; absent fields become null. */
  public static EvalClaim goldClaim(JsonNode c) {
    String typeName = text(c, "type");
    ClaimType type = null;
    for (ClaimType t : ClaimType.values()) {
      if (t.wireName().equals(typeName)) {
        type = t;
      }
    }
    if (type == null) {
      throw new IllegalArgumentException("unknown claim type " + typeName);
    }
    if (!c.path("begin").canConvertToInt() || !c.path("end").canConvertToInt()) {
      throw new IllegalArgumentException("claim " + text(c, "id") + " has no begin/end");
    }
    JsonNode place = c.path("place");
    JsonNode value = c.get("value");
    return new EvalClaim(type, text(c, "id"), c.get("begin").asInt(), c.get("end").asInt(), text(c, "text"),
        c.path("optional").asBoolean(false), source(c.get("speaker")),
        lower(text(c, "mode")),
        value == null || !value.isNumber() ? null : value.asDouble(),
        text(c, "unit"), text(c, "category"), text(c, "qualifier"),
        text(place, "name"), text(place, "country"),
        text(c.path("subject"), "name"),
        text(c, "polarity"), text(c, "stance"));
  }

  private static EvalSource source(JsonNode s) {
    if (s == null || !s.isObject() || text(s, "name") == null || text(s, "name").isBlank()) {
      return null;
    }
    List<String> aliases = new ArrayList<>();
    for (JsonNode a : s.path("aliases")) {
      if (a.isTextual()) {
        aliases.add(a.asText());
      }
    }
    return new EvalSource(text(s, "name"), aliases);
  }

  private static JsonNode tree(Path file, int lineNo, String line) throws IOException {
    try {
      JsonNode node = SitrepJson.readTree(line);
      if (node == null || !node.isObject()) {
        throw new IOException(file + ":" + lineNo + ": line is not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IOException(file + ":" + lineNo + ": line is not JSON: " + firstLine(e.getOriginalMessage()), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
