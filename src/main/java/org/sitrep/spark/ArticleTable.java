package org.sitrep.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Articles as the job reads them: every input is brought to the same string columns {@code id,
 * title, source, published, text}, {@code _corrupt_record} (the raw line of a JSON Lines
 * record that is not JSON, else null) and {@code url} (passed through to the output's article). Like the command line, {@code outlet} and {@code date}
 * stand in for a missing {@code source} and {@code published}.
 */
public final class ArticleTable {

  /** Column of Spark's JSON reader that keeps an unreadable line. */
  public static final String CORRUPT = "_corrupt_record";

  static final List<String> COLUMNS = List.of("id", "title", "source", "published", "text", CORRUPT, "url");

  private static final StructType JSON_SCHEMA = new StructType()
      .add("id", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("source", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("date", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add(CORRUPT, DataTypes.StringType);

  private ArticleTable() {}

  /**
   * One article a line; lines that are not JSON objects become records with only {@code
   * _corrupt_record}.
   *
   * @param spark the session
   * @param path JSON Lines files, as Spark's reader takes them
   * @return the articles, in the job's columns
   */
  public static Dataset<Row> readJsonLines(SparkSession spark, String path) {
    Dataset<Row> raw = spark.read()
        .schema(JSON_SCHEMA)
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .json(path);
    return normalize(raw);
  }

  /**
   * A Parquet table of articles.
   *
   * @param spark the session
   * @param path Parquet files, as Spark's reader takes them
   * @return the articles, in the job's columns
   */
  public static Dataset<Row> readParquet(SparkSession spark, String path) {
    return normalize(spark.read().parquet(path));
  }

  /**
   * Any table with a {@code text} column, as the job's article columns (strings; absent ones
   * null).
   *
   * @param table any table of articles
   * @return the table in the job's columns
   * @throws IllegalArgumentException if the table has no {@code text} column
   */
  public static Dataset<Row> normalize(Dataset<Row> table) {
    List<String> have = Arrays.asList(table.columns());
    if (!have.contains("text")) {
      throw new IllegalArgumentException("the articles have no \"text\" column; columns: " + have);
    }
    return table.select(
        column(have, "id").as("id"),
        column(have, "title").as("title"),
        coalesce(column(have, "source"), column(have, "outlet")).as("source"),
        coalesce(column(have, "published"), column(have, "date")).as("published"),
        column(have, "text").as("text"),
        column(have, CORRUPT).as(CORRUPT),
        column(have, "url").as("url"));
  }

  private static Column column(List<String> have, String name) {
    return have.contains(name) ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
  }
}
