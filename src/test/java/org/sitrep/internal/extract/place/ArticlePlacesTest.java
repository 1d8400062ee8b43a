package org.sitrep.internal.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.SharedSitrep;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.nlp.Document;
import org.junit.jupiter.api.Test;

/** The place resolver on invented sentences: which names are places, and in which country. */
class ArticlePlacesTest {

  private static List<PlaceMention> mentions(String text) {
    Document doc = SharedSitrep.annotate(text);
    return ArticleKnowledge.of(doc).places().mentions();
  }

  private static PlaceMention named(List<PlaceMention> mentions, String text) {
    return mentions.stream().filter(m -> m.place() != null && text.equals(textOf(mentions, m))).findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + mentions));
  }

  private static String textOf(List<PlaceMention> all, PlaceMention m) {
    return m.place().name().isEmpty() ? "" : SOURCE.substring(m.begin(), m.end());
  }

  private static String SOURCE = "";

  private static List<String> texts(String text) {
    SOURCE = text;
    return mentions(text).stream().map(m -> text.substring(m.begin(), m.end())).toList();
  }

  @Test
  void findsVillagesAndSmallFrontLineTowns() {
    String text = "Shelling hit Soledar and Novoazovsk overnight, officials in Ukraine said.";
    SOURCE = text;
    List<PlaceMention> found = mentions(text);
    assertThat(found).extracting(m -> text.substring(m.begin(), m.end())).contains("Soledar", "Novoazovsk");
    assertThat(named(found, "Novoazovsk").place().country()).isEqualTo("UA");
  }

  @Test
  void readsCapitalisedCommonWordsAsWords() {
    assertThat(texts("Police said Hope was the name of the boat. Union leaders met on Deal Street.")).isEmpty();
  }

  @Test
  void readsASurnameOfAPersonNamedInFullAsThePerson() {
    assertThat(texts("Luke Somers was held by militants in Yemen. Somers died on Saturday, officials said."))
        .containsExactly("Yemen");
  }

  @Test
  void readsAGroupsNameAsTheGroupNotAsAVillage() {
    assertThat(texts("The Taliban attacked a checkpoint in Kunduz on Tuesday.")).containsExactly("Kunduz");
  }

  @Test
  void readsATownAsAPlaceWhenTheArticleUsesItAsOneElsewhere() {
    // the NER calls unfamiliar towns persons; "in" before one of its uses settles it
    assertThat(texts("Government troops still hold Bakhmut. The shelling in Bakhmut went on all night."))
        .containsExactly("Bakhmut", "Bakhmut");
  }

  @Test
  void takesTheCountryTheTextGivesBesideTheName() {
    String text = "The United States condemned the attack. The militants seized Palmyra in Syria last May.";
    SOURCE = text;
    assertThat(named(mentions(text), "Palmyra").place().country()).isEqualTo("SY");
  }

  @Test
  void prefersALargeCityOverASmallNamesakeInACountryTheArticleNames() {
    String text = "American and Russian diplomats struck an agreement in Geneva on Saturday.";
    SOURCE = text;
    assertThat(named(mentions(text), "Geneva").place().country()).isEqualTo("CH");
  }
}
