package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.Article;
import org.sitrep.ArticleClaims;
import org.sitrep.ArticleInfo;
import org.sitrep.ErrorCode;
import org.sitrep.Stats;

/** The batch loop with a fake extraction: no models, failures on purpose. */
class BatchRunnerTest {

  static List<InputRecord> records(String... ids) {
    List<InputRecord> out = new ArrayList<>();
    for (String id : ids) {
      out.add(InputRecord.of("in.jsonl:" + (out.size() + 1), Article.of(id, "text of " + id)));
    }
    return out;
  }

  static ArticleClaims ok(Article a) {
    ArticleInfo info = ArticleClaims.failed(a, ErrorCode.INTERNAL, "").article(); // the public way from Article to ArticleInfo
    return ArticleClaims.of(info, new Stats(a.text().length(), 1, 1, 0), List.of());
  }

  static List<ArticleClaims> run(Function<Article, ArticleClaims> extract, List<InputRecord> in, BatchRunner.Watcher watcher) {
    List<ArticleClaims> out = new ArrayList<>();
    new BatchRunner(extract, 3).run(in.iterator(), 0, watcher, out::add);
    return out;
  }

  @Test
  void anOutOfMemoryErrorOrAnyOtherErrorStaysWithItsArticleAndTheBatchGoesOn() {
    List<ArticleClaims> out = run(a -> switch (a.id()) {
      case "oom" -> throw new OutOfMemoryError("Java heap space");
      case "bug" -> throw new AssertionError("broken");
      case "deep" -> throw new StackOverflowError();
      default -> ok(a);
    }, records("a", "oom", "b", "bug", "deep", "c"), BatchRunner.Watcher.NONE);
    assertThat(out).extracting(r -> r.article().id()).containsExactly("a", "oom", "b", "bug", "deep", "c");
    assertThat(out).extracting(r -> r.error() == null ? null : r.error().code())
        .containsExactly(null, ErrorCode.OUT_OF_MEMORY, null, ErrorCode.INTERNAL, ErrorCode.INTERNAL, null);
    assertThat(out.get(1).error().message()).contains("in.jsonl:2").contains("heap");
  }

  @Test
  void aRecordThatMustRunAloneHasNothingBesideItAndEveryRecordIsWatched() {
    AtomicInteger inFlight = new AtomicInteger();
    List<String> besideAlone = Collections.synchronizedList(new ArrayList<>());
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    Function<Article, ArticleClaims> slow = a -> {
      int now = inFlight.incrementAndGet();
      try {
        Thread.sleep(30);
        if (a.id().equals("suspect")) {
          besideAlone.add(now + "/" + inFlight.get());
        }
        return ok(a);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        inFlight.decrementAndGet();
      }
    };
    BatchRunner.Watcher watcher = new BatchRunner.Watcher() {
      @Override
      public boolean alone(long position) {
        return position == 4;
      }

      @Override
      public void started(long position, boolean alone) {
        events.add((alone ? "alone " : "start ") + position);
      }

      @Override
      public void ended(long position) {
        events.add("end " + position);
      }
    };
    List<ArticleClaims> out = run(slow, records("a", "b", "c", "d", "suspect", "e", "f", "g"), watcher);
    assertThat(out).extracting(r -> r.article().id()).containsExactly("a", "b", "c", "d", "suspect", "e", "f", "g");
    assertThat(besideAlone).containsExactly("1/1");
    assertThat(events).contains("alone 4", "end 4").hasSize(16);
    int aloneAt = events.indexOf("alone 4");
    assertThat(events.subList(0, aloneAt)).filteredOn(e -> e.startsWith("start")).hasSize(4);
    assertThat(events.subList(0, aloneAt)).filteredOn(e -> e.startsWith("end")).hasSize(4);
    assertThat(events.get(aloneAt + 1)).isEqualTo("end 4");
  }
}
