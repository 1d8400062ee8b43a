package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
   * Runs the job; a usage error exits with status 2 and an existing output without {@code
   * --overwrite} with status 1, each with one line on standard error and before any article is
   * read.
   *
   * @param args {@code --input PATH --format jsonl|parquet --output PATH --mode json|claims ...}
   */
  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("sitrep: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("sitrep").getOrCreate();
    int status = 0;
    try {
      run(spark, options);
    } catch (OutputExistsException e) {
      System.err.println("sitrep: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Reads, extracts and writes through Spark's file commit protocol: tasks write to temporary
   * attempt directories, only one attempt per partition is committed, and the job's commit
   * publishes the files, so a retried task (a lost executor) never duplicates or loses an
   * article.
   *
   * @throws OutputExistsException if the output exists and {@code --overwrite} was not given
   */
  static void run(SparkSession spark, JobOptions options) {
    refuseExistingOutput(spark, options);
    Dataset<Row> articles = options.format() == JobOptions.Format.JSONL
        ? ArticleTable.readJsonLines(spark, options.input())
        : ArticleTable.readParquet(spark, options.input());
    if (options.partitions() > 0) {
      articles = articles.repartition(options.partitions());
    }
    // ErrorIfExists still guards against an output created after the check above.
    SaveMode save = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    if (options.mode() == JobOptions.Mode.JSON) {
      jsonLines(articles).write().mode(save).text(options.output());
    } else {
      claimsTable(articles).write().mode(save).parquet(options.output());
    }
  }

  /** Checked before any work, so that a forgotten {@code --overwrite} costs seconds, not a run. */
  private static void refuseExistingOutput(SparkSession spark, JobOptions options) {
    if (options.overwrite()) {
      return;
    }
    Path output = new Path(options.output());
    try {
      FileSystem fs = output.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(output)) {
        throw new OutputExistsException(fs.makeQualified(output).toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the output " + output, e);
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
