package org.sitrep.internal.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Category;
import org.sitrep.claim.FigureClaim;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.nlp.Document;

/** What a figure counts: the category from the predicate and the noun together, on invented sentences. */
class FigureCategoryTest {

  private static final FigureExtractor EXTRACTOR = new FigureExtractor();

  private static List<Category> categories(String text) {
    Document doc = SharedSitrep.annotate(text);
    return EXTRACTOR.extract(doc, ArticleKnowledge.of(doc)).stream()
        .map(FigureClaim.class::cast).map(FigureClaim::category).toList();
  }

  @Test
  void appliesWhatHappenedToPeopleOnlyToPeople() {
    assertThat(categories("Rebels captured three villages near the pass.")).containsExactly(Category.OTHER);
    assertThat(categories("Rebels captured three conscripts near the pass.")).containsExactly(Category.CAPTURED);
    assertThat(categories("Pirates seized two ferries off the coast.")).containsExactly(Category.EQUIPMENT);
  }

  @Test
  void takesTheClassOfANounTheListsLackFromWordNet() {
    assertThat(categories("The militia handed over 200 rifles.")).containsExactly(Category.EQUIPMENT);
    assertThat(categories("Sappers cleared 60 detonators from the road.")).containsExactly(Category.MUNITIONS);
  }

  @Test
  void readsAParticipleOrAdjectiveBeforeTheNoun() {
    assertThat(categories("The camp shelters 9,000 internally displaced people.")).containsExactly(Category.DISPLACED);
  }

  @Test
  void readsANounThatNamesTheActAsItsVerb() {
    assertThat(categories("Officials ordered the evacuation of 300 families.")).containsExactly(Category.DISPLACED);
    assertThat(categories("The court heard of the abduction of 40 schoolgirls.")).containsExactly(Category.CAPTURED);
  }

  @Test
  void readsATallyAndAnInclusionThroughTheirSubject() {
    assertThat(categories("The death toll rose to 45 on Monday.")).containsExactly(Category.KILLED);
    assertThat(categories("The dead included 12 nurses.")).containsExactly(Category.KILLED);
  }

  @Test
  void readsTheSubjectOfAParticipleClauseOpenedByWith() {
    assertThat(categories("Shells hit the market, with 14 people killed.")).containsExactly(Category.KILLED);
  }

  @Test
  void sharesTheCategoryWithACoordinatedFigure() {
    assertThat(categories("The dead included 12 nurses and three drivers."))
        .containsExactly(Category.KILLED, Category.KILLED);
  }

  @Test
  void readsAClassifierThroughTheNounItClassifies() {
    assertThat(categories("Troops destroyed three artillery pieces.")).containsExactly(Category.EQUIPMENT);
    assertThat(categories("Inspectors found two types of rockets.")).containsExactly(Category.MUNITIONS);
  }

  @Test
  void readsACompoundThatWordNetKnowsAsAWhole() {
    assertThat(categories("Guards stopped two suicide bombers at the gate.")).doesNotContain(Category.EQUIPMENT);
  }

  @Test
  void countsStrikesAsEventsNotMunitions() {
    assertThat(categories("Jets carried out 20 airstrikes overnight.")).containsExactly(Category.OTHER);
  }

  @Test
  void readsDisplacementAndKillingVerbsFromThePredicateTable() {
    assertThat(categories("About 500 villagers who were expelled from the town now live in tents."))
        .containsExactly(Category.DISPLACED);
    assertThat(categories("The ministry said 70 \"terrorists\" were neutralized.")).containsExactly(Category.KILLED);
    assertThat(categories("More than 300 foreigners have gone to fight in the war.")).containsExactly(Category.PERSONNEL);
  }
}
