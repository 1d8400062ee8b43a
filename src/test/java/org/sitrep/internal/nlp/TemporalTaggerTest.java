package org.sitrep.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.SharedSitrep;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Token;

/** sitrep's DATE and TIME tags, on invented sentences through the shared CoreNLP pass. */
class TemporalTaggerTest {

  /** The NER tag of the {@code nth} (from 0) token spelled {@code word}. */
  private static String tag(Document doc, String word, int nth) {
    int seen = 0;
    for (Token t : doc.tokens()) {
      if (t.word().equals(word) && seen++ == nth) {
        return t.ner();
      }
    }
    throw new AssertionError("no token " + word + " #" + nth + " in " + doc.text());
  }

  private static String tag(Document doc, String word) {
    return tag(doc, word, 0);
  }

  @Test
  void weekdaysAndMonthNamesAreDates() {
    Document doc = SharedSitrep.annotate("Militia fighters shelled the grain depot on Thursday, officials said.\n"
        + "Shortages have grown since February across the province.");
    assertThat(tag(doc, "Thursday")).isEqualTo("DATE");
    assertThat(tag(doc, "February")).isEqualTo("DATE");
    assertThat(tag(doc, "depot")).isEqualTo("O");
  }

  @Test
  void mayIsAMonthOnlyBesideADateNumberOrAfterADatePreposition() {
    Document doc = SharedSitrep.annotate("May God protect the wounded, the village elder told mourners.\n"
        + "The convoy May reach the border town, a driver said.\n"
        + "Talks resumed in May after a long pause.\n"
        + "The truce signed on 3 May 2024 held for a week.");
    assertThat(tag(doc, "May", 0)).isEqualTo("O");
    assertThat(tag(doc, "May", 1)).isEqualTo("O");
    assertThat(tag(doc, "May", 2)).isEqualTo("DATE");
    assertThat(tag(doc, "May", 3)).isEqualTo("DATE");
    assertThat(tag(doc, "2024")).isEqualTo("DATE");
  }

  @Test
  void marchIsAMonthOnlyWithADayNumberOrADatePreposition() {
    Document doc = SharedSitrep.annotate("Organisers said the March drew thousands of farmers to the square.\n"
        + "Students held a protest march through the old town.\n"
        + "The siege began on March 3 and eased in March.\n"
        + "Aid deliveries stalled in mid-March.");
    assertThat(tag(doc, "March", 0)).isNotEqualTo("DATE");
    assertThat(tag(doc, "march")).isEqualTo("O");
    assertThat(tag(doc, "March", 1)).isEqualTo("DATE");
    assertThat(tag(doc, "March", 2)).isEqualTo("DATE");
    assertThat(tag(doc, "mid-March")).isEqualTo("DATE");
  }

  @Test
  void aNewspaperCalledTheSunIsNoDayButSundayIs() {
    Document doc = SharedSitrep.annotate("The Sun reported that two medics were detained on Sunday.");
    assertThat(tag(doc, "Sun")).isNotEqualTo("DATE");
    assertThat(tag(doc, "Sunday")).isEqualTo("DATE");
  }

  @Test
  void aWordInCapitalsIsANameNotADate() {
    Document doc = SharedSitrep.annotate("Rain flooded the camp today, the weekly NATION TODAY reported.");
    assertThat(tag(doc, "TODAY")).isNotEqualTo("DATE");
    assertThat(tag(doc, "today")).isEqualTo("DATE");
  }

  @Test
  void clockTimesAreTimesNotFigures() {
    Document doc = SharedSitrep.annotate("The first blast came at about 1 a.m. near the bus station.\n"
        + "A second one followed at 10:30 p.m., and the curfew began at midnight.");
    assertThat(tag(doc, "1")).isEqualTo("TIME");
    assertThat(tag(doc, "a.m.")).isEqualTo("TIME");
    assertThat(tag(doc, "10:30")).isEqualTo("TIME");
    assertThat(tag(doc, "p.m.")).isEqualTo("TIME");
    assertThat(tag(doc, "midnight")).isEqualTo("TIME");
  }

  @Test
  void relativeDatesAndPartsOfTheDay() {
    Document doc = SharedSitrep.annotate("The governor said last week that the bridge would reopen today.\n"
        + "Engineers inspected it this morning and again earlier this month.");
    assertThat(tag(doc, "last")).isEqualTo("DATE");
    assertThat(tag(doc, "week")).isEqualTo("DATE");
    assertThat(tag(doc, "today")).isEqualTo("DATE");
    assertThat(tag(doc, "this", 0)).isEqualTo("TIME");
    assertThat(tag(doc, "morning")).isEqualTo("TIME");
    assertThat(tag(doc, "earlier")).isEqualTo("DATE");
    assertThat(tag(doc, "month")).isEqualTo("DATE");
  }

  @Test
  void yearsInADateContextButNotCounts() {
    Document doc = SharedSitrep.annotate("The port town fell in 2015 and was retaken between 2016 and 2017.\n"
        + "A 2019 airstrike destroyed its clinic.\n"
        + "The ministry sent 1500 troops to the valley.\n"
        + "Its population shrank in the 1990s.");
    assertThat(tag(doc, "2015")).isEqualTo("DATE");
    assertThat(tag(doc, "2016")).isEqualTo("DATE");
    assertThat(tag(doc, "2017")).isEqualTo("DATE");
    assertThat(tag(doc, "2019")).isEqualTo("DATE");
    assertThat(tag(doc, "1500")).isEqualTo("NUMBER");
    assertThat(tag(doc, "1990s")).isEqualTo("DATE");
  }

  @Test
  void seasonsAfterAModifierButNotTheFallOfAPlace() {
    Document doc = SharedSitrep.annotate("The offensive began last summer, weeks after the fall of the capital.\n"
        + "Grain prices fall when the roads close.");
    assertThat(tag(doc, "summer")).isEqualTo("DATE");
    assertThat(tag(doc, "fall", 0)).isEqualTo("O");
    assertThat(tag(doc, "fall", 1)).isEqualTo("O");
  }

  @Test
  void centuries() {
    Document doc = SharedSitrep.annotate("The fortress has stood since the 12th century.");
    assertThat(tag(doc, "12th")).isEqualTo("DATE");
    assertThat(tag(doc, "century")).isEqualTo("DATE");
  }

  @Test
  void eachRunOfNewTagsIsOneMentionAndReplacesTheNumberMentionOfAYear() {
    Document doc = SharedSitrep.annotate("Refugees began returning last week to a district emptied in 2014.");
    assertThat(doc.mentions()).extracting(Mention::text).contains("last week", "2014");
    assertThat(doc.mentions()).filteredOn(m -> m.text().equals("2014")).extracting(Mention::type)
        .containsExactly("DATE");
    assertThat(doc.mentions()).filteredOn(m -> m.text().equals("last week")).singleElement()
        .satisfies(m -> {
          assertThat(m.type()).isEqualTo("DATE");
          assertThat(doc.tokens().subList(m.firstToken(), m.endToken())).extracting(Token::word)
              .containsExactly("last", "week");
        });
  }
}
