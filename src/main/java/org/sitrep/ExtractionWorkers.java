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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs extractions that have a time limit on a fixed number of worker threads.
 *
 * <p>An extraction over its limit is interrupted and its stop flag raised (CoreNLP checks the
 * interrupt between sentences, sitrep both between steps and pieces of text) and its caller gets
 * a timeout at once, but its worker stays taken until
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
    return run(stopRequested -> work.call());
  }

  /**
   * Runs {@code work}, which is given a flag to read between its steps: it is raised when the
   * work is cancelled, and stays raised whatever clears the thread's interrupt flag.
   */
  <T> T run(StoppableWork<T> work) throws TimeoutException, InterruptedException, ExecutionException {
    AtomicBoolean stop = new AtomicBoolean();
    Task<T> task = new Task<>(() -> work.call(stop::get), stop);
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

  /** Work that reads a stop flag. */
  @FunctionalInterface
  interface StoppableWork<T> {
    T call(BooleanSupplier stopRequested) throws Exception;
  }

  /** A task that says when a worker took it, and raises its stop flag when cancelled. */
  private static final class Task<T> extends FutureTask<T> {
    final CountDownLatch started = new CountDownLatch(1);
    final AtomicBoolean stop;
    volatile long startNanos;

    Task(Callable<T> work, AtomicBoolean stop) {
      super(work);
      this.stop = stop;
    }

    @Override
    public void run() {
      startNanos = System.nanoTime();
      started.countDown();
      super.run();
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      stop.set(true);
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      started.countDown(); // a task cancelled in the queue never starts: nobody waits for it
      return cancelled;
    }
  }
}
