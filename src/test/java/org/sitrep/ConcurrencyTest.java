package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.json.SitrepJson;

/** One Sitrep shared by many threads gives the same JSON as a sequential run, run after run. */
class ConcurrencyTest {

  static List<Article> articles() throws Exception {
    List<Article> out = new ArrayList<>();
    out.add(Article.of("seed", Files.readString(Path.of("samples/seed-001.txt"), StandardCharsets.UTF_8)));
    String[] texts = {
      "The defence ministry said on Monday that 1,200 troops had been deployed to the border region. "
          + "\"We are ready,\" General Ana Ruiz told reporters in Tbilisi.",
      "Rebels shelled the port of Hodeidah, killing at least 14 people, according to local officials.\n"
          + "\"This is a war crime,\" said Omar Saleh, a spokesman for the governor.",
      "Ukraine's foreign minister condemned the strike on Kharkiv, which wounded 32 civilians.\n"
          + "He added: \"Russia must be held accountable.\"",
      "About 3,000 people fled the fighting near El Fasher, the UN refugee agency said. "
          + "It warned that up to 50,000 more could be displaced within weeks.",
    };
    for (int i = 0; i < 11; i++) {
      out.add(Article.of("a" + i, texts[i % texts.length]));
    }
    return out;
  }

  /** The JSON of a result, without its wall-clock time, which differs run to run by nature. */
  static String json(ArticleClaims r) {
    Stats s = r.stats();
    return SitrepJson.toLine(new ArticleClaims(r.schema(), r.article(),
        new Stats(s.chars(), s.sentences(), s.tokens(), 0), r.error(), r.claims()));
  }

  @Test
  void manyThreadsThroughOneSitrepGiveTheSequentialJson() throws Exception {
    Sitrep sitrep = SharedSitrep.get();
    List<Article> articles = articles();
    List<String> sequential = new ArrayList<>();
    for (Article a : articles) {
      sequential.add(json(sitrep.extract(a)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 2; round++) {
        List<Future<String>> futures = new ArrayList<>();
        for (Article a : articles) {
          futures.add(pool.submit(() -> json(sitrep.extract(a))));
        }
        for (int i = 0; i < articles.size(); i++) {
          assertThat(futures.get(i).get()).as("article %s, round %d", articles.get(i).id(), round)
              .isEqualTo(sequential.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
