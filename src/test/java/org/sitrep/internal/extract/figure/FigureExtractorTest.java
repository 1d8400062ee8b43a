package org.sitrep.internal.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Category;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.Modality;
import org.sitrep.claim.Qualifier;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.nlp.Document;

class FigureExtractorTest {

  private static final FigureExtractor EXTRACTOR = new FigureExtractor();

  private static List<FigureClaim> figures(String text) {
    Document doc = SharedSitrep.annotate(text);
    return EXTRACTOR.extract(doc, ArticleKnowledge.of(doc)).stream().map(FigureClaim.class::cast).toList();
  }

  private static FigureClaim only(String text) {
    List<FigureClaim> all = figures(text);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static void assertSpan(FigureClaim f, String text, String expected) {
    int begin = text.indexOf(expected);
    assertThat(f.begin()).isEqualTo(begin);
    assertThat(f.end()).isEqualTo(begin + expected.length());
    assertThat(f.text()).isEqualTo(expected);
  }

  @Test
  void readsDigitsWithSeparatorsAndScaleWords() {
    String text = "The army fired approximately 2.5 million artillery shells last winter.";
    FigureClaim f = only(text);
    assertSpan(f, text, "approximately 2.5 million artillery shells");
    assertThat(f.value()).isEqualTo(2_500_000);
    assertThat(f.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    assertThat(f.qualifierText()).isEqualTo("approximately");
    assertThat(f.unit()).isEqualTo("shell");
    assertThat(f.counted()).isEqualTo("artillery shells");
    assertThat(f.category()).isEqualTo(Category.MUNITIONS);
  }

  @Test
  void readsThousandsSeparatorAndAbbreviatedThousands() {
    assertThat(only("The brigade has 4,500 soldiers on the river.").value()).isEqualTo(4500);
    assertThat(only("Officials said 15K volunteers signed up.").value()).isEqualTo(15000);
  }

  @Test
  void readsMoneyWithCurrencySignAndAbbreviatedBillions() {
    String text = "The donors pledged $1.2bn for the rebuilding.";
    FigureClaim f = only(text);
    assertThat(f.value()).isEqualTo(1_200_000_000);
    assertThat(f.unit()).isEqualTo("dollar");
    assertThat(f.category()).isEqualTo(Category.MONEY);
    assertThat(f.text()).startsWith("$1.2");
  }

  @Test
  void readsNumberWordsAndDozens() {
    FigureClaim two = only("Rebels shot down two helicopters near the pass.");
    assertThat(two.value()).isEqualTo(2);
    assertThat(two.category()).isEqualTo(Category.EQUIPMENT);
    FigureClaim dozen = only("The patrol found a dozen mines by the road.");
    assertThat(dozen.value()).isEqualTo(12);
    assertThat(dozen.unit()).isEqualTo("mine");
  }

  @Test
  void codesVagueQuantitiesAtLeastWithConservativeValueAndLowerConfidence() {
    FigureClaim tens = only("Tens of thousands of residents fled the shelling.");
    assertThat(tens.value()).isEqualTo(10000);
    assertThat(tens.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(tens.low()).isEqualTo(10000.0);
    assertThat(tens.confidence()).isLessThan(0.9);
    FigureClaim dozens = only("Dozens of drones struck the depot.");
    assertThat(dozens.value()).isEqualTo(12);
    assertThat(dozens.unit()).isEqualTo("drone");
    assertThat(dozens.category()).isEqualTo(Category.MUNITIONS);
  }

  @Test
  void readsRangesWithBetweenHyphenAndTo() {
    String text = "Between 300 and 500 fighters crossed the border.";
    FigureClaim between = only(text);
    assertSpan(between, text, "Between 300 and 500 fighters");
    assertThat(between.qualifier()).isEqualTo(Qualifier.RANGE);
    assertThat(between.value()).isEqualTo(300);
    assertThat(between.low()).isEqualTo(300.0);
    assertThat(between.high()).isEqualTo(500.0);
    FigureClaim to = only("The convoy carried 20 to 30 tanks.");
    assertThat(to.low()).isEqualTo(20.0);
    assertThat(to.high()).isEqualTo(30.0);
    FigureClaim hyphen = only("Witnesses counted 3-5 rockets.");
    assertThat(hyphen.low()).isEqualTo(3.0);
    assertThat(hyphen.high()).isEqualTo(5.0);
  }

  @Test
  void readsEachQualifierFromTheResourceFile() {
    assertThat(only("At least 40 people were killed in the raid.").qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only("More than 200 soldiers arrived.").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(only("Up to 600 marines may deploy.").qualifier()).isEqualTo(Qualifier.AT_MOST);
    assertThat(only("As many as 70 drones were launched.").qualifier()).isEqualTo(Qualifier.AT_MOST);
    assertThat(only("Fewer than 30 tanks remain.").qualifier()).isEqualTo(Qualifier.LESS_THAN);
    assertThat(only("Nearly 90 guards were on duty.").qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    FigureClaim over = only("There were over 1,000 troops at the base.");
    assertThat(over.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(over.low()).isEqualTo(1000.0);
  }

  @Test
  void readsPercentages() {
    String text = "The militia lost 40% of its territory.";
    FigureClaim f = only(text);
    assertThat(f.unit()).isEqualTo("percent");
    assertThat(f.value()).isEqualTo(40);
    assertThat(f.category()).isEqualTo(Category.AREA);
    assertSpan(f, text, "40% of its territory");
  }

  @Test
  void takesTheCountedNounThroughOf() {
    String text = "Up to 700 of those Iranian advisers have left the city.";
    FigureClaim f = only(text);
    assertSpan(f, text, "Up to 700 of those Iranian advisers");
    assertThat(f.unit()).isEqualTo("adviser");
  }

  @Test
  void takesTheNounOfAnElidedFigureFromTheFigureItContinues() {
    String text = "About 6,000 Belarusian troops are in the area, with around 4,000 stationed near the lake.";
    List<FigureClaim> all = figures(text);
    assertThat(all).hasSize(2);
    FigureClaim elided = all.get(1);
    assertSpan(elided, text, "around 4,000");
    assertThat(elided.unit()).isEqualTo("troop");
    assertThat(elided.category()).isEqualTo(Category.PERSONNEL);
    assertThat(elided.counted()).isNull();
  }

  @Test
  void keepsCoordinatedNounsInTheSpanAndTheFirstAsUnit() {
    String text = "The unit lost 900 sailors and marines.";
    FigureClaim f = only(text);
    assertSpan(f, text, "900 sailors and marines");
    assertThat(f.unit()).isEqualTo("sailor");
  }

  @Test
  void categorisesByPredicate() {
    assertThat(only("Officials said 25 civilians were killed on Sunday.").category()).isEqualTo(Category.KILLED);
    assertThat(only("The blast injured 14 workers.").category()).isEqualTo(Category.WOUNDED);
    assertThat(only("Gunmen kidnapped 12 students.").category()).isEqualTo(Category.CAPTURED);
    FigureClaim people = only("The storm of shelling killed 31 people.");
    assertThat(people.unit()).isEqualTo("person");
    assertThat(people.category()).isEqualTo(Category.KILLED);
  }

  @Test
  void categorisesDurationsAndDistances() {
    FigureClaim days = only("The siege lasted 40 days.");
    assertThat(days.category()).isEqualTo(Category.DURATION);
    assertThat(days.unit()).isEqualTo("day");
    FigureClaim km = only("The front moved 15 kilometers west.");
    assertThat(km.category()).isEqualTo(Category.DISTANCE);
    assertThat(km.unit()).isEqualTo("kilometer");
    FigureClaim hyphen = only("They began a three-week offensive.");
    assertThat(hyphen.unit()).isEqualTo("week");
    assertThat(hyphen.category()).isEqualTo(Category.DURATION);
  }

  @Test
  void findsTheActorFromANationalityWord() {
    String text = "Some 5,000 North Korean troops arrived at the front.";
    FigureClaim f = only(text);
    assertThat(f.actor()).isNotNull();
    assertThat(f.actor().name()).isEqualTo("North Korea");
    assertThat(f.actor().country()).isEqualTo("KP");
    assertThat(f.actor().mention()).isEqualTo("North Korean");
    assertThat(f.actor().mentionBegin()).isEqualTo(text.indexOf("North Korean"));
  }

  @Test
  void findsTheLocationInTheSameClause() {
    FigureClaim f = only("Around 2,000 soldiers are deployed in the Kursk region.");
    assertThat(f.location()).isNotNull();
    assertThat(f.location().country()).isEqualTo("RU");
  }

  @Test
  void marksExpectedAndHypotheticalModality() {
    assertThat(only("The number is expected to rise to 9,000 troops.").modality()).isEqualTo(Modality.EXPECTED);
    assertThat(only("The government will send 400 engineers.").modality()).isEqualTo(Modality.EXPECTED);
    assertThat(only("It is unclear whether 12 hostages were freed.").modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(only("Exactly 50 tanks crossed the bridge.").modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void ignoresDatesYearsTimesAgesAndOrdinals() {
    assertThat(figures("On March 3, 2022, at 5 p.m., the first convoy left.")).isEmpty();
    assertThat(figures("In 2019 the war entered its fifth year.")).isEmpty();
    assertThat(figures("A 45-year-old farmer said the road was closed.")).isEmpty();
    assertThat(figures("The farmer, Omar Haddad, 52, said the road was closed.")).isEmpty();
  }

  @Test
  void ignoresNumbersInNamesAndTitles() {
    assertThat(figures("A Su-34 bomber flew over the town.")).isEmpty();
    assertThat(figures("The council cited Resolution 2254 again.")).isEmpty();
    assertThat(figures("The G7 leaders met in Rome.")).isEmpty();
  }

  @Test
  void takesTheCountedNounFromTheParseAcrossQuotesHyphenatedModifiersAndCodes() {
    assertThat(only("The ministry said 52 \"insurgents\" were neutralised.").unit()).isEqualTo("insurgent");
    assertThat(only("Planes dropped 6,000 ready-to-eat rations on the plateau.").unit()).isEqualTo("ration");
    assertThat(only("Later, four F-15 jets struck the convoy.").unit()).isEqualTo("jet");
    assertThat(only("About 2,000 or so British troops remain in the province.").unit()).isEqualTo("troop");
  }

  @Test
  void readsANumberGluedToAHyphenatedNounAsCountingThatNoun() {
    FigureClaim page = only("A 24-page report listed the damage.");
    assertThat(page.unit()).isEqualTo("page");
    assertThat(page.text()).isEqualTo("24-page");
    assertThat(only("The unit began a 40 km march to the coast.").unit()).isEqualTo("kilometer");
  }

  @Test
  void takesThePluralNounAfterCoordinatedModifiersAsTheCountedNoun() {
    String text = "The strike killed 12 army and border guard officers.";
    FigureClaim f = only(text);
    assertThat(f.unit()).isEqualTo("officer");
    assertSpan(f, text, "12 army and border guard officers");
  }
}
