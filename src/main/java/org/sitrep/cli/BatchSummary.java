package org.sitrep.cli;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sitrep.ArticleClaims;
import org.sitrep.ErrorCode;
import org.sitrep.claim.Claim;
import org.sitrep.claim.ClaimType;

/** Counts what a batch produced, for the one-line summary at its end. Not thread-safe. */
final class BatchSummary {

  private long startNanos = System.nanoTime();
  private int articles;
  private final Map<ClaimType, Integer> claims = new EnumMap<>(ClaimType.class);
  private final Map<ErrorCode, Integer> errors = new TreeMap<>();

  /** Starts the clock again: the batch's time begins now (after models were loaded). */
  void restartClock() {
    startNanos = System.nanoTime();
  }

  void add(ArticleClaims result) {
    articles++;
    if (result.failed()) {
      errors.merge(result.error().code(), 1, Integer::sum);
    }
    for (Claim c : result.claims()) {
      claims.merge(c.type(), 1, Integer::sum);
    }
  }

  int articles() {
    return articles;
  }

  int errorCount() {
    return errors.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The summary; {@code loadSeconds}, the time models took to load before the batch, is shown apart. */
  String line(double loadSeconds) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    String byType = java.util.Arrays.stream(ClaimType.values())
        .map(t -> t.wireName() + " " + claims.getOrDefault(t, 0)).collect(Collectors.joining(", "));
    String byCode = errors.isEmpty() ? "none" : errors.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    String loading = loadSeconds >= 0.05 ? String.format(Locale.ROOT, " (and %.1f s loading models)", loadSeconds) : "";
    return String.format(Locale.ROOT, "sitrep: %d articles, claims: %s; errors: %s; %.1f s, %.2f articles/s%s",
        articles, byType, byCode, seconds, seconds > 0 ? articles / seconds : 0.0, loading);
  }
}
