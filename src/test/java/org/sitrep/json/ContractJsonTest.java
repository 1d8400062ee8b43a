package org.sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ArticleClaims;
import org.sitrep.ArticleInfo;
import org.sitrep.ErrorCode;
import org.sitrep.Stats;
import org.sitrep.claim.Category;
import org.sitrep.claim.Claim;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.Modality;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.Qualifier;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceAct;
import org.sitrep.claim.StanceClaim;

class ContractJsonTest {

  static final String TEXT = "The minister said that about 300 troops were in Kharkiv and condemned the raid.";

  static Schema schema() throws Exception {
    try (InputStream in = SitrepJson.schema()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  static List<Error> validate(String json) throws Exception {
    return schema().validate(SitrepJson.readTree(json));
  }

  static ArticleClaims sample() {
    Source minister = new Source("Olena Kovalenko", SourceKind.PERSON, "Defence Minister", "UA", "The minister", 0, 12);
    SpeakerClaim speaker = new SpeakerClaim("c1", minister, 23, 58, TEXT.substring(23, 58), 0, 0.9, null, Mode.INDIRECT, "say");
    Place kharkiv = new Place("Kharkiv", PlaceKind.CITY, "UA", 49.98, 36.25, 706483L);
    FigureClaim figure = new FigureClaim("c2", minister, 23, 40, TEXT.substring(23, 40), 0, 0.8, "c1",
        300, null, null, Qualifier.APPROXIMATE, "about", "troop", "troops", Category.PERSONNEL, null, kharkiv, Modality.ASSERTED);
    LocationClaim location = new LocationClaim("c3", minister, 51, 58, "Kharkiv", 0, 0.7, "c1",
        Source.of("troops", SourceKind.GROUP, null, null), kharkiv, "be");
    StanceClaim stance = new StanceClaim("c4", minister, 63, 78, TEXT.substring(63, 78), 0, 0.75, null,
        Source.of("the raid", SourceKind.CLAIM, null, null), StanceAct.CONDEMN, Polarity.NEGATIVE, "condemn");
    return ArticleClaims.of(new ArticleInfo("t-1", "A title", "Wire", "2024-11-01", "en"),
        new Stats(TEXT.length(), 1, 16, 12), List.of(speaker, figure, location, stance));
  }

  @Test
  void writesEveryContractFieldWithNullsAndWireNames() throws Exception {
    JsonNode node = SitrepJson.readTree(SitrepJson.toLine(sample()));
    assertThat(node.get("schema").asText()).isEqualTo("sitrep.claims/1");
    assertThat(node.get("error").isNull()).isTrue();
    JsonNode speaker = node.get("claims").get(0);
    assertThat(speaker.get("type").asText()).isEqualTo("speaker");
    assertThat(speaker.get("mode").asText()).isEqualTo("indirect");
    assertThat(speaker.has("statement")).isTrue();
    assertThat(speaker.get("statement").isNull()).isTrue();
    JsonNode figure = node.get("claims").get(1);
    assertThat(figure.get("type").asText()).isEqualTo("figure");
    assertThat(figure.get("value").toString()).isEqualTo("300");
    assertThat(figure.get("low").isNull()).isTrue();
    assertThat(figure.get("actor").isNull()).isTrue();
    assertThat(figure.get("location").get("geonameId").asLong()).isEqualTo(706483L);
    assertThat(node.get("claims").get(3).get("stance").asText()).isEqualTo("CONDEMN");
  }

  @Test
  void outputValidatesAgainstTheSchema() throws Exception {
    assertThat(validate(SitrepJson.toPrettyJson(sample()))).isEmpty();
  }

  @Test
  void realOutputOnTheFoundingArticleValidatesAndReadsBack() throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("samples/seed-001.txt"));
    ArticleClaims result = org.sitrep.SharedSitrep.get().extract(org.sitrep.Article.of("seed-001", text));
    assertThat(result.claims()).extracting(Claim::type).contains(
        org.sitrep.claim.ClaimType.SPEAKER, org.sitrep.claim.ClaimType.FIGURE,
        org.sitrep.claim.ClaimType.LOCATION, org.sitrep.claim.ClaimType.STANCE);
    String json = SitrepJson.toPrettyJson(result);
    assertThat(validate(json)).isEmpty();
    assertThat(SitrepJson.read(json, ArticleClaims.class)).isEqualTo(result);
  }

