package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.claim.Claim;

class SitrepFacadeTest {

  @Test
  void nullTextIsAnIllegalArgumentWithTheEmptyTextCode() {
    assertThatThrownBy(() -> SharedSitrep.get().extract(Article.of("a1", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a1'").hasMessageContaining("no text")
        .satisfies(e -> assertThat(((InvalidArticleException) e).code()).isEqualTo(ErrorCode.EMPTY_TEXT));
  }

  @Test
  void blankTextIsAnIllegalArgument() {
    assertThatThrownBy(() -> SharedSitrep.get().extract(" \n\t "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank text");
  }

  @Test
  void nullArticleIsRejectedByName() {
    assertThatThrownBy(() -> SharedSitrep.get().extract((Article) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("article");
  }

  @Test
  void builderRejectsNonsenseSettingsWithTheirNames() {
    assertThatThrownBy(() -> Sitrep.builder().maxChars(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxChars");
    assertThatThrownBy(() -> Sitrep.builder().maxParseTokens(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxParseTokens");
  }

  @Test
  void statsCountTheArticleAsRead() {
    String text = "Artillery hit the town. Residents fled.\nThe army said 40 soldiers were wounded.";
    ArticleClaims result = SharedSitrep.get().extract(Article.of("t", text));
    assertThat(result.schema()).isEqualTo("sitrep.claims/1");
    assertThat(result.article().id()).isEqualTo("t");
    assertThat(result.article().language()).isEqualTo("en");
    assertThat(result.stats().chars()).isEqualTo(text.length());
    assertThat(result.stats().sentences()).isEqualTo(3);
    assertThat(result.stats().tokens()).isEqualTo(16);
    assertThat(result.error()).isNull();
  }

  @Test
  void everyClaimOnTheFoundingArticleQuotesTheTextAtItsOffsets() throws Exception {
    String text = Files.readString(Path.of("samples/seed-001.txt"), StandardCharsets.UTF_8);
    ArticleClaims result = SharedSitrep.get().extract(Article.of("seed-001", text));
    org.sitrep.nlp.Document doc = SharedSitrep.annotate(text);
    for (Claim c : result.claims()) {
      assertThat(c.text()).isEqualTo(text.substring(c.begin(), c.end()));
      assertThat(c.sentence()).isEqualTo(doc.sentenceIndexAt(c.begin()));
    }
    assertThat(result.claims()).extracting(Claim::id).doesNotHaveDuplicates();
  }
}
