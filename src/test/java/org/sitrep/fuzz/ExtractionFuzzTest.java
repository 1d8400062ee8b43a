package org.sitrep.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.sitrep.Article;
import org.sitrep.ArticleClaims;
import org.sitrep.ErrorCode;
import org.sitrep.InvalidArticleException;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Claim;
import org.sitrep.claim.Source;
import org.sitrep.json.SitrepJson;

/**
 * Fuzzes the extraction entry point, {@code Sitrep.extract(Article)}. The input bytes are read as
 * UTF-8 (malformed bytes become U+FFFD), so the corpus files under {@code
 * ExtractionFuzzTestInputs/} are plain text a person can read and write. Allowed outcomes: claims
 * whose offsets hold and which serialize, or an {@link InvalidArticleException} for a blank text.
 * Anything else (any other exception, a timeout, a claim whose text is not its span) is a finding.
 */
class ExtractionFuzzTest {

  /** Short texts keep CoreNLP fast, so that a bounded fuzzing run tries many of them. */
  static final int MAX_CHARS = 2_000;

  @BeforeAll
  static void loadModelsBeforeFuzzingStarts() {
    // The fuzzing time limit counts from the first input: load CoreNLP before it.
    SharedSitrep.get();
  }

  @FuzzTest(maxDuration = "5m")
  // No line breaks or tabs in the dictionary: Jazzer 0.30 writes them unescaped and libFuzzer then
  // refuses the dictionary. The seeds hold line breaks, and mutation inserts them anyway.
  @DictionaryEntries({
    "\"", "\u201C", "\u201D", "'", " said ", " told ", ", he said.",
    "according to ", " killed ", " wounded ", " at least ", " more than ", " about ", "dozens of ",
    "1,200", "3.5", "two", "people", " civilians", " soldiers", "in Kharkiv", "<p>", "</p>",
    "<script>", "&amp;", "\u00A0", "\uD83D\uDE00", "Mr. ", "Gen. ", "President ", "\u0000"
  })
  void extractGivesAnchoredClaimsOrRefuses(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS);
    }
    ArticleClaims result;
    try {
      result = SharedSitrep.get().extract(Article.of("f", text));
    } catch (InvalidArticleException e) {
      assertThat(e.code()).isIn(ErrorCode.EMPTY_TEXT, ErrorCode.TOO_LARGE);
      return;
    }
    assertThat(result.error()).isNull();
    for (Claim claim : result.claims()) {
      assertThat(claim.begin()).isBetween(0, claim.end());
      assertThat(claim.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(claim.begin(), claim.end())).as(claim.id()).isEqualTo(claim.text());
      Source speaker = claim.speaker();
      if (speaker != null && speaker.mentionBegin() != null) {
        assertThat(text.substring(speaker.mentionBegin(), speaker.mentionEnd()))
            .as(claim.id() + " speaker mention").isEqualTo(speaker.mention());
      }
    }
    assertThat(SitrepJson.toLine(result)).startsWith("{").doesNotContain("\n");
  }
}
