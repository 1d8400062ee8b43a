package org.sitrep.internal.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.FigureClaim;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.nlp.Document;

/** Numbers that are no figure, one kind per test, on invented sentences. */
class NonFigureTest {

  private static final FigureExtractor EXTRACTOR = new FigureExtractor();

  private static List<String> figures(String text) {
    Document doc = SharedSitrep.annotate(text);
    return EXTRACTOR.extract(doc, ArticleKnowledge.of(doc)).stream()
        .map(FigureClaim.class::cast).map(FigureClaim::text).toList();
  }

  @Test
  void ignoresNumbersInNamesAndTitles() {
    assertThat(figures("Analysts compared Unit 8200 with the crew of Flight 17.")).isEmpty();
    assertThat(figures("Members invoked Article 5 after the Apollo 11 anniversary.")).isEmpty();
    assertThat(figures("A MiG-29 escorted the convoy.")).isEmpty();
  }

  @Test
  void ignoresResolutions() {
    assertThat(figures("The envoy cited Resolution 1701 and resolution 242 in his letter.")).isEmpty();
  }

  @Test
  void ignoresTimesOfDay() {
    assertThat(figures("The truce begins at 00.30 tonight, the mediators said.")).isEmpty();
    assertThat(figures("Sirens sounded at 11 p.m. across the valley.")).isEmpty();
  }

  @Test
  void ignoresAgesWrittenAsAgesOrAsListsAfterAnAgeWord() {
    assertThat(figures("A 6-month-old girl was pulled from the rubble.")).isEmpty();
    assertThat(figures("Her sons, ages 7, 5 and 2, were evacuated by bus.")).isEmpty();
    assertThat(figures("The shepherd, aged 63, stayed with his flock.")).isEmpty();
  }

  @Test
  void readsAnAgeLimitAfterPeopleAsNoCount() {
    assertThat(figures("The shell wounded two boys under 12 near the well.")).containsExactly("two boys");
  }

  @Test
  void ignoresOrdinals() {
    assertThat(figures("The 3rd Brigade reached the bridge on the fifth day of the march.")).isEmpty();
  }

  @Test
  void ignoresScoresAndVotes() {
    assertThat(figures("The council voted 13-2 to extend the mission.")).isEmpty();
    assertThat(figures("The army team won 3 - 1 against the police team.")).isEmpty();
  }

  @Test
  void keepsARisingRangeThatLooksLikeAScore() {
    assertThat(figures("Witnesses counted 2-4 drones over the port.")).containsExactly("2-4 drones");
  }

  @Test
  void ignoresPhoneNumbers() {
    assertThat(figures("Families can ring the hotline on 555 0143 for news of 40 relatives."))
        .containsExactly("40 relatives");
    assertThat(figures("Relatives should phone 7946 0958 or write to the ministry.")).isEmpty();
  }

  @Test
  void ignoresOneOfMany() {
    assertThat(figures("One of the soldiers was wounded in the ambush.")).isEmpty();
  }

  @Test
  void ignoresCaptionsWithAPictureCredit() {
    assertThat(figures("Medics carry 12 wounded men from the market on Monday. (AP Photo/Jane Roe)")).isEmpty();
    assertThat(figures("Slideshow (6 Images)")).isEmpty();
    assertThat(figures("Troops fired 40 shells at the ridge (about 3 tons of explosives).")).hasSize(2);
  }

  @Test
  void ignoresHeadlinesAndOtherParagraphsWithoutClosingPunctuation() {
    assertThat(figures("Rebels seize 3 towns in the north\n\nThe army said it lost 40 soldiers.")).containsExactly("40 soldiers");
  }
}
