package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.sitrep.SharedSitrep;
import org.sitrep.cli.Main;
import org.sitrep.json.SitrepJson;

/**
 * sitrep's job on a real standalone cluster ({@code scripts/spark-cluster}: master, worker and
 * executors are separate JVMs), submitted as docs/spark.md tells a user: the application jar
 * plus the {@code --jars} of {@code target/spark-jars}. The executor is killed mid-run; the
 * output must still hold every article once, with the claims of a direct run.
 *
 * <p>Run by {@code mvn -B verify -P spark-cluster} (several GB, minutes), never by {@code mvn
 * test}. The articles come from {@code -Dsitrep.it.articles} (default the shared corpus), the
 * first {@code -Dsitrep.it.limit} (default 48) of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkClusterIT {

  private static final int PARTITIONS = 8;
  private static final int COMMITTED_BEFORE_KILL = 2;
  private static final long RUN_MINUTES = 20;
  private static final Pattern APP_ID = Pattern.compile("app-\\d{14}-\\d{4}");

  private final Path root = Path.of("").toAbsolutePath();
  private final Path dir = root.resolve("target/spark-cluster-it");
  private final Path input = dir.resolve("articles.jsonl");
  private final Path output = dir.resolve("out");
  private final Map<String, String> inputLines = new LinkedHashMap<>();
  private final List<ProcessHandle> seen = new ArrayList<>();
  private LocalSparkCluster cluster;
  private List<String> clusterLines;

  @BeforeAll
  void startCluster() throws IOException, InterruptedException {
    Path articles = articles();
    int limit = Integer.getInteger("sitrep.it.limit", 48);
    assertThat(Path.of(System.getProperty("sitrep.it.jar", "target/sitrep-0.1.0-SNAPSHOT.jar"))).isRegularFile();
    assertThat(sparkJars()).as("target/spark-jars (mvn -P spark-cluster package)").isNotEmpty();
    deleteRecursively(dir);
    Files.createDirectories(dir);
    try (Stream<String> lines = Files.lines(articles, StandardCharsets.UTF_8)) {
      lines.limit(limit).forEach(l -> inputLines.put(readTree(l).get("id").asText(), l));
    }
    assertThat(inputLines).as("articles with distinct ids").hasSize(limit);
    Files.write(input, inputLines.values(), StandardCharsets.UTF_8);

    cluster = LocalSparkCluster.start(root, dir.resolve("cluster"));
    seen.add(cluster.master());
    seen.add(cluster.worker());
  }

  @AfterAll
  void stopClusterIfStillRunning() throws IOException, InterruptedException {
    if (cluster != null && Files.exists(cluster.dir().resolve("master.pid"))) {
      cluster.stop();
    }
  }

  @Test
  @Order(1)
  void jobSurvivesTheLossOfItsExecutorMidRun() throws Exception {
    Path log = dir.resolve("driver-1.log");
    Process driver = cluster.submit(submitArgs("--input", input.toString(), "--format", "jsonl",
        "--output", output.toString(), "--mode", "json", "--partitions", Integer.toString(PARTITIONS)), log);
    seen.add(driver.toHandle());

    int committed = awaitCommittedTasks(driver, log);
    assertThat(committed).as("tasks committed when the executor is killed").isLessThan(PARTITIONS);
    assertThat(partFiles(output)).as("no output is published before the job commits").isEmpty();
    List<ProcessHandle> executors = cluster.executors();
    assertThat(executors).as("executor JVMs of the worker").hasSize(1);
    ProcessHandle executor = executors.get(0);
    seen.add(executor);
    executor.destroyForcibly();
    executor.onExit().get(1, TimeUnit.MINUTES);
    seen.addAll(awaitReplacement(executor, driver));

    assertThat(driver.waitFor(RUN_MINUTES, TimeUnit.MINUTES)).as("job finished within %d min", RUN_MINUTES).isTrue();
    assertThat(driver.exitValue()).as("driver exit code; log: %s", log).isZero();

    assertThat(output.resolve("_SUCCESS")).exists();
    assertThat(output.resolve("_temporary")).doesNotExist();
    clusterLines = readPartFiles(output);
    assertThat(clusterLines.stream().map(l -> readTree(l).path("article").path("id").asText()).toList())
        .as("every input article exactly once")
        .containsExactlyInAnyOrderElementsOf(inputLines.keySet());

    String appId = appId(log);
    List<JsonNode> events = events(appId);
    assertThat(events.stream().filter(e -> event(e, "SparkListenerExecutorAdded"))).as("executors added").hasSize(2);
    assertThat(events.stream().filter(e -> event(e, "SparkListenerExecutorRemoved"))).as("executors removed").isNotEmpty();
    assertThat(events.stream().filter(e -> event(e, "SparkListenerTaskEnd"))
            .filter(e -> "ExecutorLostFailure".equals(e.path("Task End Reason").path("Reason").asText())))
        .as("tasks lost with the executor, then retried").isNotEmpty();
    Path replacement = cluster.workDir(appId).resolve("1").resolve("stderr");
    assertThat(Files.readString(replacement, StandardCharsets.UTF_8))
        .as("the replacement executor loaded the models itself")
        .contains("sitrep models loaded in");
  }

  @Test
  @Order(2)
  void rerunWithoutOverwriteRefusesAndLeavesTheOutputAlone() throws Exception {
    assumeTrue(clusterLines != null, "needs the first run's output");
    Map<String, Long> before = fileSizes(output);
    Path log = dir.resolve("driver-2.log");
    Process driver = cluster.submit(submitArgs("--input", input.toString(), "--format", "jsonl",
        "--output", output.toString(), "--mode", "json"), log);
    seen.add(driver.toHandle());
    assertThat(driver.waitFor(RUN_MINUTES, TimeUnit.MINUTES)).isTrue();

    assertThat(driver.exitValue()).isEqualTo(1);
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .contains("sitrep: the output file:" + output + " already exists; pass --overwrite to replace it");
    assertThat(fileSizes(output)).isEqualTo(before);
  }

  @Test
  @Order(3)
  void rerunWithOverwriteReplacesTheOutput() throws Exception {
    assumeTrue(clusterLines != null, "needs the first run's output");
    List<String> few = inputLines.values().stream().limit(4).toList();
    Path smallInput = Files.write(dir.resolve("few.jsonl"), few, StandardCharsets.UTF_8);
    Path log = dir.resolve("driver-3.log");
    Process driver = cluster.submit(submitArgs("--input", smallInput.toString(), "--format", "jsonl",
        "--output", output.toString(), "--mode", "claims", "--partitions", "2", "--overwrite"), log);
    seen.add(driver.toHandle());
    assertThat(driver.waitFor(RUN_MINUTES, TimeUnit.MINUTES)).isTrue();
    assertThat(driver.exitValue()).as("driver exit code; log: %s", log).isZero();

    assertThat(partFiles(output)).as("the JSON Lines of the first run are gone")
        .isNotEmpty().allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".parquet"));
    SparkSession spark = SparkSession.builder().master("local[1]").appName("sitrep-it-read")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    try {
      List<String> ids = spark.read().parquet(output.toString()).select("article_id").distinct()
          .collectAsList().stream().map(r -> r.getString(0)).toList();
      assertThat(ids).containsExactlyInAnyOrderElementsOf(few.stream().map(l -> readTree(l).get("id").asText()).toList());
    } finally {
      spark.stop();
    }
  }

  @Test
  @Order(4)
  void stoppingTheClusterLeavesNoProcessBehind() throws Exception {
    cluster.executors().forEach(seen::add);
    cluster.stop();
    for (ProcessHandle p : seen) {
      p.onExit().get(1, TimeUnit.MINUTES);
      assertThat(p.isAlive()).as("pid %d", p.pid()).isFalse();
    }
    String clusterDir = cluster.dir().toString();
    assertThat(ProcessHandle.allProcesses()
            .filter(p -> p.info().commandLine().orElse("").contains(clusterDir))
            .map(p -> p.pid() + " " + p.info().commandLine().orElse("")))
        .as("processes still using %s", clusterDir)
        .isEmpty();
    deleteFetchedJars(cluster.dir().resolve("work"));
  }

  /** Runs after the cluster has stopped, so that its JVMs and this one's CoreNLP never overlap. */
  @Test
  @Order(5)
  void clusterOutputEqualsADirectRunStatsAside() throws IOException {
    assumeTrue(clusterLines != null, "needs the first run's output");
    Path direct = dir.resolve("direct.jsonl");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"extract", "--quiet", "-o", direct.toString(), input.toString()},
        InputStream.nullInputStream(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8), SharedSitrep::get);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 1);

    Map<String, JsonNode> expected = byId(Files.readAllLines(direct, StandardCharsets.UTF_8));
    Map<String, JsonNode> actual = byId(clusterLines);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    for (String id : expected.keySet()) {
      assertThat(actual.get(id)).as(id).isEqualTo(expected.get(id));
    }
  }

  /**
   * {@code -Dsitrep.it.articles}, else the shared corpus beside the project (or beside the
   * folder of worktrees that the project is in).
   */
  private Path articles() {
    String given = System.getProperty("sitrep.it.articles");
    if (given != null) {
      return root.resolve(given);
    }
    Path corpus = Path.of("shared", "corpus", "extended.jsonl");
    return Stream.of(root.getParent(), root.getParent().getParent())
        .map(p -> p.resolve(corpus))
        .filter(Files::isRegularFile)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ../shared/corpus/extended.jsonl: pass -Dsitrep.it.articles=FILE.jsonl"));
  }

  /** The submit command of docs/spark.md, against this cluster, with an event log to check. */
  private List<String> submitArgs(String... jobArgs) throws IOException {
    List<String> args = new ArrayList<>(List.of(
        "--class", "org.sitrep.spark.SitrepSparkJob",
        "--master", cluster.masterUrl(),
        "--driver-memory", "1g",
        "--executor-memory", "3g", "--executor-cores", "2",
        "--conf", "spark.executor.memoryOverhead=1g",
        "--conf", "spark.eventLog.enabled=true",
        "--conf", "spark.eventLog.dir=file:" + cluster.eventLogDir(),
        "--conf", "spark.eventLog.rolling.enabled=false",
        "--conf", "spark.eventLog.compress=false",
        "--jars", sparkJars().stream().map(Path::toString).collect(Collectors.joining(",")),
        System.getProperty("sitrep.it.jar", "target/sitrep-0.1.0-SNAPSHOT.jar")));
    args.addAll(List.of(jobArgs));
    return args;
  }

  private int awaitCommittedTasks(Process driver, Path log) throws InterruptedException, IOException {
    Path committed = output.resolve("_temporary").resolve("0");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(RUN_MINUTES);
    while (System.nanoTime() < deadline) {
      assertThat(driver.isAlive()).as("driver still running; log: %s", log).isTrue();
      if (Files.isDirectory(committed)) {
        try (Stream<Path> tasks = Files.list(committed)) {
          int n = (int) tasks.filter(p -> p.getFileName().toString().startsWith("task_")).count();
          if (n >= COMMITTED_BEFORE_KILL) {
            return n;
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("fewer than " + COMMITTED_BEFORE_KILL + " tasks committed in " + RUN_MINUTES + " min");
  }

  /** The executor the worker starts in place of {@code lost}, to check later that it stopped too. */
  private List<ProcessHandle> awaitReplacement(ProcessHandle lost, Process driver) throws InterruptedException {
    while (driver.isAlive()) {
      List<ProcessHandle> now = cluster.executors().stream().filter(p -> p.pid() != lost.pid()).toList();
      if (!now.isEmpty()) {
        return now;
      }
      Thread.sleep(200);
    }
    return List.of();
  }

  private List<Path> sparkJars() throws IOException {
    Path jars = Path.of(System.getProperty("sitrep.it.sparkJars", "target/spark-jars"));
    if (!Files.isDirectory(jars)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(jars)) {
      return s.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toAbsolutePath).toList();
    }
  }

  private static List<Path> partFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }

  private static List<String> readPartFiles(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path p : partFiles(dir)) {
      lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
    }
    return lines;
  }

  private static Map<String, Long> fileSizes(Path dir) throws IOException {
    Map<String, Long> sizes = new HashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        sizes.put(p.getFileName().toString(), Files.size(p));
      }
    }
    return sizes;
  }

  private static String appId(Path driverLog) throws IOException {
    Matcher m = APP_ID.matcher(Files.readString(driverLog, StandardCharsets.UTF_8));
    assertThat(m.find()).as("application id in %s", driverLog).isTrue();
    return m.group();
  }

  private List<JsonNode> events(String appId) throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (String l : Files.readAllLines(cluster.eventLogDir().resolve(appId), StandardCharsets.UTF_8)) {
      events.add(readTree(l));
    }
    return events;
  }

  private static boolean event(JsonNode e, String name) {
    return name.equals(e.path("Event").asText());
  }

  /** Each article's result without its {@code stats} (times differ from run to run). */
  private static Map<String, JsonNode> byId(List<String> lines) {
    Map<String, JsonNode> byId = new HashMap<>();
    Set<String> duplicates = new HashSet<>();
    for (String l : lines) {
      ObjectNode node = (ObjectNode) readTree(l);
      node.remove("stats");
      if (byId.put(node.path("article").path("id").asText(), node) != null) {
        duplicates.add(node.path("article").path("id").asText());
      }
    }
    assertThat(duplicates).isEmpty();
    return byId;
  }

  private static JsonNode readTree(String line) {
    try {
      return SitrepJson.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  /** Each executor's copy of the --jars (half a gigabyte); its logs stay for reading. */
  private static void deleteFetchedJars(Path work) throws IOException {
    try (Stream<Path> s = Files.walk(work)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".jar")).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
