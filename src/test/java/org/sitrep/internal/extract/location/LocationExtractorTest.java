package org.sitrep.internal.extract.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.Mode;
import org.sitrep.claim.PlaceKind;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.extract.Statements;
import org.sitrep.nlp.Document;
import org.junit.jupiter.api.Test;

class LocationExtractorTest {

  private static final LocationExtractor EXTRACTOR = new LocationExtractor();

  private static List<LocationClaim> extract(String text) {
    return extract(SharedSitrep.annotate(text), Statements.none());
  }

  private static List<LocationClaim> extract(Document doc, Statements statements) {
    return EXTRACTOR.extract(doc, ArticleKnowledge.of(doc).withStatements(statements)).stream().map(LocationClaim.class::cast).toList();
  }

  private static LocationClaim only(List<LocationClaim> claims) {
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  @Test
  void placesDeployedForcesInRegionNamedWithRegionWord() {
    String text = "Officials said that 2,000 Belarusian troops were deployed in the Bryansk region this week.";
    LocationClaim c = only(extract(text));
    assertThat(c.text()).isEqualTo("the Bryansk region");
    assertThat(c.begin()).isEqualTo(text.indexOf("the Bryansk region"));
    assertThat(c.end()).isEqualTo(c.begin() + "the Bryansk region".length());
    assertThat(c.place().name()).isEqualTo("Bryansk Oblast");
    assertThat(c.place().kind()).isEqualTo(PlaceKind.REGION);
    assertThat(c.place().country()).isEqualTo("RU");
    assertThat(c.predicate()).isEqualTo("deploy");
    assertThat(c.subject().kind()).isEqualTo(SourceKind.GROUP);
    assertThat(c.subject().country()).isEqualTo("BY");
    assertThat(c.subject().name()).endsWith("troops");
  }

  @Test
  void readsBareKurskAsTheOblastOnceTheArticleNamedTheRegion() {
    String text = "Hungarian engineers are stationed in the Kursk region. Later the engineers moved to Kursk.";
    List<LocationClaim> claims = extract(text);
    assertThat(claims).extracting(LocationClaim::text).containsExactly("the Kursk region", "Kursk");
    assertThat(claims).allSatisfy(c -> {
      assertThat(c.place().name()).isEqualTo("Kursk Oblast");
      assertThat(c.place().country()).isEqualTo("RU");
    });
    assertThat(claims.get(1).begin()).isEqualTo(text.lastIndexOf("Kursk"));
  }

  @Test
  void readsBareKurskAsTheCityWithoutRegionContext() {
    LocationClaim c = only(extract("Drones struck Kursk overnight, the governor said."));
    assertThat(c.place().kind()).isEqualTo(PlaceKind.CITY);
    assertThat(c.place().country()).isEqualTo("RU");
    assertThat(c.place().geonameId()).isNotNull();
    assertThat(c.predicate()).isEqualTo("strike");
  }

  @Test
  void readsGeorgiaAsTheCountryUnlessTheArticleNamesPlacesInTheUnitedStates() {
    LocationClaim country = only(extract("Russian tanks rolled into Georgia in August."));
    assertThat(country.place().kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(country.place().country()).isEqualTo("GE");

    List<LocationClaim> us = extract(
        "Floods hit Atlanta and Savannah on Monday. The governor sent National Guard units to Georgia.");
    LocationClaim state = us.stream().filter(c -> c.text().equals("Georgia")).findFirst().orElseThrow();
    assertThat(state.place().kind()).isEqualTo(PlaceKind.REGION);
    assertThat(state.place().country()).isEqualTo("US");
  }

  @Test
  void readsTripoliInLibyaUnlessTheArticleNamesLebanon() {
    LocationClaim libya = only(extract("Rival militias shelled Tripoli overnight."));
    assertThat(libya.place().country()).isEqualTo("LY");
    assertThat(libya.place().kind()).isEqualTo(PlaceKind.CITY);

    List<LocationClaim> lebanon = extract(
        "Tensions are rising in Lebanon. Army units were deployed in Tripoli after the clashes.");
    LocationClaim tripoli = lebanon.stream().filter(c -> c.text().equals("Tripoli")).findFirst().orElseThrow();
    assertThat(tripoli.place().country()).isEqualTo("LB");
  }

  @Test
  void resolvesOldSpellingsThroughTheGazetteersAliases() {
    LocationClaim c = only(extract("Missiles hit Kharkov on Tuesday morning."));
    assertThat(c.text()).isEqualTo("Kharkov");
    assertThat(c.place().name()).isEqualTo("Kharkiv");
    assertThat(c.place().country()).isEqualTo("UA");
  }

  @Test
  void givesGroupsTheCountryOfTheirNationalityWord() {
    String text = "About 300 North Korean workers are in Vladivostok.";
    LocationClaim c = only(extract(text));
    assertThat(c.text()).isEqualTo("Vladivostok");
    assertThat(c.subject().country()).isEqualTo("KP");
    assertThat(c.subject().name()).isEqualTo("North Korean workers");
    assertThat(c.subject().mentionBegin()).isEqualTo(text.indexOf("North Korean workers"));
    assertThat(c.predicate()).isEqualTo("be");
  }

  @Test
  void makesCompassAreasOfACountryRegionsOfIt() {
    String text = "Heavy fighting continued in eastern Ukraine on Sunday.";
    LocationClaim c = only(extract(text));
    assertThat(c.text()).isEqualTo("eastern Ukraine");
    assertThat(c.begin()).isEqualTo(text.indexOf("eastern Ukraine"));
    assertThat(c.place().name()).isEqualTo("eastern Ukraine");
    assertThat(c.place().kind()).isEqualTo(PlaceKind.REGION);
    assertThat(c.place().country()).isEqualTo("UA");
    assertThat(c.place().lat()).isNull();
  }

  @Test
  void knowsNamedAreasThatNoGazetteerHas() {
    LocationClaim c = only(extract("Two more destroyers were deployed to the Middle East."));
    assertThat(c.place().name()).isEqualTo("Middle East");
    assertThat(c.place().kind()).isEqualTo(PlaceKind.REGION);
    assertThat(c.place().country()).isNull();
  }

  @Test
  void doesNotPlaceACountryNamedOnlyAsActorOrOwner() {
    assertThat(extract("Russia has begun to partner with Iran on drones.")).isEmpty();
    List<LocationClaim> claims = extract("Canadian officials said U.S. troops are in Syria.");
    assertThat(claims).extracting(LocationClaim::text).containsExactly("Syria");
    assertThat(claims.get(0).subject().country()).isEqualTo("US");
  }

  @Test
  void keepsACountryTheCountryWhenTheArticleOnlyNamesAnotherCountry() {
    LocationClaim c = only(extract("U.S. officials said that Russian tanks rolled into Georgia."));
    assertThat(c.place().kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(c.place().country()).isEqualTo("GE");
  }

  @Test
  void placesAnUnlistedTownInTheCountryOfItsNationalityWord() {
    String text = "Gaza is tense. A rocket hit a school in the southern Israeli town of Qiryat Zemer.";
    LocationClaim c = extract(text).stream().filter(x -> x.text().contains("Zemer")).findFirst().orElseThrow();
    assertThat(c.place().kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(c.place().country()).isEqualTo("IL");
    assertThat(c.place().geonameId()).isNull();
  }

  @Test
  void doesNotPlaceTheSeatOfAGovernment() {
    assertThat(extract("The government in Kiev rejected the proposal on Friday.")).isEmpty();
  }

  @Test
  void placesEventsInTheirTown() {
    String text = "The bombing in Mosul killed nine people.";
    LocationClaim c = only(extract(text));
    assertThat(c.text()).isEqualTo("Mosul");
    assertThat(c.place().country()).isEqualTo("IQ");
    assertThat(c.subject().name()).isEqualTo("bombing");
  }

  @Test
  void skipsHeadlinesAndCaptions() {
    assertThat(extract("Rebels advance in Yemen as talks stall\n\nThe talks resume in Oman on Monday.")
        .stream().map(LocationClaim::text)).containsExactly("Oman");
  }

  @Test
  void placesWhatACarryingVerbMovesAndTheCountedNounOfABareNumber() {
    LocationClaim sent = only(extract("Ankara sent armoured units into Iraq on Monday."));
    assertThat(sent.text()).isEqualTo("Iraq");
    assertThat(sent.subject().name()).isEqualTo("armoured units");

    List<LocationClaim> counted = extract("About 5,000 Chadian soldiers are in Niger, with 900 stationed in Agadez.");
    assertThat(counted).extracting(LocationClaim::text).containsExactly("Niger", "Agadez");
    assertThat(counted).allSatisfy(c -> assertThat(c.subject().name()).isEqualTo("Chadian soldiers"));
  }

  @Test
  void givesTheSameClaimsWhenArticlesRunInParallel() throws Exception {
    String text = "Iranian advisers were deployed to Aleppo. In Ukraine, drones struck Odesa and the Kherson region.";
    Document doc = SharedSitrep.annotate(text);
    List<LocationClaim> expected = extract(doc, Statements.none());
    assertThat(expected).extracting(LocationClaim::text)
        .containsExactly("Aleppo", "Ukraine", "Odesa", "the Kherson region");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<LocationClaim>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> extract(doc, Statements.none())));
      }
      for (var run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void buildsCheaplyOnTheSharedGazetteer() {
    long start = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      new LocationExtractor();
    }
    // only the small word lists load per extractor; the gazetteer (about half a second) is shared
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void takesTheSpeakerOfTheEnclosingStatement() {
    String text = "The minister said that Iranian drones were launched from Syria.";
    Document doc = SharedSitrep.annotate(text);
    int begin = text.indexOf("Iranian");
    Source minister = Source.of("the minister", SourceKind.PERSON, null, null);
    SpeakerClaim said = new SpeakerClaim("s1", minister, begin, text.length() - 1,
        text.substring(begin, text.length() - 1), 0, 0.9, null, Mode.INDIRECT, "say");
    LocationClaim c = only(extract(doc, Statements.of(List.of(said))));
    assertThat(c.text()).isEqualTo("Syria");
    assertThat(c.speaker()).isEqualTo(minister);
    assertThat(c.statement()).isEqualTo("s1");
    assertThat(c.subject().country()).isEqualTo("IR");
  }

  @Test
  void placesAnyNounThatALocativePhraseHangsOn() {
    LocationClaim c = only(extract("Gunmen stormed a hotel in Misrata on Sunday."));
    assertThat(c.text()).isEqualTo("Misrata");
    assertThat(c.place().country()).isEqualTo("LY");
    // a building does not act: the clause's agent is what is placed
    assertThat(c.subject().name()).isEqualTo("Gunmen");
  }

  @Test
  void placesWhatAVerbMovesFromAPlace() {
    LocationClaim c = only(extract("The drones took off from Crimea before dawn."));
    assertThat(c.text()).isEqualTo("Crimea");
    assertThat(c.subject().name()).endsWith("drones");
  }

  @Test
  void placesTheSubjectOfAnAdjectiveWithALocativePhrase() {
    LocationClaim c = only(extract("The damage was worst in eastern Aleppo, residents said."));
    assertThat(c.text()).isEqualTo("eastern Aleppo");
    assertThat(c.subject().name()).endsWith("damage");
  }

  @Test
  void takesTheDoerOfAnActionNounAsWhatItPlaces() {
    LocationClaim c = only(extract("The army's siege of Mariupol lasted several weeks."));
    assertThat(c.text()).isEqualTo("Mariupol");
    assertThat(c.subject().name()).endsWith("army");
  }

  @Test
  void placesNothingInACreditLineOrAPersonsNamePhrase() {
    assertThat(extract("Associated Press writers Ann Lee in Cairo and Tom Fox in Dubai contributed to this report."))
        .isEmpty();
    assertThat(extract("With reporting by Ann Lee in Cairo.")).isEmpty();
  }

  @Test
  void makesAPlaceOfANationalityWordBeforeAFrontierNoun() {
    LocationClaim c = only(extract("Two helicopters strayed into Turkish airspace on Monday."));
    assertThat(c.text()).isEqualTo("Turkish airspace");
    assertThat(c.place().kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(c.place().country()).isEqualTo("TR");
  }

  @Test
  void givesABorderNamedByOneCountryTheCountryOnTheOtherSide() {
    LocationClaim named = only(extract("Russia massed tanks along the Ukrainian border in April."));
    assertThat(named.text()).isEqualTo("the Ukrainian border");
    assertThat(named.place().country()).isEqualTo("RU");
    List<LocationClaim> with = extract("Russia massed tanks along the border with Ukraine in April.");
    assertThat(with).extracting(LocationClaim::text).containsExactly("Ukraine");
    assertThat(with.get(0).place().kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(with.get(0).place().country()).isEqualTo("RU");
  }

  @Test
  void placesAPlaceAfterALocativeWordWhereverTheParserHungIt() {
    // the parser hangs "outside Goma" on "said"; the verb before the place is the one it belongs to
    LocationClaim c = only(extract("Rebels ambushed a convoy outside Goma, the army said."));
    assertThat(c.text()).isEqualTo("Goma");
    assertThat(c.place().country()).isEqualTo("CD");
    assertThat(c.subject().name()).isEqualTo("Rebels");
  }

  @Test
  void readsAPlaceNameEndingInAFeatureNounAsOnePlace() {
    LocationClaim c = only(extract("Resistance fighters retreated to the Panjshir Valley on Monday."));
    assertThat(c.text()).isEqualTo("the Panjshir Valley");
    assertThat(c.place().name()).isEqualTo("Panjshir Valley");
    assertThat(c.place().kind()).isEqualTo(PlaceKind.FEATURE);
    assertThat(c.place().country()).isEqualTo("AF");
  }

  @Test
  void aCountryThatLocatesAPlacedTownIsPlacedLikeTheTown() {
    List<LocationClaim> claims = extract("The rebels seized Kidal in Mali after two days of fighting.");
    assertThat(claims).extracting(LocationClaim::text).containsExactly("Kidal", "Mali");
    assertThat(claims).allSatisfy(c -> assertThat(c.subject().name()).endsWith("rebels"));
  }

  @Test
  void aCountryThatLocatesAnUnplacedTownIsNoPlacement() {
    assertThat(extract("The minister said Kidal in Mali had a long history.")).isEmpty();
  }
}
