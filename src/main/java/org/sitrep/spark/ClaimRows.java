package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.ArticleClaims;
import org.sitrep.claim.Claim;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.Place;
import org.sitrep.claim.Source;
import org.sitrep.claim.StanceClaim;
import org.sitrep.json.SitrepJson;

/**
 * The flat claims table: one row per claim, with typed columns that Spark SQL can filter and
 * aggregate. Every article yields at least one row, so that no article is lost from the table:
 *
 * <ul>
 *   <li>an article with claims: one row per claim, {@code type} set, no error;
 *   <li>an article without claims: one row with {@code type} null and no error;
 *   <li>an article that failed: one row with {@code type} null and {@code error_code} (the
 *       contract's code) and {@code error_message}.
 * </ul>
 *
 * <p>Count claims with {@code WHERE type IS NOT NULL}, articles with {@code COUNT(DISTINCT
 * article_id)}. Enum values are the contract's wire names ({@code "figure"}, {@code "KILLED"}).
 * {@code place} and {@code country} are the resolved place of a location claim or a figure's
 * location; {@code speaker_name} is the claim's speaker (null for the article's own voice);
 * {@code target_name} is a stance's target.
 */
public final class ClaimRows {

  /** The table's columns, in order. */
  public static final StructType SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("claim_id", DataTypes.StringType)
      .add("type", DataTypes.StringType)
      .add("speaker_name", DataTypes.StringType)
      .add("speaker_kind", DataTypes.StringType)
      .add("value", DataTypes.DoubleType)
      .add("unit", DataTypes.StringType)
      .add("category", DataTypes.StringType)
      .add("place", DataTypes.StringType)
      .add("country", DataTypes.StringType)
      .add("target_name", DataTypes.StringType)
      .add("stance", DataTypes.StringType)
      .add("polarity", DataTypes.StringType)
      .add("begin", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType)
      .add("text", DataTypes.StringType)
      .add("confidence", DataTypes.DoubleType)
      .add("error_code", DataTypes.StringType)
      .add("error_message", DataTypes.StringType);

  private ClaimRows() {}

  /**
   * The rows of one article's result, in claim order; never empty.
   *
   * @param result one article's document
   * @return its rows
   */
  public static List<Row> of(ArticleClaims result) {
    String articleId = result.article() == null ? null : result.article().id();
    if (result.failed()) {
      return List.of(bare(articleId, wire(result.error().code()), result.error().message()));
    }
    if (result.claims().isEmpty()) {
      return List.of(bare(articleId, null, null));
    }
    List<Row> rows = new ArrayList<>(result.claims().size());
    for (Claim c : result.claims()) {
      rows.add(row(articleId, c));
    }
    return rows;
  }

  private static Row bare(String articleId, String errorCode, String errorMessage) {
    return RowFactory.create(articleId, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, errorCode, errorMessage);
  }

  private static Row row(String articleId, Claim c) {
    Double value = null;
    String unit = null;
    String category = null;
    Place place = null;
    Source target = null;
    String stance = null;
    String polarity = null;
    if (c instanceof FigureClaim f) {
      value = f.value();
      unit = f.unit();
      category = wire(f.category());
      place = f.location();
    } else if (c instanceof LocationClaim l) {
      place = l.place();
    } else if (c instanceof StanceClaim s) {
      target = s.target();
      stance = wire(s.stance());
      polarity = wire(s.polarity());
    }
    Source speaker = c.speaker();
    return RowFactory.create(articleId, c.id(), wire(c.type()),
        speaker == null ? null : speaker.name(), speaker == null ? null : wire(speaker.kind()),
        value, unit, category,
        place == null ? null : place.name(), place == null ? null : place.country(),
        target == null ? null : target.name(), stance, polarity,
        c.begin(), c.end(), c.text(), c.confidence(), null, null);
  }

  /** An enum's value as the contract's JSON writes it. */
  private static String wire(Enum<?> value) {
    return SitrepJson.wireName(value);
  }
}
