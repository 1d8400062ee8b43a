package org.sitrep.spark;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.sitrep.ArticleClaims;
import org.sitrep.Sitrep;
import org.sitrep.json.SitrepJson;

/**
 * sitrep as a Spark job. As a program ({@code spark-submit --class org.sitrep.spark.SitrepSparkJob},
 * arguments in {@link JobOptions#USAGE}) it reads articles and writes their claims; as a library,
 * {@link #claimsTable} and {@link #jsonLines} turn any table of articles into results inside a
 * larger Spark program.
 *
 * <p>Each partition fetches its executor's {@link ExecutorSitrep} once and streams its articles
 * through it. Every article gives a result: failures are rows with the contract's error codes.
 */
public final class SitrepSparkJob {

  private SitrepSparkJob() {}

  /**
   * Runs the job (see docs/spark.md for its options).
   *
   * @param args {@code --input PATH --format jsonl|parquet --output PATH --mode json|claims ...}
   */
  public static void main(String[] args) {
    JobOptions options = JobOptions.parse(args);
    SparkSession spark = SparkSession.builder().appName("sitrep").getOrCreate();
    try {
      run(spark, options);
    } finally {
      spark.stop();
    }
  }

  static void run(SparkSession spark, JobOptions options) {
    Dataset<Row> articles = options.format() == JobOptions.Format.JSONL
        ? ArticleTable.readJsonLines(spark, options.input())
        : ArticleTable.readParquet(spark, options.input());
    if (options.partitions() > 0) {
      articles = articles.repartition(options.partitions());
    }
    SaveMode save = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    if (options.mode() == JobOptions.Mode.JSON) {
      jsonLines(articles).write().mode(save).text(options.output());
    } else {
      claimsTable(articles).write().mode(save).parquet(options.output());
    }
  }

  /**
   * The flat claims table ({@link ClaimRows#SCHEMA}) of a table of articles: any table with a
   * {@code text} column and optionally {@code id, title, source, published} (see {@link
   * ArticleTable#normalize}).
   *
   * @param articles the articles
   * @return one row per claim, and one per article without claims
   */
  public static Dataset<Row> claimsTable(Dataset<Row> articles) {
    return ArticleTable.normalize(articles).mapPartitions(
        (MapPartitionsFunction<Row, Row>) rows -> extract(rows, r -> ClaimRows.of(r).stream()),
        Encoders.row(ClaimRows.SCHEMA));
  }

  /**
   * The contract's JSON ({@code sitrep.claims/1}) per article, one line each.
   *
   * @param articles the articles
   * @return one JSON line per article
   */
  public static Dataset<String> jsonLines(Dataset<Row> articles) {
    return ArticleTable.normalize(articles).mapPartitions(
        (MapPartitionsFunction<Row, String>) rows -> extract(rows, r -> Stream.of(SitrepJson.toLine(r))),
        Encoders.STRING());
  }

  /** Lazily, one article at a time, so that a partition is never held in memory whole. */
  private static <T> Iterator<T> extract(Iterator<Row> articles, Function<ArticleClaims, Stream<T>> output) {
    Sitrep sitrep = ExecutorSitrep.get();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles, Spliterator.ORDERED), false)
        .flatMap(row -> output.apply(ArticleExtraction.process(sitrep, row)))
        .iterator();
  }
}
