package org.sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.claim.Claim;

class JsonDocumentsTest {

  private static List<JsonDocuments.Document> read(String text) throws IOException {
    return JsonDocuments.read(new StringReader(text), "f.json");
  }

  @Test
  void readsJsonLinesPrettyObjectsAndAMixWithTheLineEachStartsOn() throws IOException {
    assertThat(read("{\"a\":1}\n\n{\"a\":2}\n")).extracting(JsonDocuments.Document::line).containsExactly(1, 3);
    List<JsonDocuments.Document> pretty = read("{\n  \"a\": 1,\n  \"b\": [\n    2\n  ]\n}\n{\n  \"a\": 3\n}\n");
    assertThat(pretty).extracting(d -> d.node().get("a").asInt()).containsExactly(1, 3);
    assertThat(pretty).extracting(JsonDocuments.Document::line).containsExactly(1, 7);
    assertThat(read("  \n")).isEmpty();
  }

  @Test
  void aValueThatIsNotAnObjectOrNotJsonNamesItsLine() {
    assertThatThrownBy(() -> read("{\"a\":1}\n[1, 2]\n")).hasMessage(
        "f.json:2: not a JSON object (sitrep documents are objects, one a line or pretty-printed)");
    assertThatThrownBy(() -> read("{\"a\":1}\n{\"b\": nope}\n")).hasMessageStartingWith("f.json:2: not JSON: Unrecognized token 'nope'");
  }

  @Test
  void anUnclosedObjectSaysWhereItOpenedWithoutJacksonsSourceDescription() {
    assertThatThrownBy(() -> read("{\"a\": 1,\n \"b\": [\n"))
        .hasMessageContaining("not JSON: Unexpected end-of-input: expected close marker for Array (opened on line 2)")
        .hasMessageNotContaining("Source").hasMessageNotContaining("REDACTED");
  }

  @Test
  void aMappingProblemNamesTheFieldAndTheValueWithoutJavaTypes() {
    String claim = "{\"type\": \"speaker\", \"id\": \"c1\", \"begin\": 0, \"end\": 2, \"text\": \"He\", \"mode\": \"sideways\","
        + " \"speaker\": {\"name\": \"X\", \"kind\": \"PERSON\"}}";
    assertThatThrownBy(() -> SitrepJson.read(claim, Claim.class))
        .isInstanceOfSatisfying(com.fasterxml.jackson.core.JsonProcessingException.class,
            e -> assertThat(JsonDocuments.describe(e)).isEqualTo("mode: value \"sideways\" is not allowed here"));
    String badSpan = claim.replace("\"sideways\"", "\"direct\"").replace("\"end\": 2", "\"end\": 5");
    assertThatThrownBy(() -> SitrepJson.read(badSpan, Claim.class))
        .isInstanceOfSatisfying(com.fasterxml.jackson.core.JsonProcessingException.class,
            e -> assertThat(JsonDocuments.describe(e)).isEqualTo("claim text length 2 does not fit span 0..5"));
  }

  @Test
  void javaTypeNamesAreShortened() {
    assertThat(JsonDocuments.withoutClassNames("Cannot deserialize value of type `org.sitrep.claim.Mode` from String"))
        .isEqualTo("Cannot deserialize value of type Mode from String");
  }
}
