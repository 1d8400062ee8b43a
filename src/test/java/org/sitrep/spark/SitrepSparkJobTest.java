package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Article;
import org.sitrep.ArticleClaims;
import org.sitrep.SharedSitrep;
import org.sitrep.json.SitrepJson;

/**
 * Runs the job in local[2] mode (executors are threads of this JVM, so they share the test's
 * one CoreNLP through {@link ExecutorSitrep#use}) and checks its results against the library's.
 */
class SitrepSparkJobTest {

  private static final String SHORT_A = "Colonel Ana Ruiz said on Monday that 40 soldiers were wounded near the river.\n"
      + "\"We will hold the bridge,\" Ruiz told reporters in Valdora.";
  private static final String SHORT_B = "The ministry condemned the shelling of the market, which killed 12 civilians.";
  private static final String NO_NEWS = "Rain fell all day.";

  @TempDir
  static Path dir;

  private static SparkSession spark;
  private static Map<String, Article> goodArticles;
  private static Map<String, ArticleClaims> direct;
  private static List<String> jsonOutput;
  private static List<Row> claimsTableRows;
  private static Dataset<Row> parquetTable;

  @BeforeAll
  static void runJobOnce() throws IOException {
    ExecutorSitrep.use(SharedSitrep.get());
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("sitrep-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();

    String seed = Files.readString(Path.of("samples/seed-001.txt"), StandardCharsets.UTF_8);
    goodArticles = new LinkedHashMap<>();
    goodArticles.put("seed-001", new Article("seed-001", "Seed", "Sample Wire", "2024-01-01", seed));
    goodArticles.put("short-a", new Article("short-a", null, null, null, SHORT_A, "https://example.org/short-a"));
    goodArticles.put("short-b", new Article("short-b", "Market", null, null, SHORT_B));
    goodArticles.put("no-news", new Article("no-news", null, null, null, NO_NEWS));

    List<String> lines = new ArrayList<>();
    for (Article a : goodArticles.values()) {
      lines.add(line(a.id(), a.title(), a.source(), a.published(), a.text(), a.url()));
    }
    lines.add(line("blank", null, null, null, "  \n ", null));
    lines.add("{\"id\": \"no-text\", \"title\": \"Only a title\"}");
    lines.add("this line is not JSON");
    Files.write(dir.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);

    direct = new HashMap<>();
    for (Article a : goodArticles.values()) {
      direct.put(a.id(), SharedSitrep.get().extract(a));
    }

    Dataset<Row> articles = ArticleTable.readJsonLines(spark, dir.resolve("articles.jsonl").toString()).repartition(2);
    jsonOutput = SitrepSparkJob.jsonLines(articles).collectAsList();
    SitrepSparkJob.claimsTable(articles).write().parquet(dir.resolve("claims.parquet").toString());
    parquetTable = spark.read().parquet(dir.resolve("claims.parquet").toString());
    claimsTableRows = parquetTable.collectAsList();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void jsonLinesCarryTheClaimsTheLibraryProducesDirectly() throws IOException {
    Map<String, JsonNode> byId = new HashMap<>();
    for (String l : jsonOutput) {
      JsonNode node = SitrepJson.readTree(l);
      byId.put(node.path("article").path("id").asText(null), node);
    }
    for (Article a : goodArticles.values()) {
      JsonNode viaSpark = byId.get(a.id());
      assertThat(viaSpark).as(a.id()).isNotNull();
      assertThat(viaSpark.get("error").isNull()).as(a.id()).isTrue();
      assertThat(viaSpark.get("schema").asText()).isEqualTo(ArticleClaims.SCHEMA);
      JsonNode expected = SitrepJson.readTree(SitrepJson.toLine(direct.get(a.id())));
      assertThat(viaSpark.get("article")).as(a.id()).isEqualTo(expected.get("article"));
      assertThat(viaSpark.path("article").path("url").asText(null)).as(a.id()).isEqualTo(a.url());
      assertThat(viaSpark.get("claims")).as(a.id()).isEqualTo(expected.get("claims"));
    }
  }

  @Test
  void jsonLinesKeepEveryArticleAndGiveFailuresTheContractsCodes() throws IOException {
    assertThat(jsonOutput).hasSize(goodArticles.size() + 3);
    Map<String, String> codes = new HashMap<>();
    for (String l : jsonOutput) {
      JsonNode node = SitrepJson.readTree(l);
      if (!node.get("error").isNull()) {
        codes.put(String.valueOf(node.path("article").path("id").asText(null)), node.get("error").get("code").asText());
        assertThat(node.get("claims")).isEmpty();
      }
      assertThat(node.at("/provenance/sitrep").asText()).as("every line says what made it").isEqualTo(org.sitrep.Sitrep.VERSION);
    }
    assertThat(codes).containsOnly(
        Map.entry("blank", "EMPTY_TEXT"), Map.entry("no-text", "BAD_INPUT_LINE"), Map.entry("null", "BAD_INPUT_LINE"));
  }

  @Test
  void claimsTableRoundTripsThroughParquetWithTypedColumns() {
    assertThat(parquetTable.schema().fieldNames()).containsExactly(ClaimRows.SCHEMA.fieldNames());
    for (var field : ClaimRows.SCHEMA.fields()) {
      assertThat(parquetTable.schema().apply(field.name()).dataType()).as(field.name()).isEqualTo(field.dataType());
    }
    assertThat(claimsTableRows.stream().filter(r -> "figure".equals(r.getAs("type"))))
        .allSatisfy(r -> assertThat(r.<Double>getAs("value")).isNotNull())
        .allSatisfy(r -> assertThat(r.<String>getAs("category")).isNotNull());
    assertThat(claimsTableRows.stream().filter(r -> r.getAs("type") != null))
        .allSatisfy(r -> assertThat(r.<Integer>getAs("end") - r.<Integer>getAs("begin"))
            .isEqualTo(r.<String>getAs("text").length()));
    assertThat(ClaimRows.SCHEMA.apply("value").dataType().typeName()).isEqualTo("double");
    assertThat(ClaimRows.SCHEMA.apply("begin").dataType().typeName()).isEqualTo("integer");
  }

  @Test
  void claimsTableRowsEqualTheLibrarysClaimsArticleByArticle() {
    for (Article a : goodArticles.values()) {
      List<List<Object>> expected = ClaimRows.of(direct.get(a.id())).stream().map(SitrepSparkJobTest::values).toList();
      List<List<Object>> actual = claimsTableRows.stream()
          .filter(r -> a.id().equals(r.getAs("article_id")))
          .sorted(java.util.Comparator.comparing(r -> claimNumber(r.getAs("claim_id"))))
          .map(SitrepSparkJobTest::values)
          .toList();
      assertThat(actual).as(a.id()).isEqualTo(expected);
    }
  }

  @Test
  void claimsTableKeepsEveryArticleWithErrorRowsForFailures() {
    assertThat(claimsTableRows.stream().map(r -> r.<String>getAs("article_id")).distinct())
        .containsExactlyInAnyOrder("seed-001", "short-a", "short-b", "no-news", "blank", "no-text", null);
    Map<String, String> codes = new HashMap<>();
    for (Row r : claimsTableRows) {
      if (r.getAs("error_code") != null) {
        assertThat(r.<String>getAs("type")).isNull();
        assertThat(r.<String>getAs("error_message")).isNotBlank();
        codes.put(String.valueOf(r.<String>getAs("article_id")), r.getAs("error_code"));
      }
    }
    assertThat(codes).containsOnly(
        Map.entry("blank", "EMPTY_TEXT"), Map.entry("no-text", "BAD_INPUT_LINE"), Map.entry("null", "BAD_INPUT_LINE"));
  }

  @Test
  void articleWithoutClaimsIsOneRowWithNoTypeAndNoError() {
    List<Row> rows = ClaimRows.of(new ArticleClaims(ArticleClaims.SCHEMA, null, null, null, List.of()));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).length()).isEqualTo(ClaimRows.SCHEMA.size());
    assertThat(values(rows.get(0))).containsOnlyNulls();
  }

