package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The standalone cluster of {@code scripts/spark-cluster} (a master and a worker on 127.0.0.1)
 * seen from a test: started and stopped through the script, its processes known by pid.
 */
final class LocalSparkCluster {

  private static final String SCRIPT = "scripts/spark-cluster";

  private final Path root;
  private final Path dir;
  private final int masterPort;

  private LocalSparkCluster(Path root, Path dir, int masterPort) {
    this.root = root;
    this.dir = dir;
    this.masterPort = masterPort;
  }

  /** Starts master and worker on a free port; returns once the worker has registered. */
  static LocalSparkCluster start(Path root, Path dir) throws IOException, InterruptedException {
    LocalSparkCluster cluster = new LocalSparkCluster(root, dir, freePort());
    cluster.script(List.of("start"), dir.resolve("start.log"), 5);
    return cluster;
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  Path dir() {
    return dir;
  }

  Path eventLogDir() {
    return dir.resolve("events");
  }

  /** The worker's directory of one application: a folder per executor, with its stderr. */
  Path workDir(String appId) {
    return dir.resolve("work").resolve(appId);
  }

  ProcessHandle master() {
    return process("master");
  }

  ProcessHandle worker() {
    return process("worker");
  }

  /** The executor JVMs the worker runs now (its child processes). */
  List<ProcessHandle> executors() {
    return worker().children()
        .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
        .toList();
  }

  /** {@code spark-submit ARGS} against this cluster, output (driver log) to {@code log}. */
  Process submit(List<String> args, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(root.resolve(SCRIPT).toString(), "spark-submit"));
    command.addAll(args);
    return processBuilder(command, log).start();
  }

  /** Stops worker (and its executors) and master through the script. */
  void stop() throws IOException, InterruptedException {
    script(List.of("stop"), dir.resolve("stop.log"), 2);
  }

  private void script(List<String> args, Path log, int minutes) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(root.resolve(SCRIPT).toString()));
    command.addAll(args);
    Process p = processBuilder(command, log).start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(SCRIPT + " " + args + " took over " + minutes + " min; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(SCRIPT + " " + args + " failed: " + Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  private ProcessBuilder processBuilder(List<String> command, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder pb = new ProcessBuilder(command)
        .directory(root.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_CLUSTER_DIR", dir.toString());
    env.put("SPARK_MASTER_PORT", Integer.toString(masterPort));
    return pb;
  }

  private ProcessHandle process(String name) {
    Path pidFile = dir.resolve(name + ".pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
      return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " (pid " + pid + ") is not running"));
    } catch (IOException e) {
      throw new UncheckedIOException("no " + pidFile + ": is the cluster running?", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
