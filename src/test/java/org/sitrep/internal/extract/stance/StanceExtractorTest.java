package org.sitrep.internal.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceAct;
import org.sitrep.claim.StanceClaim;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.extract.Statements;
import org.sitrep.nlp.Document;

class StanceExtractorTest {

  private static final StanceExtractor EXTRACTOR = new StanceExtractor();

  private static List<StanceClaim> stances(String text) {
    Document doc = SharedSitrep.annotate(text);
    return EXTRACTOR.extract(doc, ArticleKnowledge.of(doc));
  }

  private static StanceClaim only(String text) {
    List<StanceClaim> claims = stances(text);
    assertThat(claims).as("stances in: %s", text).hasSize(1);
    return claims.get(0);
  }

  private static void assertSpan(StanceClaim c, String text, String expected) {
    int begin = text.indexOf(expected);
    assertThat(c.begin()).isEqualTo(begin);
    assertThat(c.end()).isEqualTo(begin + expected.length());
    assertThat(c.text()).isEqualTo(expected);
  }

  @Test
  void condemnationTargetsTheOwnerOfTheCondemnedDecision() {
    String text = "Minister Ana Ruiz condemned Norway's decision to close the border.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Ana Ruiz");
    assertThat(c.speaker().mentionBegin()).isEqualTo(text.indexOf("Ana Ruiz"));
    assertThat(c.target().name()).isEqualTo("Norway");
    assertThat(c.target().kind()).isEqualTo(SourceKind.COUNTRY);
    assertThat(c.target().country()).isEqualTo("NO");
    assertThat(c.stance()).isEqualTo(StanceAct.CONDEMN);
    assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(c.cue()).isEqualTo("condemn");
    assertSpan(c, text, "condemned Norway's decision");
  }

  @Test
  void passiveCondemnationIsHeldByItsAgent() {
    String text = "The raid on the village was condemned by Carla Mendes.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Carla Mendes");
    assertThat(c.target().mention()).isEqualTo("The raid on the village");
    assertSpan(c, text, "The raid on the village was condemned");
  }

  @Test
  void passiveWithoutAgentGivesNoClaim() {
    assertThat(stances("The raid on the village was condemned.")).isEmpty();
  }

  @Test
  void accusationTargetsTheAccusedNotTheCharge() {
    String text = "Norway accused Sweden of hiding the report.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Norway");
    assertThat(c.speaker().kind()).isEqualTo(SourceKind.COUNTRY);
    assertThat(c.target().name()).isEqualTo("Sweden");
    assertThat(c.target().country()).isEqualTo("SE");
    assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
    assertSpan(c, text, "accused Sweden");
  }

  @Test
  void warningTargetsTheWarnedGroup() {
    String text = "Lars Holm warned the rebels against new attacks.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Lars Holm");
    assertThat(c.target().kind()).isEqualTo(SourceKind.GROUP);
    assertThat(c.stance()).isEqualTo(StanceAct.WARN);
    assertSpan(c, text, "warned the rebels");
  }

  @Test
  void holderGroupTakesTheCountryOfItsNationalityWord() {
    StanceClaim c = only("Chilean officials warned that the dam could burst.");

    assertThat(c.speaker().name()).isEqualTo("Chilean officials");
    assertThat(c.speaker().kind()).isEqualTo(SourceKind.GROUP);
    assertThat(c.speaker().country()).isEqualTo("CL");
  }

  @Test
  void callOnTargetsTheAddresseeWithNeutralPolarity() {
    String text = "Omar Haddad called on Chile to reopen the border.";
    StanceClaim c = only(text);

    assertThat(c.target().name()).isEqualTo("Chile");
    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
    assertThat(c.polarity()).isEqualTo(Polarity.NEUTRAL);
    assertThat(c.cue()).isEqualTo("call on");
    assertSpan(c, text, "called on Chile");
  }

  @Test
  void confirmedEventIsAPropositionTarget() {
    String text = "General Tom Reed confirmed the arrival of the convoy in the capital.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Tom Reed");
    assertThat(c.target().kind()).isEqualTo(SourceKind.CLAIM);
    assertThat(c.stance()).isEqualTo(StanceAct.CONFIRM);
    assertThat(c.polarity()).isEqualTo(Polarity.NEUTRAL);
    assertSpan(c, text, "confirmed the arrival of the convoy in the capital");
  }

  @Test
  void deniedThatClauseIsAPropositionTarget() {
    String text = "Moldova denied that its troops had crossed the river.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Moldova");
    assertThat(c.target().kind()).isEqualTo(SourceKind.CLAIM);
    assertThat(c.stance()).isEqualTo(StanceAct.DENY);
    assertThat(c.text()).startsWith("denied that its troops");
  }

  @Test
  void rejectedReportsAreADenial() {
    StanceClaim c = only("The minister rejected reports that the army had retreated.");

    assertThat(c.stance()).isEqualTo(StanceAct.DENY);
  }

  @Test
  void pronounHolderResolvesToThePersonNamedBefore() {
    String text = "Maria Lopez spoke in Lima on Monday. She criticized the new curfew.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Maria Lopez");
    assertThat(c.speaker().mention()).isEqualTo("She");
    assertThat(c.speaker().mentionBegin()).isEqualTo(text.indexOf("She"));
    assertSpan(c, text, "criticized the new curfew");
  }

  @Test
  void surnameHolderTakesTheFullestNameOfTheArticle() {
    String text = "Maria Lopez arrived in Lima on Monday. Lopez praised the firefighters.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Maria Lopez");
    assertThat(c.stance()).isEqualTo(StanceAct.PRAISE);
    assertThat(c.polarity()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void firstPersonInsideQuotationIsHeldByTheQuotedSpeaker() {
    String text = "\"I am surprised by Norway's silence,\" said Anna Berg.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Anna Berg");
    assertThat(c.target().name()).isEqualTo("Norway");
    assertThat(c.stance()).isEqualTo(StanceAct.CRITICIZE);
    assertThat(c.cue()).isEqualTo("surprised");
    assertSpan(c, text, "surprised by Norway's silence");
  }

  @Test
  void firstPersonInsideAStatementTakesTheStatementsSpeaker() {
    String text = "The envoy ended the visit. \"We cannot tolerate attacks on hospitals.\"";
    Document doc = SharedSitrep.annotate(text);
    int begin = text.indexOf("We cannot");
    int end = text.indexOf(".\"") + 1;
    Source envoy = new Source("Ines Moreau", SourceKind.PERSON, "envoy", null, null, null, null);
    SpeakerClaim statement = new SpeakerClaim("q1", envoy, begin, end, text.substring(begin, end), 1, 0.9,
        null, Mode.DIRECT, "say");

    List<StanceClaim> claims = EXTRACTOR.extract(doc, ArticleKnowledge.of(doc).withStatements(Statements.of(List.of(statement))));

    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.speaker().name()).isEqualTo("Ines Moreau");
      assertThat(c.statement()).isEqualTo("q1");
      assertThat(c.stance()).isEqualTo(StanceAct.CONDEMN);
      assertThat(c.cue()).isEqualTo("tolerate");
    });
  }

  /** The stances of {@code text} when {@code content} is a statement of Ines Moreau in that mode. */
  private static List<StanceClaim> stancesInStatement(String text, String content, Mode mode) {
    Document doc = SharedSitrep.annotate(text);
    int begin = text.indexOf(content);
    Source envoy = new Source("Ines Moreau", SourceKind.PERSON, "envoy", null, null, null, null);
    SpeakerClaim statement = new SpeakerClaim("q1", envoy, begin, begin + content.length(), content,
        doc.sentenceIndexAt(begin), 0.9, null, mode, "say");
    return EXTRACTOR.extract(doc, ArticleKnowledge.of(doc).withStatements(Statements.of(List.of(statement))));
  }

  @Test
  void actOfAThirdPartyInsideAQuotationIsTheQuotedSpeakers() {
    String text = "\"Portugal firmly backs the truce talks,\" Ines Moreau said.";
    List<StanceClaim> claims = stancesInStatement(text, "Portugal firmly backs the truce talks,", Mode.DIRECT);

    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.speaker().name()).isEqualTo("Ines Moreau");
      assertThat(c.stance()).isEqualTo(StanceAct.SUPPORT);
      assertThat(c.cue()).isEqualTo("back");
    });
  }

  @Test
  void actOfAThirdPartyInAReportedClauseKeepsItsSubject() {
    String text = "Ines Moreau said that Portugal firmly backs the truce talks.";
    List<StanceClaim> claims = stancesInStatement(text, "Portugal firmly backs the truce talks", Mode.INDIRECT);

    assertThat(claims).singleElement().satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Portugal"));
  }

  @Test
  void actWhoseSubjectCannotHoldInsideAQuotationIsTheQuotedSpeakers() {
    String text = "\"The findings demand a swift response from the council,\" Ines Moreau said.";
    List<StanceClaim> claims = stancesInStatement(text, "The findings demand a swift response from the council,",
        Mode.DIRECT);

    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.speaker().name()).isEqualTo("Ines Moreau");
      assertThat(c.stance()).isEqualTo(StanceAct.URGE);
    });
    assertThat(stances("The findings demand a swift response from the council.")).isEmpty();
  }

  @Test
  void personNounOutsideTheHolderListActs() {
    String text = "Three council members urged Norway to reopen the crossing.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).endsWith("members");
    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
    assertThat(c.target().name()).isEqualTo("Norway");
  }

  @Test
  void describingVerbInsideAQuotationIsTheQuotedSpeakers() {
    String text = "\"The families of the valley hold the militia responsible for the shelling,\" Ines Moreau said.";
    List<StanceClaim> claims = stancesInStatement(text,
        "The families of the valley hold the militia responsible for the shelling,", Mode.DIRECT);

    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.speaker().name()).isEqualTo("Ines Moreau");
      assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
    });
  }

  @Test
  void describingVerbWithTwoObjectsTargetsTheFirst() {
    String text = "Norway and Sweden deem the Valley Front a terrorist group.";
    List<StanceClaim> claims = stances(text);

    assertThat(claims).anySatisfy(c -> {
      assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
      assertThat(c.target().name()).contains("Valley Front");
    });
  }

  @Test
  void quantityOfHoldersActsThroughItsOfPhrase() {
    String text = "A number of European governments called for a ceasefire.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).endsWith("governments");
    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
  }

  @Test
  void verbUnderACopulaIsSaidOfItsSubjectByTheReporter() {
    String text = "Ines Moreau said that the rebels were to blame for the blast.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Ines Moreau");
    assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
    assertThat(c.target().name()).contains("rebels");
  }

  @Test
  void feelingParticipleIsHeldByItsExperiencer() {
    String text = "Troops at the border were surprised by the order to leave.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).containsIgnoringCase("troops");
    assertThat(c.stance()).isEqualTo(StanceAct.CRITICIZE);
  }

  @Test
  void nounActAfterACommaIsAParticipleOfTheClause() {
    String text = "Ana Ruiz spoke to reporters on Monday, warning of hard months ahead.";
    List<StanceClaim> claims = stances(text);

    assertThat(claims).anySatisfy(c -> {
      assertThat(c.speaker().name()).isEqualTo("Ana Ruiz");
      assertThat(c.stance()).isEqualTo(StanceAct.WARN);
      assertThat(c.text()).startsWith("warning of");
    });
  }

  @Test
  void evaluativeWordInReportedClauseIsHeldByTheReporter() {
    String text = "Ana Ruiz said that Norway had thwarted the peace talks.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Ana Ruiz");
    assertThat(c.target().name()).isEqualTo("Norway");
    assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
    assertSpan(c, text, "Norway had thwarted");
  }

  @Test
  void evaluativeWordInTheArticlesOwnVoiceGivesNoClaim() {
    assertThat(stances("The brutal siege of the town lasted a month.")).isEmpty();
  }

  @Test
  void describedAsIsHeldByTheDescriber() {
    String text = "The militia described the pullout as a betrayal.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("militia");
    assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
    assertSpan(c, text, "described the pullout as a betrayal");
  }

  @Test
  void nounCueIsHeldByTheSubjectOfItsLightVerb() {
    String text = "Lars Holm issued a warning about the flooding of the valley.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Lars Holm");
    assertThat(c.stance()).isEqualTo(StanceAct.WARN);
    assertSpan(c, text, "warning about the flooding of the valley");
  }

  @Test
  void negatedCueGivesNoClaim() {
    assertThat(stances("Carla Mendes did not condemn the raid on the village.")).isEmpty();
    assertThat(stances("Carla Mendes never praised the mayor.")).isEmpty();
  }

  @Test
  void refusingToConfirmGivesNoClaim() {
    assertThat(stances("General Tom Reed refused to confirm the arrival of the convoy.")).isEmpty();
  }

  @Test
  void inanimateSubjectHoldsNoStance() {
    assertThat(stances("The flooding threatens to ruin the harvest.")).isEmpty();
  }

  @Test
  void titleHolderTakesThePersonItNames() {
    String text = "The foreign secretary, Lena Dahl, on Friday rejected reports that the embassy had closed.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Lena Dahl");
    assertThat(c.speaker().mentionBegin()).isEqualTo(text.indexOf("Lena Dahl"));
  }

  @Test
  void possessedEvaluativeWordIsANounNotAStance() {
    assertThat(stances("\"Defending the harbour is our right,\" said Ana Ruiz.")).isEmpty();
  }

  @Test
  void definiteTitleHolderNamesTheOnePersonWithThatTitle() {
    String text = "President Lena Dahl flew to Oslo. The president condemned the blockade of the port.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Lena Dahl");
    assertThat(c.speaker().mention()).isEqualTo("The president");
  }

  @Test
  void titleHeldByTwoPeopleNamesNobody() {
    String text = "President Lena Dahl met President Omar Haddad. The president condemned the blockade.";

    assertThat(stances(text)).allSatisfy(c -> assertThat(c.speaker().name()).isNotEqualTo("Omar Haddad"))
        .allSatisfy(c -> assertThat(c.speaker().name()).isNotEqualTo("Lena Dahl"));
  }

  @Test
  void concernThatSomethingMayHappenIsAWarning() {
    StanceClaim clause = only("The council raised concerns that the dam could burst.");
    StanceClaim about = only("The council raised concerns about the dam.");

    assertThat(clause.stance()).isEqualTo(StanceAct.WARN);
    assertThat(clause.target().kind()).isEqualTo(SourceKind.CLAIM);
    assertThat(about.stance()).isEqualTo(StanceAct.CRITICIZE);
  }

  @Test
  void evaluativeWordInsideTheHoldersOwnWarningIsOneClaim() {
    StanceClaim c = only("Lars Holm warned that the truce was collapsing at a dangerous pace.");

    assertThat(c.cue()).isEqualTo("warn");
  }

  @Test
  void notSupportingIsCriticism() {
    StanceClaim c = only("Peru did not support the new curfew.");

    assertThat(c.speaker().name()).isEqualTo("Peru");
    assertThat(c.stance()).isEqualTo(StanceAct.CRITICIZE);
    assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(c.cue()).isEqualTo("support");
  }

  @Test
  void finiteVerbAfterALongAppositionKeepsTheSubjectBeforeIt() {
    StanceClaim c = only("Omar Haddad, the envoy whose team mediated the talks in 2019, welcomed the deal.");

    assertThat(c.speaker().name()).isEqualTo("Omar Haddad");
    assertThat(c.stance()).isEqualTo(StanceAct.SUPPORT);
  }

  @Test
  void dateTakenForASubjectIsSkipped() {
    StanceClaim c = only("Lena Dahl said she would fly to Oslo on Monday to urge the council to reopen the port.");

    assertThat(c.speaker().name()).isEqualTo("Lena Dahl");
    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
  }

  @Test
  void passiveSubjectOfTheGoverningVerbPerformsTheAct() {
    StanceClaim c = only("Carla Mendes was not hurt and later went on television to denounce the raid.");

    assertThat(c.speaker().name()).isEqualTo("Carla Mendes");
    assertThat(c.stance()).isEqualTo(StanceAct.CONDEMN);
  }

  @Test
  void relativeClauseVerbWithoutObjectTargetsTheNounItModifies() {
    String text = "The army repeated the accusation, a charge the rebels deny.";
    List<StanceClaim> claims = stances(text);

    assertThat(claims).anySatisfy(c -> {
      assertThat(c.cue()).isEqualTo("deny");
      assertThat(c.speaker().name()).isEqualTo("rebels");
      assertThat(c.target().mention()).contains("charge");
    });
  }

  @Test
  void questioningWhyTargetsTheQuestion() {
    StanceClaim c = only("Maria Lopez questioned why the report was kept secret.");

    assertThat(c.stance()).isEqualTo(StanceAct.CRITICIZE);
    assertThat(c.target().kind()).isEqualTo(SourceKind.CLAIM);
    assertThat(c.target().mention()).contains("report");
  }

  @Test
  void criticismFromSomeoneIsTheirsAndTargetsWhatDrewIt() {
    String text = "The curfew drew criticism from Maria Lopez.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Maria Lopez");
    assertThat(c.target().mention()).isEqualTo("The curfew");
    assertThat(c.stance()).isEqualTo(StanceAct.CRITICIZE);
  }

  @Test
  void ratedAdjectivePredicatedInAQuoteIsTheSpeakersCriticism() {
    String text = "\"The new curfew is reckless,\" said Ana Ruiz.";
    StanceClaim c = only(text);

    assertThat(c.speaker().name()).isEqualTo("Ana Ruiz");
    assertThat(c.stance()).isEqualTo(StanceAct.CRITICIZE);
    assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(c.cue()).isEqualTo("reckless");
    assertSpan(c, text, "The new curfew is reckless");
  }

  @Test
  void ratedAdjectiveThatOnlyDescribesGivesNoClaim() {
    assertThat(stances("\"A reckless driver hit the fence,\" said Ana Ruiz.")).isEmpty();
    assertThat(stances("The new curfew is reckless.")).isEmpty();
  }

  @Test
  void ratedAdjectiveAboutAnInfinitiveTargetsTheProposition() {
    StanceClaim c = only("\"It is shameful to shell a hospital,\" said Ana Ruiz.");

    assertThat(c.cue()).isEqualTo("shameful");
    assertThat(c.target().kind()).isEqualTo(SourceKind.CLAIM);
    assertThat(c.target().mention()).contains("shell");
  }

  @Test
  void speakersFeelingAboutThemselvesIsNoStance() {
    assertThat(stances("\"We are miserable,\" said Ana Ruiz.")).isEmpty();
  }

  @Test
  void ratedAdjectiveInsideANameIsNoStance() {
    assertThat(stances("\"The Cruel Sea Brigade has left the valley,\" said Ana Ruiz.")).isEmpty();
  }

  @Test
  void anActWishedForIsNotPerformed() {
    assertThat(stances("\"We want Chile's support for the truce,\" said Ana Ruiz."))
        .noneMatch(c -> c.cue().equals("support"));
  }

  @Test
  void nounActIsHeldByTheSubjectOfALightVerbOnly() {
    StanceClaim c = only("Maria Lopez voiced criticism of the curfew.");
    assertThat(c.speaker().name()).isEqualTo("Maria Lopez");

    assertThat(stances("The governor faced criticism of the curfew.")).isEmpty();
  }

  @Test
  void heldResponsibleIsAnAccusationByTheOneWhoHolds() {
    StanceClaim c = only("Maria Lopez held the militia responsible for the blast.");

    assertThat(c.speaker().name()).isEqualTo("Maria Lopez");
    assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
    assertThat(c.target().mention()).startsWith("the militia");
  }

  @Test
  void aVerbTaggedAsPluralNounStillActs() {
    StanceClaim c = only("The outposts are illegal, although Russia disputes this.");

    assertThat(c.speaker().name()).isEqualTo("Russia");
    assertThat(c.stance()).isEqualTo(StanceAct.DENY);
    assertThat(c.cue()).isEqualTo("dispute");
  }

  @Test
  void insistingOnABaseFormUrgesEvenWhenTaggedPresent() {
    StanceClaim c = only("Sweden insists that Norway make no deal with the rebels.");

    assertThat(c.speaker().name()).isEqualTo("Sweden");
    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
  }

  @Test
  void aCurlyApostropheNegationCounts() {
    StanceClaim c = only("“We won’t tolerate attacks on hospitals,” said Minister Ana Ruiz.");

    assertThat(c.speaker().name()).isEqualTo("Ana Ruiz");
    assertThat(c.stance()).isEqualTo(StanceAct.CONDEMN);
    assertThat(c.cue()).isEqualTo("tolerate");
  }

  @Test
  void aNameBeforeANounActPerformsIt() {
    StanceClaim c = only("The raid came despite Kremlin denials of any role.");

    assertThat(c.speaker().name()).isEqualTo("Kremlin");
    assertThat(c.stance()).isEqualTo(StanceAct.DENY);
    assertThat(c.cue()).isEqualTo("denial");
  }

  @Test
  void anUnattachedRelativeClauseBelongsToTheNameBeforeIt() {
    StanceClaim c = only("The sharpest words came from UN envoy Carla Mendes, who condemned the raid.");

    assertThat(c.speaker().name()).isEqualTo("Carla Mendes");
    assertThat(c.stance()).isEqualTo(StanceAct.CONDEMN);
  }

  @Test
  void verbOfFindingHoldsTheEvaluationInItsClause() {
    StanceClaim c = only("A panel of United Nations experts found that the militia was responsible for the blast.");

    assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
    assertThat(c.target().mention()).isEqualTo("the militia");
  }

  @Test
  void noEvidenceIsNoAccusation() {
    assertThat(stances("The inspectors said they had no evidence that the rebels mined the road.")).isEmpty();
  }

  @Test
  void anActIsNeverTowardItsOwnHolder() {
    assertThat(stances("Ambassador Karl Weber did not hide his disappointment."))
        .noneMatch(c -> c.target().name().equals(c.speaker().name()));
  }
}