  @Test
  void mainReadsParquetArticlesAndWritesJsonLines() throws IOException {
    spark.createDataFrame(List.of(
            new ArticleBean("p1", SHORT_B), new ArticleBean("p2", "")), ArticleBean.class)
        .write().parquet(dir.resolve("articles.parquet").toString());
    String out = dir.resolve("out-json").toString();
    SitrepSparkJob.run(spark, JobOptions.parse(new String[] {
        "--input", dir.resolve("articles.parquet").toString(), "--format", "parquet",
        "--output", out, "--mode", "json", "--partitions", "2"}));
    List<String> written = spark.read().textFile(out).collectAsList();
    assertThat(written).hasSize(2);
    assertThat(written).anySatisfy(l -> assertThat(l).contains("\"id\":\"p2\"").contains("\"EMPTY_TEXT\""));
    assertThat(written).anySatisfy(l -> assertThat(l).contains("\"id\":\"p1\"").contains("\"error\":null"));
  }

  @Test
  void runRefusesAnExistingOutputWithoutOverwriteAndReplacesItWithOverwrite() throws IOException {
    Path input = dir.resolve("refuse-input.jsonl");
    Files.write(input, List.of(line("r1", null, null, null, SHORT_B, null)), StandardCharsets.UTF_8);
    Path out = dir.resolve("refuse-out");
    Files.createDirectories(out);
    Path earlier = Files.writeString(out.resolve("part-earlier.txt"), "an earlier run's output\n");
    String[] args = {"--input", input.toString(), "--format", "jsonl", "--output", out.toString(), "--mode", "json"};

    assertThatThrownBy(() -> SitrepSparkJob.run(spark, JobOptions.parse(args)))
        .isInstanceOf(OutputExistsException.class)
        .hasMessageContaining(out.getFileName().toString())
        .hasMessageContaining("already exists")
        .hasMessageContaining("--overwrite");
    assertThat(earlier).exists();

    String[] overwrite = Stream.concat(Arrays.stream(args), Stream.of("--overwrite"))
        .toArray(String[]::new);
    SitrepSparkJob.run(spark, JobOptions.parse(overwrite));
    assertThat(earlier).doesNotExist();
    assertThat(out.resolve("_SUCCESS")).exists();
    assertThat(spark.read().textFile(out.toString()).collectAsList())
        .singleElement().satisfies(l -> assertThat(l).contains("\"id\":\"r1\""));
  }

