package org.sitrep.readme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.Article;
import org.sitrep.ArticleClaims;
import org.sitrep.ClaimExtractor;
import org.sitrep.claim.Category;
import org.sitrep.claim.FigureClaim;
import org.sitrep.json.SitrepJson;
import org.sitrep.testing.SitrepAssertions;

/** Your code: it depends on ClaimExtractor, which Sitrep implements. */
class KilledCounter {
  private final ClaimExtractor sitrep;

  KilledCounter(ClaimExtractor sitrep) {
    this.sitrep = sitrep;
  }

  double killed(Article article) {
    return sitrep.extract(article).claimsOf(FigureClaim.class).stream()
        .filter(f -> f.category() == Category.KILLED)
        .mapToDouble(FigureClaim::value)
        .sum();
  }
}

/** Its test: a fake returns a saved document, so no model loads and the test takes milliseconds. */
class KilledCounterTest {

  // A document as sitrep writes it, trimmed (fields left out read as null). Save real output
  // of `bin/sitrep extract article.txt > article.json` as fixtures the same way.
  static final String SAVED = """
      {"schema": "sitrep.claims/1", "article": {"id": "kh-1"}, "claims": [
        {"type": "speaker", "id": "c1", "begin": 22, "end": 67,
         "text": "12 civilians were killed in Kharkiv on Monday", "mode": "indirect", "cue": "say",
         "speaker": {"name": "Ines Pardo", "kind": "PERSON", "title": "Mayor"}},
        {"type": "figure", "id": "c2", "begin": 22, "end": 34, "text": "12 civilians", "statement": "c1",
         "value": 12, "qualifier": "EXACT", "unit": "civilian", "category": "KILLED", "modality": "ASSERTED",
         "speaker": {"name": "Ines Pardo", "kind": "PERSON"}},
        {"type": "location", "id": "c3", "begin": 50, "end": 57, "text": "Kharkiv", "statement": "c1",
         "subject": {"name": "civilians", "kind": "GROUP"}, "predicate": "kill",
         "place": {"name": "Kharkiv", "kind": "CITY", "country": "UA"}}]}
      """;

  @Test
  void countsTheKilledThatSitrepReports() throws Exception {
    ArticleClaims saved = SitrepJson.read(SAVED, ArticleClaims.class);
    KilledCounter counter = new KilledCounter(article -> saved);

    String text = "Mayor Ines Pardo said 12 civilians were killed in Kharkiv on Monday.";
    assertThat(counter.killed(Article.of("kh-1", text))).isEqualTo(12.0);
    SitrepAssertions.assertThat(saved)
        .hasNoError()
        .hasStatement("Ines Pardo", "civilians were killed")
        .hasFigure(12, "civilian", Category.KILLED)
        .hasLocation("civilians", "Kharkiv");
  }
}