  @Test
  void errorLinesValidateAgainstTheSchema() throws Exception {
    ArticleClaims failed = ArticleClaims.failed(new ArticleInfo("x", null, null, null, "en"), ErrorCode.EMPTY_TEXT, "blank");
    String line = SitrepJson.toLine(failed);
    assertThat(validate(line)).isEmpty();
    assertThat(SitrepJson.readTree(line).get("error").get("code").asText()).isEqualTo("EMPTY_TEXT");
    assertThat(SitrepJson.readTree(line).get("claims").isArray()).isTrue();
  }

  @Test
  void provenanceAndUrlAreWrittenValidatedAndReadBack() throws Exception {
    org.sitrep.Provenance provenance = new org.sitrep.Provenance("1.2.3", "4.5.10", List.of("tokenize", "ner"),
        java.util.Map.of("ner.useSUTime", "false"), List.of("speaker", "figure"),
        new org.sitrep.Provenance.Limits(1000, 120, 0), "sha256:" + "ab".repeat(32));
    ArticleClaims doc = new ArticleClaims(ArticleClaims.SCHEMA,
        new ArticleInfo("u-1", null, null, null, "https://example.org/news/1", "en"), null, provenance, null, List.of());
    String json = SitrepJson.toPrettyJson(doc);
    assertThat(validate(json)).isEmpty();
    JsonNode node = SitrepJson.readTree(json);
    assertThat(node.get("article").get("url").asText()).isEqualTo("https://example.org/news/1");
    assertThat(node.get("provenance").get("limits").get("timeoutMillis").asInt()).isZero();
    assertThat(SitrepJson.read(json, ArticleClaims.class)).isEqualTo(doc);
    assertThat(validate(json.replace("sha256:ab", "md5:ab"))).isNotEmpty();
  }

  @Test
  void aDocumentWithoutProvenanceOrUrlStillValidatesAndReads() throws Exception {
    String old = "{\"schema\":\"sitrep.claims/1\",\"article\":{\"id\":\"g\",\"title\":null,\"source\":null,"
        + "\"published\":null,\"language\":\"en\"},\"stats\":null,\"error\":null,\"claims\":[]}";
    assertThat(validate(old)).isEmpty();
    ArticleClaims read = SitrepJson.read(old, ArticleClaims.class);
    assertThat(read.provenance()).isNull();
    assertThat(read.article().url()).isNull();
  }

  @Test
  void schemaRejectsAnUnknownEnumValue() throws Exception {
    String line = SitrepJson.toLine(sample()).replace("\"CONDEMN\"", "\"SCOLD\"");
    assertThat(validate(line)).isNotEmpty();
  }

  @Test
  void readsBackToEqualRecords() throws Exception {
    ArticleClaims original = sample();
    ArticleClaims back = SitrepJson.read(SitrepJson.toLine(original), ArticleClaims.class);
    assertThat(back).isEqualTo(original);
    assertThat(back.claims()).extracting(Claim::getClass).containsExactly(
        SpeakerClaim.class, FigureClaim.class, LocationClaim.class, StanceClaim.class);
  }

  @Test
  void jsonLinesHaveNoLineBreaksEvenWhenTextHasThem() {
    String line = SitrepJson.toLine(ArticleClaims.failed(new ArticleInfo("a\nb", null, null, null, "en"), ErrorCode.INTERNAL, "x\ny"));
    assertThat(line).doesNotContain("\n");
  }
}
