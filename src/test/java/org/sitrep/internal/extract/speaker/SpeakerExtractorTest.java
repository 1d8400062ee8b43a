package org.sitrep.internal.extract.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Mode;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.nlp.Document;
import org.junit.jupiter.api.Test;

/** Speaker claims on sentences written for these tests. */
class SpeakerExtractorTest {

  private static final SpeakerExtractor EXTRACTOR = SpeakerExtractor.load();

  private static List<SpeakerClaim> claims(String text) {
    Document doc = SharedSitrep.annotate(text);
    return EXTRACTOR.extract(doc, ArticleKnowledge.of(doc));
  }

  /** The claim whose span is exactly {@code content}, asserting its offsets in {@code text}. */
  private static SpeakerClaim claimFor(List<SpeakerClaim> claims, String text, String content) {
    int begin = text.indexOf(content);
    assertThat(begin).as("test text contains %s", content).isNotNegative();
    assertThat(claims).as("claims of %s", text)
        .anySatisfy(c -> assertThat(c.begin()).isEqualTo(begin));
    SpeakerClaim c = claims.stream().filter(x -> x.begin() == begin).findFirst().orElseThrow();
    assertThat(c.end()).isEqualTo(begin + content.length());
    assertThat(c.text()).isEqualTo(content);
    return c;
  }

  // ---- attribution frames for direct quotations ----

