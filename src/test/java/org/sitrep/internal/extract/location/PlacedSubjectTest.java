package org.sitrep.internal.extract.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.LocationClaim;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.extract.Statements;
import org.sitrep.nlp.Document;
import org.junit.jupiter.api.Test;

/** What a location claim places: its subject, from the parse (sentences written for this test). */
class PlacedSubjectTest {

  private static final LocationExtractor EXTRACTOR = new LocationExtractor();

  private static String subjectAt(String text, String place) {
    Document doc = SharedSitrep.annotate(text);
    List<LocationClaim> claims = EXTRACTOR.extract(doc, ArticleKnowledge.of(doc).withStatements(Statements.none()))
        .stream().map(LocationClaim.class::cast).filter(c -> c.text().contains(place)).toList();
    assertThat(claims).as("claims at %s", place).hasSize(1);
    return claims.get(0).subject() == null ? null : claims.get(0).subject().name();
  }

  @Test
  void anEventRightBeforeThePlaceIsPlacedThoughTheParserHungThePlaceOnTheVerb() {
    assertThat(subjectAt("The governor condemned the bombing in Herat.", "Herat")).endsWith("bombing");
    assertThat(subjectAt("Twelve people were killed in the attack in the Karte Char district of Kabul.", "Kabul"))
        .endsWith("attack");
  }

  @Test
  void anEventAtAFacilityIsPlacedNotTheFacility() {
    assertThat(subjectAt("Insurgents claimed a suicide bombing outside an army base in Kunduz.", "Kunduz"))
        .endsWith("bombing");
  }

  @Test
  void anEventAnnouncedByAReporterIsPlacedButAnEventAttendedPlacesTheAgent() {
    assertThat(subjectAt("Both sides announced a truce in Hodeidah on Friday.", "Hodeidah")).endsWith("truce");
    assertThat(subjectAt("Gunmen opened fire at a wedding in Kunduz on Friday.", "Kunduz")).endsWith("Gunmen");
  }

  @Test
  void theSubjectOfAVerbThatPerformsTheActIsPlaced() {
    assertThat(subjectAt("The military conducted several strikes against insurgents near Kirkuk on Friday.", "Kirkuk"))
        .endsWith("military");
  }

  @Test
  void aPossessivePronounResolvesToItsAntecedent() {
    assertThat(subjectAt("The rebels advanced for weeks. Their capture of Goma shocked the region.", "Goma"))
        .endsWith("rebels");
  }

  @Test
  void aRoleBesideAPersonIsThePerson() {
    assertThat(subjectAt("A second captive, Jan de Vries, an engineer abducted in Mali in 2019, was freed.", "Mali"))
        .endsWith("Vries");
  }

  @Test
  void theObjectOfAVerbDoesWhatItsInfinitiveSays() {
    assertThat(subjectAt("The army allowed the refugees to return to Aleppo.", "Aleppo")).endsWith("refugees");
  }

  @Test
  void whatACarryingVerbMovesIsPlacedAtTheFacilityItGoesTo() {
    assertThat(subjectAt("Moscow deployed fighter jets to an air base in Latakia.", "Latakia")).endsWith("jets");
  }

  @Test
  void whatAPassiveActsOnIsPlacedAtTheFacility() {
    assertThat(subjectAt("Ammunition was stored in a school in Gao.", "Gao")).endsWith("Ammunition");
  }

  @Test
  void aResidenceIsAFacilityNotAnActionSoItsAttackerIsPlaced() {
    assertThat(subjectAt("Two drones struck the governor's residence in Aden.", "Aden")).endsWith("drones");
  }

  @Test
  void anActionNounPlacesItsNearestCompound() {
    assertThat(subjectAt("Moscow protested against US troop deployments in Poland.", "Poland")).endsWith("troop");
  }

  @Test
  void aDefiniteGroupNounStandsForTheOrganisationNamedBeforeIt() {
    assertThat(subjectAt("Hezbollah issued a statement on Monday. The group later shelled Haifa.", "Haifa"))
        .isEqualTo("Hezbollah");
    assertThat(subjectAt("The Kurdistan Workers' Party denied the report. The group, which operates in northern "
        + "Iraq, gave no details.", "Iraq")).isEqualTo("Kurdistan Workers' Party");
  }

  @Test
  void aGroupNounWithAPhraseOfItsOwnIsNoReference() {
    assertThat(subjectAt("The United Nations issued a statement. The group of farmers fled to Baidoa.", "Baidoa"))
        .endsWith("farmers");
  }

  @Test
  void whatAPassiveVerbActsOnIsPlaced() {
    assertThat(subjectAt("Two fishing boats were seized off Hodeidah by the coast guard.", "Hodeidah"))
        .endsWith("boats");
  }

