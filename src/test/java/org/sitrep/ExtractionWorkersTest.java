package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ExtractionWorkersTest {

  @Test
  void aTimedOutTaskIsInterrupted() throws Exception {
    ExtractionWorkers workers = new ExtractionWorkers(1, Duration.ofMillis(100));
    CountDownLatch interrupted = new CountDownLatch(1);
    assertThatThrownBy(() -> workers.run(() -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return "late";
    })).isInstanceOf(TimeoutException.class);
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aRunawayThatIgnoresItsInterruptKeepsItsWorkerAndTheNextTaskWaitsWithoutLosingItsTime() throws Exception {
    ExtractionWorkers workers = new ExtractionWorkers(1, Duration.ofMillis(200));
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean runawayDone = new AtomicBoolean();
    assertThatThrownBy(() -> workers.run(() -> {
      while (true) {
        try {
          if (release.await(10, TimeUnit.MILLISECONDS)) {
            break;
          }
        } catch (InterruptedException ignored) {
          // a runaway: goes on regardless
        }
      }
      runawayDone.set(true);
      return "runaway";
    })).isInstanceOf(TimeoutException.class);
    assertThat(workers.busy()).isEqualTo(1);

    String[] result = new String[1];
    Thread next = new Thread(() -> {
      try {
        result[0] = workers.run(() -> runawayDone.get() ? "ran after the runaway" : "ran beside it");
      } catch (TimeoutException | InterruptedException | ExecutionException e) {
        result[0] = e.toString();
      }
    });
    next.start();
    Thread.sleep(600); // three limits: the waiting task's clock must not have started
    assertThat(result[0]).isNull();
    assertThat(workers.busy()).isEqualTo(1);
    release.countDown();
    next.join(10_000);
    assertThat(result[0]).isEqualTo("ran after the runaway");
  }

  @Test
  void theStopFlagIsRaisedOnTimeoutEvenWhenSomethingSwallowsTheInterrupt() throws Exception {
    ExtractionWorkers workers = new ExtractionWorkers(1, Duration.ofMillis(100));
    CountDownLatch stopped = new CountDownLatch(1);
    assertThatThrownBy(() -> workers.run(stopRequested -> {
      while (!stopRequested.getAsBoolean()) {
        Thread.interrupted(); // as CoreNLP's NER does inside a sentence
      }
      stopped.countDown();
      return "stopped";
    })).isInstanceOf(TimeoutException.class);
    assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void whatTheTaskThrowsComesBack() {
    ExtractionWorkers workers = new ExtractionWorkers(2, Duration.ofSeconds(10));
    assertThatThrownBy(() -> workers.run(() -> {
      throw new OutOfMemoryError("test");
    })).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(OutOfMemoryError.class);
  }
}
