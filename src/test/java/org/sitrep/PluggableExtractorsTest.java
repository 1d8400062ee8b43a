package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.sitrep.claim.Claim;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceClaim;
import org.sitrep.extract.ArticleContext;
import org.sitrep.extract.Extractor;
import org.sitrep.json.SitrepJson;
import org.sitrep.nlp.Document;
import org.sitrep.readme.CeasefireCalls;

/**
 * A host chooses the built-in extractors and adds its own. The Sitreps built here share CoreNLP's
 * models with {@link SharedSitrep} (CoreNLP keeps its annotators in one pool per JVM), so each
 * costs its extractors' lexicons, not a second load of the models.
 */
class PluggableExtractorsTest {

  private static final String TEXT = "Norway's foreign minister, Lars Brandt, arrived in Oslo on Monday. "
      + "He called for a ceasefire in the valley.\n"
      + "\"We want a ceasefire before the harvest,\" said Mira Holm, a spokeswoman for the Red Cross.\n";

  private static final class WithCeasefireCalls {
    static final Sitrep SITREP = Sitrep.builder().addExtractor(new CeasefireCalls()).build();
  }

  private static List<JsonNode> claims(JsonNode document) {
    return StreamSupport.stream(document.get("claims").spliterator(), false).toList();
  }

  @Test
  void aHostsExtractorsClaimsAppearInTheJsonNumberedInTextOrderWithItsIdInProvenance() throws Exception {
    ArticleClaims result = WithCeasefireCalls.SITREP.extract(Article.of("cf-1", TEXT));
    JsonNode json = SitrepJson.readTree(SitrepJson.toLine(result));

    List<JsonNode> calls = claims(json).stream().filter(c -> c.path("cue").asText().equals("call")
        || c.path("cue").asText().equals("want")).toList();
    assertThat(calls).extracting(c -> c.get("text").asText())
        .containsExactly("called for a ceasefire", "want a ceasefire");
    assertThat(calls).allSatisfy(c -> {
      assertThat(c.get("type").asText()).isEqualTo("stance");
      assertThat(c.get("stance").asText()).isEqualTo("SUPPORT");
      assertThat(c.get("target").get("name").asText()).isEqualTo("ceasefire");
    });
    List<String> ids = claims(json).stream().map(c -> c.get("id").asText()).toList();
    assertThat(ids).isEqualTo(IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "c" + i).toList());
    assertThat(claims(json)).extracting(c -> c.get("begin").asInt()).isSorted();
    assertThat(json.get("provenance").get("extractors")).extracting(JsonNode::asText)
        .containsExactly("speaker", "figure", "stance", "location", "ceasefire-calls");
    assertThat(WithCeasefireCalls.SITREP.extractorIds()).last().isEqualTo("ceasefire-calls");
  }

  @Test
  void aHostsExtractorNamesSourcesThroughTheArticlesResolverAndLinksTheStatementThatHoldsIt() {
    ArticleClaims result = WithCeasefireCalls.SITREP.extract(Article.of("cf-2", TEXT));

    StanceClaim called = stance(result, "call");
    assertThat(called.speaker().name()).isEqualTo("Lars Brandt");
    assertThat(called.speaker().mention()).isEqualTo("He");
    assertThat(called.statement()).isNull();

    StanceClaim wanted = stance(result, "want");
    SpeakerClaim statement = result.claimsOf(SpeakerClaim.class).stream()
        .filter(s -> s.text().contains("We want a ceasefire")).findFirst().orElseThrow();
    assertThat(wanted.statement()).isEqualTo(statement.id());
    assertThat(wanted.speaker().name()).isEqualTo("Mira Holm");
  }

  private static StanceClaim stance(ArticleClaims result, String cue) {
    return result.claimsOf(StanceClaim.class).stream().filter(s -> s.cue().equals(cue)).findFirst().orElseThrow();
  }

  @Test
  void theOtherBuiltInExtractorsRunWithoutTheSpeakerExtractorAndAttributeNothing() {
    String text = "Officials said 12 soldiers were killed in Kharkiv on Monday.";
    Sitrep withoutSpeaker = Sitrep.builder().extractors("location", "figure", "stance").build();

    ArticleClaims result = withoutSpeaker.extract(Article.of("k-1", text));
    ArticleClaims full = SharedSitrep.get().extract(Article.of("k-1", text));

    assertThat(withoutSpeaker.extractorIds()).containsExactly("figure", "stance", "location");
    assertThat(result.provenance().extractors()).containsExactly("figure", "stance", "location");
    assertThat(result.claimsOf(SpeakerClaim.class)).isEmpty();
    assertThat(result.claimsOf(FigureClaim.class)).singleElement().satisfies(f -> {
      assertThat(f.text()).isEqualTo("12 soldiers");
      assertThat(f.statement()).isNull();
      assertThat(f.speaker()).isNull();
    });
    assertThat(full.claimsOf(FigureClaim.class)).singleElement()
        .satisfies(f -> assertThat(f.statement()).isNotNull());
    assertThat(result.claims()).extracting(Claim::id).startsWith("c1");
  }

  @Test
  void anUnknownBuiltInIdIsRefusedNamingItAndTheKnownIds() {
    assertThatThrownBy(() -> Sitrep.builder().extractors("speaker", "quotes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'quotes'").hasMessageContaining("speaker, figure, stance, location");
    assertThatThrownBy(() -> Sitrep.builder().extractors("figure", "figure"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'figure'").hasMessageContaining("twice");
  }

  @Test
  void anAddedExtractorWithATakenOrMalformedIdIsRefused() {
    Sitrep.Builder builder = Sitrep.builder().addExtractor(new CeasefireCalls());

    assertThatThrownBy(() -> builder.addExtractor(new CeasefireCalls()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ceasefire-calls'")
        .hasMessageContaining("already added");
    assertThatThrownBy(() -> builder.addExtractor(renamed("figure")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'figure'").hasMessageContaining("built-in");
    assertThatThrownBy(() -> builder.addExtractor(renamed("two words")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'two words'");
    assertThatThrownBy(() -> builder.addExtractor(null)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Extractor renamed(String id) {
    return new Extractor() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<? extends Claim> extract(Document doc, ArticleContext context) {
        return List.of();
      }
    };
  }
}