  @Test
  void aStationIsAFacilitySoItsAttackerIsPlaced() {
    assertThat(subjectAt("Insurgents attacked a police station in Baidoa on Monday.", "Baidoa")).endsWith("Insurgents");
  }

  @Test
  void whoLaunchesAnOffensiveIsPlaced() {
    assertThat(subjectAt("The army launched an offensive in Darfur last month.", "Darfur")).endsWith("army");
  }

  @Test
  void aGerundThatIsTheSubjectNamesTheActivityPlaced() {
    assertThat(subjectAt("The mayor said, \"Shelling in Kramatorsk has not stopped.\"", "Kramatorsk"))
        .endsWith("Shelling");
  }

  @Test
  void aGerundReadAsAModifierOfItsObjectPlacesTheClauseSubject() {
    assertThat(subjectAt("Armed drones began flying patrols in Kidal last week.", "Kidal")).endsWith("drones");
    assertThat(subjectAt("The former minister has lived abroad since fleeing house arrest in Bamako.", "Bamako"))
        .endsWith("minister");
  }

  @Test
  void peopleInTheOfPhraseOfAnEventAreWhereItHappenedToThem() {
    assertThat(subjectAt("The army vowed revenge for the killing of three soldiers in Gao on Monday.", "Gao"))
        .endsWith("soldiers");
  }

  @Test
  void thePhraseOfANumberHangsWhereTheNumberDoes() {
    assertThat(subjectAt("Inspectors said rockets had been hidden in one of the clinics in Tulkarm.", "Tulkarm"))
        .endsWith("rockets");
  }

  @Test
  void aClauseOnThePlaceThatActsOnItPlacesItsByPhrase() {
    assertThat(subjectAt("City hall in Tessalit, which is controlled by armed separatists, said fuel had run out.",
        "Tessalit"))
        .endsWith("separatists");
    assertThat(subjectAt("In Ansongo, a town surrounded by insurgents, the council reported food shortages.", "Ansongo"))
        .endsWith("insurgents");
  }

  @Test
  void aParticipleClauseHungOnANonVerbIsDoneByTheSubjectAbove() {
    assertThat(subjectAt("The envoy spoke to reporters as she flew from Nairobi to Cairo, stopping in Khartoum to refuel.",
        "Khartoum")).endsWith("envoy");
  }

  @Test
  void aCompoundBeforeAnActionNounIsItsDoerOnlyWhenItCanAct() {
    assertThat(subjectAt("The rebels took control of a gas terminal in Brega.", "Brega")).doesNotEndWith("gas");
  }

  @Test
  void whatARelativePronounStandsForIsWhatACarryingVerbMoves() {
    assertThat(subjectAt("Police found the rifles which a cartel smuggled into Honduras.", "Honduras"))
        .endsWith("rifles");
  }

  @Test
  void aPlaceThatAClauseSaysSomeoneTookPlacesThatSomeone() {
    assertThat(subjectAt("Tanks rolled toward Abyei, which Sudan seized in 2011.", "Abyei")).endsWith("Tanks");
    assertThat(subjectAt("Officials in Abyei, which the rebels captured last spring, said the clinic has closed.", "Abyei"))
        .endsWith("rebels");
  }

  @Test
  void aPlaceHungOnAQuantifierPlacesItsOfPhrase() {
    assertThat(subjectAt("Some of these militias, both in Chad and in Niger, are worse than the army, he said.", "Chad"))
        .endsWith("militias");
  }

  @Test
  void aConjunctIsPlacedAsThePlaceBeforeIt() {
    Document doc = SharedSitrep.annotate("It is a policy that we have quietly pursued in Mali and Niger for years.");
    List<LocationClaim> claims = EXTRACTOR.extract(doc, ArticleKnowledge.of(doc).withStatements(Statements.none()))
        .stream().map(LocationClaim.class::cast).toList();
    assertThat(claims).extracting(LocationClaim::text).contains("Mali", "Niger");
  }

  @Test
  void aWithPhraseDescribesWhatIsPlacedAndIsNoPartOfItsName() {
    assertThat(subjectAt("Drones with a range of about 90 miles were stationed in Kidal.", "Kidal")).isEqualTo("Drones");
  }

  @Test
  void anEventTheSubjectDoesPlacesTheSubjectButAnEventJudgedPlacesItself() {
    assertThat(subjectAt("Rebel fighters were preparing an assault on Tessalit.", "Tessalit")).endsWith("fighters");
    assertThat(subjectAt("The council condemned the assault on Tessalit.", "Tessalit")).endsWith("assault");
  }
}
