package org.sitrep.internal.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.claim.Claim;
import org.sitrep.claim.ClaimType;
import org.sitrep.json.JsonDocuments;
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

  /**
   * The articles of a gold file: JSON Lines, or pretty-printed objects one after another.
   *
   * @param file the gold file
   * @return its articles, in file order
   * @throws IOException when it cannot be read or an article is malformed ({@code "FILE:LINE: ..."})
   */
  public static List<GoldArticle> readGold(Path file) throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    for (JsonDocuments.Document d : JsonDocuments.read(file)) {
      articles.add(parseGoldLine(d.node(), file + ":" + d.line()));
    }
    return articles;
  }

  /**
   * Predicted claims by article id; several documents for one id add up. Reads anything {@code
   * extract} writes: JSON Lines, or one pretty-printed document, or several one after another.
   *
   * @param file the predictions (or a gold file, scored as predictions)
   * @return claims by article id, in file order
   * @throws IOException when it cannot be read or a document is malformed ({@code "FILE:LINE: ..."})
   */
  public static Map<String, List<EvalClaim>> readPredictions(Path file) throws IOException {
    Map<String, List<EvalClaim>> byArticle = new LinkedHashMap<>();
    for (JsonDocuments.Document d : JsonDocuments.read(file)) {
      String where = file + ":" + d.line();
      JsonNode node = d.node();
      if (!node.has("article") && node.has("id")) {
        GoldArticle g = parseGoldLine(node, where);
        byArticle.computeIfAbsent(g.id(), k -> new ArrayList<>()).addAll(g.claims());
        continue;
      }
      String id = node.path("article").path("id").asText(null);
      if (id == null) {
        throw new IOException(where + ": document has no article.id (is this a sitrep.claims/1 file?)");
      }
      List<EvalClaim> claims = byArticle.computeIfAbsent(id, k -> new ArrayList<>());
      int n = 0;
      for (JsonNode c : node.path("claims")) {
        n++;
        try {
          claims.add(EvalClaim.of(SitrepJson.read(c, Claim.class)));
        } catch (JsonProcessingException e) {
          throw new IOException(where + ": claim " + n + " is not a sitrep.claims/1 claim: " + JsonDocuments.describe(e), e);
        } catch (IllegalArgumentException e) {
          throw new IOException(where + ": claim " + n + " is not a sitrep.claims/1 claim: " + e.getMessage(), e);
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
        c.path("optional").asBoolean(false), c.path("speakerScored").asBoolean(true), source(c.get("speaker")),
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

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