  @Test
  void optionsRejectMissingOrUnknownArguments() {
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "x"}))
        .hasMessageContaining("required").hasMessageContaining("usage");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "x", "--format", "csv", "--output", "y", "--mode", "json"}))
        .hasMessageContaining("--format must be one of jsonl, parquet");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--partitions", "0"})).hasMessageContaining("positive");
    assertThat(JobOptions.parse(new String[] {"--input", "x", "--format", "JSONL", "--output", "y", "--mode", "claims"}))
        .isEqualTo(new JobOptions("x", JobOptions.Format.JSONL, "y", JobOptions.Mode.CLAIMS, 0, false));
  }

  /** A bean for a small Parquet input with only the columns the job needs. */
  public static final class ArticleBean implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String text;

    public ArticleBean() {}

    ArticleBean(String id, String text) {
      this.id = id;
      this.text = text;
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  private static String line(String id, String title, String source, String published, String text, String url) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("title", title);
    m.put("source", source);
    m.put("published", published);
    m.put("text", text);
    if (url != null) {
      m.put("url", url);
    }
    return SitrepJson.toLine(m);
  }

  private static List<Object> values(Row r) {
    return IntStream.range(0, r.length()).mapToObj(r::get).toList();
  }

  private static int claimNumber(String claimId) {
    return claimId == null ? -1 : Integer.parseInt(claimId.replaceAll("\\D", "0"));
  }
}