  @Test
  void keepsAReportedClauseThatSaysMoreThanTheQuotationInsideItBesideTheQuotation() {
    String text = "The border police said the three guards on the night shift were \"shot at close range\" near the gate.";
    List<SpeakerClaim> claims = claims(text);
    SpeakerClaim quote = claimFor(claims, text, "shot at close range");
    assertThat(quote.mode()).isEqualTo(Mode.DIRECT);
    int clauseBegin = text.indexOf("the three guards");
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.begin()).isEqualTo(clauseBegin);
      assertThat(c.mode()).isEqualTo(Mode.INDIRECT);
      assertThat(c.end()).isGreaterThan(text.indexOf("near the gate"));
      assertThat(c.speaker().name()).isEqualTo("border police");
    });
  }

  @Test
  void leavesAReportedClauseThatIsMostlyItsQuotationToTheQuotation() {
    String text = "Tomas Berg said the army \"will hold every street of the old town until the very last day.\"";
    List<SpeakerClaim> claims = claims(text);
    claimFor(claims, text, "will hold every street of the old town until the very last day.");
    assertThat(claims).noneSatisfy(c -> assertThat(c.mode()).isEqualTo(Mode.INDIRECT));
  }

  @Test
  void attributesQuoteFollowedBySpeakerAndSaid() {
    String text = "\"The bridge will be rebuilt by spring,\" Mayor Anna Kovalenko said.";
    SpeakerClaim c = claimFor(claims(text), text, "The bridge will be rebuilt by spring,");
    assertThat(c.mode()).isEqualTo(Mode.DIRECT);
    assertThat(c.cue()).isEqualTo("say");
    assertThat(c.speaker().name()).isEqualTo("Anna Kovalenko");
    assertThat(c.speaker().kind()).isEqualTo(SourceKind.PERSON);
  }

  @Test
  void attributesQuoteFollowedBySaidAndSpeaker() {
    String text = "\"We have enough fuel for a week,\" said Defence Minister Pavel Orlov.";
    SpeakerClaim c = claimFor(claims(text), text, "We have enough fuel for a week,");
    assertThat(c.mode()).isEqualTo(Mode.DIRECT);
    assertThat(c.speaker().name()).isEqualTo("Pavel Orlov");
    assertThat(c.speaker().title()).isEqualTo("Defence Minister");
  }

  @Test
  void findsTheSpeakerAfterTheVerbPastAParticipleModifier() {
    String text = "\u201CHold my hand,\u201D exclaimed a weeping boy who was leaving the village.";
    SpeakerClaim c = claimFor(claims(text), text, "Hold my hand,");
    assertThat(c.speaker().name()).isEqualTo("weeping boy");
  }

  @Test
  void attributesQuoteAfterSpeakerSaidComma() {
    String text = "Tomas Berg said, \"The shelling stopped at dawn.\"";
    SpeakerClaim c = claimFor(claims(text), text, "The shelling stopped at dawn.");
    assertThat(c.mode()).isEqualTo(Mode.DIRECT);
    assertThat(c.speaker().name()).isEqualTo("Tomas Berg");
  }

  @Test
  void attributesQuoteAfterSpeakerVerbColon() {
    String text = "General Tomas Berg told the committee: \u201COur lines are holding.\u201D";
    SpeakerClaim c = claimFor(claims(text), text, "Our lines are holding.");
    assertThat(c.cue()).isEqualTo("tell");
    assertThat(c.speaker().name()).isEqualTo("Tomas Berg");
  }

  @Test
  void attributesQuoteWhenAnAppositiveSeparatesSpeakerAndVerb() {
    String text = "Maria Santos, the agency's chief economist, said \"prices will keep rising this winter.\"";
    SpeakerClaim c = claimFor(claims(text), text, "prices will keep rising this winter.");
    assertThat(c.mode()).isEqualTo(Mode.DIRECT);
    assertThat(c.speaker().name()).isEqualTo("Maria Santos");
    assertThat(c.speaker().title()).isEqualTo("agency's chief economist");
  }

  @Test
  void splitsQuoteIntoTwoClaimsWithOneSpeaker() {
    String text = "\u201CThe convoy arrived at noon,\u201D Colonel Ivan Petrov said. \u201CIt carried medicine and water.\u201D";
    List<SpeakerClaim> claims = claims(text);
    SpeakerClaim first = claimFor(claims, text, "The convoy arrived at noon,");
    SpeakerClaim second = claimFor(claims, text, "It carried medicine and water.");
    assertThat(first.speaker().name()).isEqualTo("Ivan Petrov");
    assertThat(second.speaker().name()).isEqualTo("Ivan Petrov");
    assertThat(second.mode()).isEqualTo(Mode.DIRECT);
  }

  @Test
  void keepsSingleQuotesInsideDoubleQuotesInTheSpan() {
    String text = "\u201CThey called it \u2018a pause\u2019 but it never ended,\u201D Pavel Orlov said.";
    List<SpeakerClaim> claims = claims(text);
    SpeakerClaim c = claimFor(claims, text, "They called it \u2018a pause\u2019 but it never ended,");
    assertThat(c.speaker().name()).isEqualTo("Pavel Orlov");
    assertThat(claims).hasSize(1);
  }

  @Test
  void readsWireCopyQuotedInSingleMarks() {
    String text = "'We will not leave our shops,' said Amir Haddad, a trader in the old market.";
    SpeakerClaim c = claimFor(claims(text), text, "We will not leave our shops,");
    assertThat(c.mode()).isEqualTo(Mode.DIRECT);
    assertThat(c.speaker().name()).isEqualTo("Amir Haddad");
  }

  @Test
  void joinsQuoteThatRunsOverParagraphsIntoOneClaim() {
    String text = "Pavel Orlov said: \u201CThe first convoy came at night.\n\n\u201CThe second one never arrived.\u201D";
    List<SpeakerClaim> claims = claims(text);
    SpeakerClaim c = claimFor(claims, text, "The first convoy came at night.\n\n\u201CThe second one never arrived.");
    assertThat(c.speaker().name()).isEqualTo("Pavel Orlov");
    assertThat(claims).hasSize(1);
  }

  @Test
  void endsAnUnclosedQuoteAtItsParagraph() {
    String text = "The mayor said: \"The water is back in every district.\n\nIn other news, the market reopened on Monday.";
    List<SpeakerClaim> claims = claims(text);
    SpeakerClaim c = claimFor(claims, text, "The water is back in every district.");
    assertThat(c.speaker().name()).isEqualTo("mayor");
    assertThat(claims).allSatisfy(x -> assertThat(x.end()).isLessThanOrEqualTo(text.indexOf("In other")));
  }

  @Test
  void ignoresReportedSpeechInsideAQuote() {
    String text = "\u201CI cannot say that the war is over,\u201D Pavel Orlov said.";
    List<SpeakerClaim> claims = claims(text);
    claimFor(claims, text, "I cannot say that the war is over,");
    assertThat(claims).hasSize(1);
  }

  @Test
  void leavesARelayedQuoteToItsOwnSpeakerNotToTheOutletThatRelaysIt() {
    String text = "\u201CThe shelters are full,\u201D said nurse Ivan Petrov, according to a video from the agency.";
    SpeakerClaim c = claimFor(claims(text), text, "The shelters are full,");
    assertThat(c.speaker().name()).isEqualTo("Ivan Petrov");
  }

  @Test
  void givesAParticipleAfterACommaToTheSubjectOfTheMainClause() {
    String text = "Colonel Ivan Petrov did not explain how the figures for the report were gathered, saying the "
        + "methods were secret.";
    SpeakerClaim c = claimFor(claims(text), text, "the methods were secret");
    assertThat(c.speaker().name()).isEqualTo("Ivan Petrov");
  }

  @Test
  void givesAParticipleToTheClauseItHangsOnWhenTheMainSubjectCannotSpeak() {
    String text = "The move surprised allies after General Omar Haddad promised support, saying the border would "
        + "stay open.";
    SpeakerClaim c = claimFor(claims(text), text, "the border would stay open");
    assertThat(c.speaker().name()).isEqualTo("Omar Haddad");
  }

  // ---- continuations and pronouns ----

  @Test
  void continuesQuoteOnlyParagraphWithPreviousSpeaker() {
    String text = "\u201CThe road is open,\u201D Colonel Ivan Petrov said.\n\n\u201CWe will keep it open until the work is done.\u201D";
    SpeakerClaim c = claimFor(claims(text), text, "We will keep it open until the work is done.");
    assertThat(c.speaker().name()).isEqualTo("Ivan Petrov");
    assertThat(c.speaker().mention()).isNull();
  }

  @Test
  void attributesSheAddedQuoteToPreviousNamedSpeaker() {
    String text = "Foreign Minister Elena Vance said the talks had failed.\n\nShe added, \"Nobody wanted a deal.\"";
    SpeakerClaim c = claimFor(claims(text), text, "Nobody wanted a deal.");
    assertThat(c.cue()).isEqualTo("add");
    assertThat(c.speaker().name()).isEqualTo("Elena Vance");
    assertThat(c.speaker().mention()).isEqualTo("She");
    assertThat(c.speaker().mentionBegin()).isEqualTo(text.indexOf("She"));
  }

  @Test
  void resolvesHeFurtherSaidToTheNearestMaleSpeaker() {
    String text = "Senator John Miller met Ambassador Karen Holt on Monday. Holt said the meeting went well."
        + "\n\nHe further said that the embassy would stay closed.";
    SpeakerClaim c = claimFor(claims(text), text, "the embassy would stay closed");
    assertThat(c.mode()).isEqualTo(Mode.INDIRECT);
    assertThat(c.speaker().name()).isEqualTo("John Miller");
    assertThat(c.speaker().mention()).isEqualTo("He");
  }

  @Test
  void neverResolvesPronounPastAnInterveningSpeaker() {
    String text = "Peter Lang said the dam was safe. Mark Doyle said the dam was cracked.\n\nHe added, \"Engineers are on the way.\"";
    SpeakerClaim c = claimFor(claims(text), text, "Engineers are on the way.");
    assertThat(c.speaker().name()).isEqualTo("Mark Doyle");
  }

  @Test
  void namesSpeakerByFullestNameAndKeepsTitle() {
    String text = "Defense Secretary Laura Kim visited the base on Tuesday. Kim said the troops were ready.";
    SpeakerClaim c = claimFor(claims(text), text, "the troops were ready");
    assertThat(c.speaker().name()).isEqualTo("Laura Kim");
    assertThat(c.speaker().mention()).isEqualTo("Kim");
    assertThat(c.speaker().title()).isEqualTo("Defense Secretary");
  }

  @Test
  void takesCountryFromNationalityWordInTitle() {
    String text = "Ukrainian President Viktor Marchenko said the talks were useful.";
    SpeakerClaim c = claimFor(claims(text), text, "the talks were useful");
    assertThat(c.speaker().title()).isEqualTo("Ukrainian President");
    assertThat(c.speaker().country()).isEqualTo("UA");
  }

  @Test
  void takesTitleFromAnAppositiveAfterTheName() {
    String text = "Lena Hart, the alliance's secretary-general, said that the deployment was confirmed.";
    SpeakerClaim c = claimFor(claims(text), text, "the deployment was confirmed");
    assertThat(c.speaker().name()).isEqualTo("Lena Hart");
    assertThat(c.speaker().title()).isEqualTo("alliance's secretary-general");
  }

  @Test
  void neverTakesTheAddresseeOfToldAsTheSpeaker() {
    String text = "\u201CWe were not warned,\u201D Omar Saleh, a farmer near the border, told Reuters.";
    SpeakerClaim c = claimFor(claims(text), text, "We were not warned,");
    assertThat(c.speaker().name()).isEqualTo("Omar Saleh");
    assertThat(c.cue()).isEqualTo("tell");
  }

  @Test
  void namesTheSubjectNotTheNounOfItsModifier() {
    String text = "One aid worker contacted by the Tribune said the clinic had run out of insulin.";
    SpeakerClaim c = claimFor(claims(text), text, "the clinic had run out of insulin");
    assertThat(c.speaker().name()).endsWith("worker");
  }

  @Test
  void treatsAStateActingAsACountrySpeaker() {
    String text = "Turkey said its troops would stay in the buffer zone.";
    SpeakerClaim c = claimFor(claims(text), text, "its troops would stay in the buffer zone");
    assertThat(c.speaker().kind()).isEqualTo(SourceKind.COUNTRY);
    assertThat(c.speaker().country()).isEqualTo("TR");
  }

  // ---- indirect statements ----

  @Test
  void reportsClauseAfterSaidThatWithoutThat() {
    String text = "The ministry said that three bridges were destroyed overnight.";
    SpeakerClaim c = claimFor(claims(text), text, "three bridges were destroyed overnight");
    assertThat(c.mode()).isEqualTo(Mode.INDIRECT);
    assertThat(c.cue()).isEqualTo("say");
    assertThat(c.speaker().name()).isEqualTo("ministry");
    assertThat(c.speaker().kind()).isEqualTo(SourceKind.ORGANIZATION);
  }

  @Test
  void readsAPastVerbTheTaggerTookForAParticiple() {
    String text = "Police spokesman Ivan Petrov said the gunman targeted voters who had queued to register.";
    SpeakerClaim c = claimFor(claims(text), text, "the gunman targeted voters who had queued to register");
    assertThat(c.speaker().name()).isEqualTo("Ivan Petrov");
  }

  @Test
  void reportsAClauseThatOpensWithAPreposition() {
    String text = "The agency report said at least 400 people had fled the valley.";
    SpeakerClaim c = claimFor(claims(text), text, "at least 400 people had fled the valley");
    assertThat(c.speaker().name()).endsWith("report");
  }

  @Test
  void keepsAVerbCoordinatedInsideTheReportedClause() {
    String text = "Witness Ivan Petrov told the radio he heard a blast and ran to the square.";
    claimFor(claims(text), text, "he heard a blast and ran to the square");
  }

  @Test
  void endsTheReportedClauseWhereTheSpeakersOwnVerbGoesOn() {
    String text = "Mayor Anna Berg said the bridge was closed and asked drivers to wait.";
    claimFor(claims(text), text, "the bridge was closed");
    String again = "The governor has said that the border could reopen, but has also said that the curfew stays.";
    List<SpeakerClaim> claims = claims(again);
    claimFor(claims, again, "the border could reopen");
    claimFor(claims, again, "the curfew stays");
  }

  @Test
  void splitsTwoThatClausesUnderOneVerb() {
    String text = "The army said that the town was retaken and that two soldiers were wounded.";
    List<SpeakerClaim> claims = claims(text);
    claimFor(claims, text, "the town was retaken");
    SpeakerClaim second = claimFor(claims, text, "two soldiers were wounded");
    assertThat(second.speaker().name()).isEqualTo("army");
  }

  @Test
  void reportsClauseBeforeSentenceFinalAttribution() {
    String text = "Four villages lost power after the strike, the UN says.";
    SpeakerClaim c = claimFor(claims(text), text, "Four villages lost power after the strike");
    assertThat(c.mode()).isEqualTo(Mode.INDIRECT);
    assertThat(c.speaker().name()).isEqualTo("UN");
  }

  @Test
  void reportsClauseAttributedWithAccordingTo() {
    String text = "Twelve trucks crossed the border on Sunday, according to the Red Cross.";
    SpeakerClaim c = claimFor(claims(text), text, "Twelve trucks crossed the border on Sunday");
    assertThat(c.cue()).isEqualTo("according to");
    assertThat(c.speaker().name()).isEqualTo("Red Cross");
  }

  @Test
  void reportsClauseAfterToldReporters() {
    String text = "Colonel Ivan Petrov told reporters on Friday that the road was open again.";
    SpeakerClaim c = claimFor(claims(text), text, "the road was open again");
    assertThat(c.cue()).isEqualTo("tell");
    assertThat(c.speaker().name()).isEqualTo("Ivan Petrov");
  }

  @Test
  void reportsClauseAfterSaidInAStatement() {
    String text = "The Defence Ministry said in a statement that its air defences had shot down six drones.";
    SpeakerClaim c = claimFor(claims(text), text, "its air defences had shot down six drones");
    assertThat(c.speaker().name()).isEqualTo("Defence Ministry");
  }

  @Test
  void reportsClauseOfPassiveQuotedAsSaying() {
    String text = "Pavel Orlov was quoted as saying the convoy had reached the city.";
    SpeakerClaim c = claimFor(claims(text), text, "the convoy had reached the city");
    assertThat(c.speaker().name()).isEqualTo("Pavel Orlov");
    assertThat(c.mode()).isEqualTo(Mode.INDIRECT);
  }

  @Test
  void treatsNewsOutletsAsSpeakers() {
    String text = "Reuters reported that the airport was closed.";
    SpeakerClaim c = claimFor(claims(text), text, "the airport was closed");
    assertThat(c.speaker().kind()).isEqualTo(SourceKind.OUTLET);
    assertThat(c.cue()).isEqualTo("report");
  }

  @Test
  void readsReportingVerbsFromTheLexicon() {
    String text = "The farmer grumbled that nobody had paid for the damaged fields.";
    SpeakerClaim c = claimFor(claims(text), text, "nobody had paid for the damaged fields");
    assertThat(c.cue()).isEqualTo("grumble");
  }

  // ---- quotes inside reported clauses ----

  @Test
  void keepsOnlyTheDirectClaimWhenAStatementIsQuotedInAReportedClause() {
    String text = "The minister warned that \"the next winter will be the hardest yet.\"";
    List<SpeakerClaim> claims = claims(text);
    SpeakerClaim c = claimFor(claims, text, "the next winter will be the hardest yet.");
    assertThat(c.mode()).isEqualTo(Mode.DIRECT);
    assertThat(c.speaker().name()).isEqualTo("minister");
    assertThat(claims).hasSize(1);
  }

  @Test
  void keepsTheReportedClauseAroundAShortQuotedPhrase() {
    String text = "The envoy said the plan was \"dead on arrival\" and would not be revived.";
    SpeakerClaim c = claimFor(claims(text), text, "the plan was \"dead on arrival\" and would not be revived");
    assertThat(c.mode()).isEqualTo(Mode.INDIRECT);
    assertThat(c.speaker().name()).isEqualTo("envoy");
  }

  @Test
  void skipsHeadlinesAndLinksWhateverTheirWording() {
    String text = "Rebels say the dam has burst\n\nALSO READ: Officials say 40 villages are flooded\n\n"
        + "The governor said the dam had held.";
    List<SpeakerClaim> claims = claims(text);
    claimFor(claims, text, "the dam had held");
    assertThat(claims).hasSize(1);
  }

  @Test
  void skipsPhotoCaptionsThatEndInACredit() {
    String text = "Smoke rises over Kharkiv after shelling on Monday, officials said. (AP Photo/Jane Doe)\n\n"
        + "The mayor said the school had been hit.";
    List<SpeakerClaim> claims = claims(text);
    claimFor(claims, text, "the school had been hit");
    assertThat(claims).hasSize(1);
  }

  @Test
  void skipsRelatedStoryTeasers() {
    String text = "Troops will leave the border, says defence minister Read more\n\n"
        + "The minister said the troops would leave by June.";
    List<SpeakerClaim> claims = claims(text);
    claimFor(claims, text, "the troops would leave by June");
    assertThat(claims).hasSize(1);
  }

  @Test
  void attributesNothingInAnArticleWithoutStatements() {
    String text = "The river rose overnight. Three roads were closed and the market stayed shut.";
    assertThat(claims(text)).isEmpty();
  }
  // ---- confidence by how the speaker was found ----

  @Test
  void confidenceIsHighestForASpeakerTheReportingWordNames() {
    String text = "Mayor Anna Kovalenko said the bridge would be rebuilt by spring.\n\n"
        + "Doctors said the wards were full. They added that the generators would run out of fuel.";
    List<SpeakerClaim> claims = claims(text);
    assertThat(claimFor(claims, text, "the bridge would be rebuilt by spring").confidence()).isEqualTo(0.9);
    assertThat(claimFor(claims, text, "the wards were full").confidence()).isEqualTo(0.9);
    assertThat(claimFor(claims, text, "the generators would run out of fuel").confidence()).isEqualTo(0.9);
  }

  @Test
  void confidenceIsLowerForASpeakerBorrowedFromAnotherClause() {
    String text = "The garrison withdrew from the town on Monday, saying the position could no longer be held.";
    SpeakerClaim c = claimFor(claims(text), text, "the position could no longer be held");
    assertThat(c.speaker().name()).isEqualTo("garrison");
    assertThat(c.confidence()).isEqualTo(0.75);
  }

  @Test
  void confidenceIsLowestForAQuoteCarriedOverFromAnEarlierParagraph() {
    String text = "\"We will rebuild every house,\" Mayor Anna Kovalenko said. \"Nobody will be left out.\"\n\n"
        + "\"The first families will move back in May.\"";
    List<SpeakerClaim> claims = claims(text);
    assertThat(claimFor(claims, text, "We will rebuild every house,").confidence()).isEqualTo(0.9);
    SpeakerClaim sameParagraph = claimFor(claims, text, "Nobody will be left out.");
    assertThat(sameParagraph.speaker().name()).isEqualTo("Anna Kovalenko");
    assertThat(sameParagraph.confidence()).isEqualTo(0.9);
    SpeakerClaim nextParagraph = claimFor(claims, text, "The first families will move back in May.");
    assertThat(nextParagraph.speaker().name()).isEqualTo("Anna Kovalenko");
    assertThat(nextParagraph.confidence()).isEqualTo(0.5);
  }
  @Test
  void findsTheClauseAfterADateOrAPhraseThatEndsBeforeItsSubject() {
    String text = "A defence ministry spokesman, Oleg Petrenko, said on Monday the rebels had fired 40 shells at the town.";
    SpeakerClaim c = claimFor(claims(text), text, "the rebels had fired 40 shells at the town");
    assertThat(c.speaker().name()).isEqualTo("Oleg Petrenko");

    String other = "Officials said in a statement the bridge had been closed.";
    claimFor(claims(other), other, "the bridge had been closed");

    String morning = "The governor said on Tuesday morning Russian drones had struck a depot.";
    claimFor(claims(morning), morning, "Russian drones had struck a depot");
  }
  @Test
  void reportsTheClauseOfARelativeWhoseSubjectIsTheRelativesNoun() {
    String text = "Rebels shelled a market, which officials said killed at least 12 people.";
    SpeakerClaim c = claimFor(claims(text), text, "killed at least 12 people");
    assertThat(c.speaker().name()).isEqualTo("officials");

    // the clause ends where the sentence's own verb resumes after a comma
    String embedded = "The blast, which a local news site said was the work of a suicide bomber, destroyed the gate.";
    assertThat(claimFor(claims(embedded), embedded, "was the work of a suicide bomber").speaker().name())
        .isEqualTo("local news site");
  }
  @Test
  void aClauseJoinedAfterAccordingToIsTheReportersOwn() {
    String text = "Since March, about 900 shells have hit the town, according to the regional governor, "
        + "and many of those have landed near the hospital on the hill.";
    List<SpeakerClaim> claims = claims(text);
    SpeakerClaim c = claimFor(claims, text, "Since March, about 900 shells have hit the town");
    assertThat(c.speaker().name()).isEqualTo("regional governor");
    assertThat(claims).hasSize(1);
  }

  // ---- relayed statements and documents with an author ----

  @Test
  void aRelayedStatementIsTheQuotedSourcesNotTheRelayers() {
    String text = "The radio station quoted Mayor Ida Novak as saying that the pumping station had been repaired.";
    SpeakerClaim c = claimFor(claims(text), text, "the pumping station had been repaired");
    assertThat(c.speaker().name()).isEqualTo("Ida Novak");
  }

  @Test
  void aRelayedStatementWithCiteTakesTheCitedSource() {
    String text = "The weekly cited border guards as saying the crossing would reopen on Monday.";
    SpeakerClaim c = claimFor(claims(text), text, "the crossing would reopen on Monday");
    assertThat(c.speaker().name()).containsIgnoringCase("border guards");
  }

  @Test
  void aDocumentFromABodySpeaksForThatBody() {
    String text = "According to a statement from the health ministry, four clinics were closed in the valley.";
    SpeakerClaim c = claimFor(claims(text), text, "four clinics were closed in the valley");
    assertThat(c.speaker().name()).containsIgnoringCase("health ministry");
  }

  @Test
  void aDocumentWithoutAnAuthorStaysTheSpeaker() {
    String text = "The statement said that the depot had burned for two days.";
    SpeakerClaim c = claimFor(claims(text), text, "the depot had burned for two days");
    assertThat(c.speaker().name()).containsIgnoringCase("statement");
  }

  // ---- statements introduced by reporting nouns ----

  @Test
  void aReportingNounWithAPossessorReportsItsThatClause() {
    String text = "Engineers doubted the mayor's claim that the reservoir would last until June.";
    SpeakerClaim c = claimFor(claims(text), text, "the reservoir would last until June");
    assertThat(c.speaker().name()).containsIgnoringCase("mayor");
    assertThat(c.cue()).isEqualTo("claim");
  }

  @Test
  void aNominalisationOfAReportingVerbCarriesTheVerbsCue() {
    String text = "The navy's warning that the strait was mined reached the ferry captains late.";
    SpeakerClaim c = claimFor(claims(text), text, "the strait was mined");
    assertThat(c.speaker().name()).containsIgnoringCase("navy");
    assertThat(c.cue()).isEqualTo("warn");
  }

  @Test
  void aReportingNounWithoutItsSpeakerOrWithARelativeClauseGivesNoStatement() {
    assertThat(claims("Observers doubted the claim that the reservoir would last until June.")).isEmpty();
    assertThat(claims("The statement that the navy released on Friday named two ships.")).isEmpty();
  }

  // ---- doubled marks standing for double quotes ----

  @Test
  void aQuoteInDoubledApostrophesIsOneQuotationWithoutItsMarks() {
    String text = "''The ferry will not sail tomorrow,'' said Port Minister Ines Moreau.";
    SpeakerClaim c = claimFor(claims(text), text, "The ferry will not sail tomorrow,");
    assertThat(c.mode()).isEqualTo(Mode.DIRECT);
    assertThat(c.speaker().name()).isEqualTo("Ines Moreau");
  }

  @Test
  void aQuoteInDoubledMarksAfterAColonTakesTheSubject() {
    String text = "Ines Moreau, a harbour master, said: ''The ferry will not sail tomorrow.''";
    SpeakerClaim c = claimFor(claims(text), text, "The ferry will not sail tomorrow.");
    assertThat(c.speaker().name()).isEqualTo("Ines Moreau");
  }

  @Test
  void possessiveApostrophesMakeNoDoubledMarkQuotation() {
    assertThat(claims("The sailors' wages were cut and the pilots' union went on strike.")).isEmpty();
  }

  // ---- statements relayed inside quotations ----

  @Test
  void aNamedSpeakerReportedInsideAQuotationHasItsOwnStatement() {
    String text = "\"The district chief told us that the wells were poisoned,\" said Rosa Lind, a nurse.";
    List<SpeakerClaim> all = claims(text);
    assertThat(claimFor(all, text, "the wells were poisoned").speaker().name()).containsIgnoringCase("district chief");
    SpeakerClaim quote = claimFor(all, text, "The district chief told us that the wells were poisoned,");
    assertThat(quote.speaker().name()).isEqualTo("Rosa Lind");
  }

  @Test
  void aPronounInsideAQuotationReportsNoStatementOfItsOwn() {
    String text = "\"He told us that the wells were poisoned,\" said Rosa Lind, a nurse.";
    assertThat(claims(text)).hasSize(1);
  }

  @Test
  void aRelayedStatementDoesNotTakeOverTheNextQuotation() {
    String text = "\"Farmers said that the wells were poisoned,\" Rosa Lind said. \"Nobody in the village drinks from them now, and the children are sick.\"";
    SpeakerClaim next = claimFor(claims(text), text, "Nobody in the village drinks from them now, and the children are sick.");
    assertThat(next.speaker().name()).isEqualTo("Rosa Lind");
  }

  // ---- findings and the nearer of two subjects ----

  @Test
  void aFindingThatIsTheFindersStatement() {
    String text = "A report by the press council found that three reporters had been detained without charge.";
    SpeakerClaim c = claimFor(claims(text), text, "three reporters had been detained without charge");
    assertThat(c.speaker().name()).containsIgnoringCase("press council");
    assertThat(c.cue()).isEqualTo("find");
  }

  @Test
  void findingSomethingIsNoStatement() {
    assertThat(claims("Divers found the missing boat near the harbour, the coast guard's officers said nothing.")
        .stream().filter(c -> c.cue().equals("find"))).isEmpty();
  }

  @Test
  void aLeadingCitingPhraseIsNotTheSpeaker() {
    String text = "Citing port officials, the broadcaster said that the grain ships had left the harbour.";
    SpeakerClaim c = claimFor(claims(text), text, "the grain ships had left the harbour");
    assertThat(c.speaker().name()).containsIgnoringCase("broadcaster");
  }

  // ---- name spans and coordinated verbs (session 5) ----

  @Test
  void aTitleThatTheParserMadeTheHeadGivesTheNamedPerson() {
    String text = "In a post on Monday, U.N. Special Envoy for Sudan Maria Lindqvist did not mention the strike, but said: "
        + "\"Violence must stop now and all sides must return to the table.\"";
    SpeakerClaim c = claimFor(claims(text), text, "Violence must stop now and all sides must return to the table.");
    assertThat(c.speaker().name()).isEqualTo("Maria Lindqvist");
  }

  @Test
  void aLowerCaseDescriptionBeforeANameIsSomeoneElse() {
    String text = "A spokesman for President Tomas Varga said that the talks had been postponed until March.";
    SpeakerClaim c = claimFor(claims(text), text, "the talks had been postponed until March");
    assertThat(c.speaker().name()).isEqualTo("spokesman");
  }

  @Test
  void anInvertedOutletKeepsItsHyphenatedModifier() {
    String text = "The operation relies on drones and radar data, reports the state-run Tass news agency.";
    SpeakerClaim c = claimFor(claims(text), text, "The operation relies on drones and radar data");
    assertThat(c.speaker().name()).endsWith("Tass news agency");
  }

  @Test
  void anOrganisationIsNamedByItsWholeTaggedName() {
    String text = "The two aid workers were held for a month. The prisoners would be freed on Monday, according to "
        + "Friends of Relief, the charity that arranged the talks.";
    SpeakerClaim c = claimFor(claims(text), text, "The prisoners would be freed on Monday");
    assertThat(c.speaker().name()).isEqualTo("Friends of Relief");
  }

  @Test
  void aTimePhraseAfterTheSubjectIsNotTheSpeaker() {
    String text = "A report by the defence committee released today concluded that the base was poorly guarded on the night of the attack.";
    SpeakerClaim c = claimFor(claims(text), text, "the base was poorly guarded on the night of the attack");
    assertThat(c.speaker().name()).containsIgnoringCase("committee");
  }

  @Test
  void aVerbJoinedToAVerbInsideAReportedClauseSpeaksForTheReporter() {
    String text = "Mayor Tom Reyes added that the city would not stay silent if the rebels continued attacks and warned "
        + "that the army would respond with full force.";
    SpeakerClaim c = claimFor(claims(text), text, "the army would respond with full force");
    assertThat(c.speaker().name()).isEqualTo("Tom Reyes");
  }

  @Test
  void aQuotationCreditedByAccordingToAfterItIsThatSourcesStatement() {
    String text = "The minister defended the guards on Tuesday.\n\n\"The guards left the gate unlocked for two nights and "
        + "nobody checked the cameras,\" according to the 40-page report.";
    SpeakerClaim c = claimFor(claims(text), text, "The guards left the gate unlocked for two nights and nobody checked the cameras,");
    assertThat(c.speaker().name()).endsWith("report");
    assertThat(c.mode()).isEqualTo(Mode.DIRECT);
  }

  @Test
  void aQuotationAfterAccordingToXIsXsStatement() {
    String text = "The army spokesman said the road was open.\n\nAccording to Colonel Ray Dunn, \"the bridge was destroyed "
        + "before dawn and nobody crossed it.\"";
    SpeakerClaim c = claimFor(claims(text), text, "the bridge was destroyed before dawn and nobody crossed it.");
    assertThat(c.speaker().name()).isEqualTo("Ray Dunn");
  }

  @Test
  void aQuotationInASentenceAboutANamedPersonIsThatPersonsNotThePreviousSpeakers() {
    String text = "The Red Cross estimated last week that 300 people had died in the valley. And Kell again criticized "
        + "the rebels for wanting to \"destroy every village in the valley\" and hiding among civilians.";
    SpeakerClaim c = claimFor(claims(text), text, "destroy every village in the valley");
    assertThat(c.speaker().name()).isEqualTo("Kell");
  }

  @Test
  void aQuotationInASentenceAboutAThingContinuesThePreviousSpeaker() {
    String text = "Colonel Ivo Marsh said the town was quiet in the morning. The shelling resumed at night, \"and we "
        + "could not sleep because the windows were shaking.\"";
    SpeakerClaim c = claimFor(claims(text), text, "and we could not sleep because the windows were shaking.");
    assertThat(c.speaker().name()).isEqualTo("Ivo Marsh");
  }

  @Test
  void theRelativePronounOfAReportingVerbIsThePersonItDescribes() {
    String text = "Several senators attacked the plan, including Sen. Ann Pryor, who said she had \"serious doubts "
        + "about whether the army can do this at all.\"";
    SpeakerClaim c = claimFor(claims(text), text, "serious doubts about whether the army can do this at all.");
    assertThat(c.speaker().name()).isEqualTo("Ann Pryor");
  }

  @Test
  void theyAfterTwoNamedPeopleIsThemNotADocument() {
    String text = "Democrats on the panel believe the new report ends the dispute.\n\n\"This report should finally end the "
        + "dispute over the bridge,\" Mayor Lin Ortiz and Councillor Ben Sato wrote in a statement.\n\n\"It is time to "
        + "move forward and rebuild the bridge,\" they wrote.";
    SpeakerClaim c = claimFor(claims(text), text, "It is time to move forward and rebuild the bridge,");
    assertThat(c.speaker().name()).isNotEqualTo("new report").isIn("Lin Ortiz", "Ben Sato");
  }

  @Test
  void aVerbJoinedToAReportingVerbInsideAReportedClauseSpeaksForTheOutermostReporter() {
    String text = "Prime Minister Jan Novak said this week that the country would formally declare its wish to leave "
        + "the pact by the end of May and suggested that it would close its border to trade.";
    SpeakerClaim c = claimFor(claims(text), text, "it would close its border to trade");
    assertThat(c.speaker().name()).isEqualTo("Jan Novak");
  }

  @Test
  void aQuotedQuestionIsCreditedByTheShortSentenceAfterIt() {
    String text = "\"Every time you repeat that, you help the other side,\" Lena Holm said.\n\n\"Why were the shelters "
        + "closed before the storm reached the coast?\" Tomas Ek demanded.";
    SpeakerClaim c = claimFor(claims(text), text, "Why were the shelters closed before the storm reached the coast?");
    assertThat(c.speaker().name()).isEqualTo("Tomas Ek");
  }

  @Test
  void aNamedPersonQuotedInsideAnotherReportedClauseKeepsTheQuotation() {
    String text = "When the mayor noted that the port had paid no tax for years, Governor Ivo Marsh boasted, "
        + "\"That makes me a careful manager of public money.\"";
    SpeakerClaim c = claimFor(claims(text), text, "That makes me a careful manager of public money.");
    assertThat(c.speaker().name()).isEqualTo("Ivo Marsh");
  }

  @Test
  void aRecordingOfSomeoneSayingIsThatPersonsStatement() {
    String text = "The new advert ends with footage of Governor Ana Lee saying during a rally, \"We will win this war "
        + "before the winter,\" as the crowd cheers.";
    SpeakerClaim c = claimFor(claims(text), text, "We will win this war before the winter,");
    assertThat(c.speaker().name()).isEqualTo("Ana Lee");
  }
}
