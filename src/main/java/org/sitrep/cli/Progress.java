package org.sitrep.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display on standard error: done/total, articles per second, time left.
 * Redrawn at most five times a second; silent when disabled (not a terminal).
 */
final class Progress {

  private final PrintStream err;
  private final boolean enabled;
  private final long total;
  private final long start = System.nanoTime();
  private long lastDraw;
  private long done;

  Progress(PrintStream err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (enabled && (now - lastDraw > 200_000_000L || done == total)) {
      lastDraw = now;
      err.print("\r" + line(now));
      err.flush();
    }
  }

  void finish() {
    if (enabled && done > 0) {
      err.print("\r" + " ".repeat(line(System.nanoTime()).length()) + "\r");
      err.flush();
    }
  }

  String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    String left = total > 0 && rate > 0 ? formatSeconds((total - done) / rate) : "?";
    String of = total > 0 ? String.valueOf(total) : "?";
    int width = 30;
    int filled = total > 0 ? (int) Math.min(width, width * done / total) : 0;
    return String.format(Locale.ROOT, "[%s%s] %d/%s articles, %.2f/s, %s left",
        "#".repeat(filled), ".".repeat(width - filled), done, of, rate, left);
  }

  private static String formatSeconds(double s) {
    long t = Math.round(s);
    return String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, (t / 60) % 60, t % 60);
  }
}
