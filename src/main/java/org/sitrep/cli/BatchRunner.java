package org.sitrep.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.Article;
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

  private final Function<Article, ArticleClaims> extractor;
  private final int threads;

  BatchRunner(Sitrep sitrep, int threads) {
    this(sitrep::extract, threads);
  }

  /** A runner over any extraction (tests give one that fails on purpose). */
  BatchRunner(Function<Article, ArticleClaims> extractor, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.extractor = extractor;
    this.threads = threads;
  }

  /**
   * What a run tells about each record it extracts (for a journal of what is in flight), and
   * which records must run with nothing beside them. Positions count the input records from the
   * first one of the input, skipped ones included.
   */
  interface Watcher {
    Watcher NONE = new Watcher() {};

    /** Whether the record at {@code position} runs alone: after all before it, before all after it. */
    default boolean alone(long position) {
      return false;
    }

    /** Called on the worker thread before the extraction of the record at {@code position}. */
    default void started(long position, boolean alone) {}

    /** Called on the worker thread after it, whatever came of it. */
    default void ended(long position) {}
  }

  void run(Iterator<InputRecord> inputs, Consumer<ArticleClaims> sink) {
    run(inputs, 0, Watcher.NONE, sink);
  }

  /** Runs the records, the first of which is at {@code firstPosition} of the input. */
  void run(Iterator<InputRecord> inputs, long firstPosition, Watcher watcher, Consumer<ArticleClaims> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<ArticleClaims>> window = new ArrayDeque<>();
      int capacity = threads * 4;
      long position = firstPosition;
      while (inputs.hasNext()) {
        InputRecord record = inputs.next();
        long at = position++;
        boolean alone = record.error() == null && watcher.alone(at);
        if (alone) {
          drain(window, sink);
        }
        window.addLast(pool.submit(() -> watched(record, at, alone, watcher)));
        if (alone) {
          drain(window, sink);
        }
        while (window.size() >= capacity || (!window.isEmpty() && window.peekFirst().isDone())) {
          sink.accept(await(window.removeFirst()));
        }
      }
      drain(window, sink);
    } finally {
      pool.shutdownNow();
    }
  }

  private ArticleClaims watched(InputRecord record, long position, boolean alone, Watcher watcher) {
    if (record.error() != null) {
      return process(extractor, record);
    }
    watcher.started(position, alone);
    try {
      return process(extractor, record);
    } finally {
      watcher.ended(position);
    }
  }

  private static void drain(Deque<Future<ArticleClaims>> window, Consumer<ArticleClaims> sink) {
    while (!window.isEmpty()) {
      sink.accept(await(window.removeFirst()));
    }
  }

  /**
   * One record's result; never throws for a problem of the article's own. An {@link
   * OutOfMemoryError} is the article's {@code OUT_OF_MEMORY} (its memory is free again once the
   * extraction has unwound), any other error or exception its {@code INTERNAL}.
   */
  static ArticleClaims process(Function<Article, ArticleClaims> extractor, InputRecord record) {
    if (record.error() != null) {
      return ArticleClaims.failed(record.article(), record.error().code(), record.error().message());
    }
    try {
      return extractor.apply(record.article());
    } catch (InvalidArticleException e) {
      return ArticleClaims.failed(record.article(), e.code(), e.getMessage());
    } catch (ExtractionTimeoutException e) {
      return ArticleClaims.failed(record.article(), e.code(), e.getMessage());
    } catch (OutOfMemoryError e) {
      return ArticleClaims.failed(record.article(), ErrorCode.OUT_OF_MEMORY,
          record.origin() + ": the heap ran out during this article's extraction (" + e.getMessage() + ")");
    } catch (RuntimeException | Error e) {
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
