package org.sitrep;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs extractions that have a time limit on a fixed number of worker threads.
 *
 * <p>An extraction over its limit is interrupted (CoreNLP and sitrep check the flag between
 * sentences and steps) and its caller gets a timeout at once, but its worker stays taken until
 * the work has really stopped: so a runaway can never make more extractions run at once than
 * there are workers, and cannot take CPU and heap from the articles that come after it beyond
 * that. An extraction waiting for a free worker is not yet counted against its limit: the clock
 * starts when a worker takes it, so that one article's result does not depend on what ran before.
 * Idle workers end after a minute; they are daemon threads.
 */
final class ExtractionWorkers {

  private final ThreadPoolExecutor pool;
  private final Duration limit;

  ExtractionWorkers(int workers, Duration limit) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
    AtomicInteger count = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "sitrep-extract-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.pool.allowCoreThreadTimeOut(true);
    this.limit = limit;
  }

  int workers() {
    return pool.getMaximumPoolSize();
  }

  /** How many workers are busy now, stopped extractions that are still winding down included. */
  int busy() {
    return pool.getActiveCount();
  }

  /**
   * Runs {@code work} on a worker and returns its result.
   *
   * @throws TimeoutException when it ran longer than the limit (it has been interrupted)
   * @throws InterruptedException when the calling thread was interrupted (the work is cancelled)
   * @throws ExecutionException with what the work threw
   */
  <T> T run(Callable<T> work) throws TimeoutException, InterruptedException, ExecutionException {
    Task<T> task = new Task<>(work);
    pool.execute(task);
    try {
      task.started.await();
      long elapsed = System.nanoTime() - task.startNanos;
      return task.get(Math.max(0, limit.toNanos() - elapsed), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | InterruptedException e) {
      task.cancel(true);
      throw e;
    } catch (CancellationException e) {
      throw new IllegalStateException("extraction cancelled", e);
    }
  }

  /** A task that says when a worker took it. */
  private static final class Task<T> extends FutureTask<T> {
    final CountDownLatch started = new CountDownLatch(1);
    volatile long startNanos;

    Task(Callable<T> work) {
      super(work);
    }

    @Override
    public void run() {
      startNanos = System.nanoTime();
      started.countDown();
      super.run();
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      started.countDown(); // a task cancelled in the queue never starts: nobody waits for it
      return cancelled;
    }
  }
}
