package org.sitrep.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.ArticleClaims;
import org.sitrep.ErrorCode;
import org.sitrep.ExtractionTimeoutException;
import org.sitrep.InvalidArticleException;
import org.sitrep.Sitrep;

/**
 * Runs a batch on several threads through one shared {@link Sitrep} and hands the results to the
 * sink in input order. At most {@code 4 * threads} articles are in flight, so memory stays
 * bounded whatever the input's size. Every input record yields exactly one result: an article
 * that fails becomes an error result and the batch goes on.
 */
final class BatchRunner {

  private final Sitrep sitrep;
  private final int threads;

  BatchRunner(Sitrep sitrep, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.sitrep = sitrep;
    this.threads = threads;
  }

  void run(Iterator<InputRecord> inputs, Consumer<ArticleClaims> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<ArticleClaims>> window = new ArrayDeque<>();
      int capacity = threads * 4;
      while (inputs.hasNext()) {
        InputRecord record = inputs.next();
        window.addLast(pool.submit(() -> process(sitrep, record)));
        while (window.size() >= capacity || (!window.isEmpty() && window.peekFirst().isDone())) {
          sink.accept(await(window.removeFirst()));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(await(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** One record's result; never throws for a problem of the article's own. */
  static ArticleClaims process(Sitrep sitrep, InputRecord record) {
    if (record.error() != null) {
      return ArticleClaims.failed(record.article(), record.error().code(), record.error().message());
    }
    try {
      return sitrep.extract(record.article());
    } catch (InvalidArticleException e) {
      return ArticleClaims.failed(record.article(), e.code(), e.getMessage());
    } catch (ExtractionTimeoutException e) {
      return ArticleClaims.failed(record.article(), e.code(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return ArticleClaims.failed(record.article(), ErrorCode.INTERNAL,
          record.origin() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static ArticleClaims await(Future<ArticleClaims> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("batch task failed: " + e.getCause(), e.getCause());
    }
  }
}
