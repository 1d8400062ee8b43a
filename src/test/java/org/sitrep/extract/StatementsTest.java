package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.claim.Claim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;

/** Attribution of claims to statements, on claims built by hand (no model needed). */
class StatementsTest {

  // "Two shells hit the port, officials said, with the depot in Odesa on fire. Ships left Odesa."
  private static final String TEXT =
      "Two shells hit the port, officials said, with the depot in Odesa on fire. Ships left Odesa.";

  private static final Source OFFICIALS = Source.of("officials", SourceKind.GROUP, null, null)
      .withMention("officials", TEXT.indexOf("officials"), TEXT.indexOf("officials") + "officials".length());

  private static SpeakerClaim statement() {
    int end = TEXT.indexOf(", officials");
    return new SpeakerClaim("s1", OFFICIALS, 0, end, TEXT.substring(0, end), 0, 0.75, null, Mode.INDIRECT, "say");
  }

  private static LocationClaim odesa(int from, int sentence) {
    int begin = TEXT.indexOf("Odesa", from);
    Place odesa = new Place("Odesa", PlaceKind.CITY, "UA", null, null, null);
    return new LocationClaim("l1", null, begin, begin + 5, "Odesa", sentence, 0.7, null, null, odesa, "be");
  }

  @Test
  void attributesAClaimLaterInTheSentenceOfAStatementToItsSpeaker() {
    Statements statements = Statements.of(List.of(statement()));

    Claim c = statements.attribute(odesa(0, 0));

    assertThat(c.speaker()).isEqualTo(OFFICIALS);
    assertThat(c.statement()).isEqualTo("s1");
  }

  @Test
  void leavesAClaimOfTheNextSentenceInTheArticlesVoice() {
    Statements statements = Statements.of(List.of(statement()));

    Claim c = statements.attribute(odesa(TEXT.indexOf("Ships"), 1));

    assertThat(c.speaker()).isNull();
    assertThat(c.statement()).isNull();
  }

  @Test
  void neverAttributesTheWordsThatNameTheSpeakerToIt() {
    Statements statements = Statements.of(List.of(statement()));
    int begin = TEXT.indexOf("officials");
    LocationClaim inSpeaker = new LocationClaim("l2", null, begin, begin + 9, "officials", 0, 0.5, null, null,
        new Place("Odesa", PlaceKind.CITY, "UA", null, null, null), "be");

    assertThat(statements.continuedIn(inSpeaker)).isNull();
  }

  // "'We are exhausted,' said Col. Ames, who leads a crew in Odesa. ..." (written for this test)
  private static final String DESCRIBED = "\"We are exhausted,\" said Col. Ames, who leads a crew in Odesa, "
      + "and rests in Odesa.";

  private static Statements describedStatement(boolean withText) {
    int b = DESCRIBED.indexOf("Ames");
    Source ames = Source.of("Col. Ames", SourceKind.PERSON, null, null).withMention("Col. Ames", b - 5, b + 4);
    SpeakerClaim quote = new SpeakerClaim("s1", ames, 1, DESCRIBED.indexOf(",\""),
        DESCRIBED.substring(1, DESCRIBED.indexOf(",\"")), 0, 0.9, null, Mode.DIRECT, "say");
    return withText ? Statements.of(List.of(quote), DESCRIBED) : Statements.of(List.of(quote));
  }

  private static LocationClaim odesaIn(String text, int from) {
    int begin = text.indexOf("Odesa", from);
    Place odesa = new Place("Odesa", PlaceKind.CITY, "UA", null, null, null);
    return new LocationClaim("l1", null, begin, begin + 5, "Odesa", 0, 0.7, null, null, odesa, "be");
  }

  @Test
  void leavesWhatTheArticleSaysOfTheSpeakerAfterItsNameInTheArticlesVoice() {
    Claim c = describedStatement(true).attribute(odesaIn(DESCRIBED, 0));

    assertThat(c.speaker()).isNull();
  }

  @Test
  void withoutTheTextTheSpeakersDescriptionCannotBeToldApart() {
    Claim c = describedStatement(false).attribute(odesaIn(DESCRIBED, 0));

    assertThat(c.speaker().name()).isEqualTo("Col. Ames");
  }

  @Test
  void aClaimAfterTheSpeakerThatDoesNotDescribeItContinuesTheStatement() {
    String text = "Two shells hit the port, officials said, with the depot in Odesa on fire.";
    int end = text.indexOf(", officials");
    Source officials = Source.of("officials", SourceKind.GROUP, null, null)
        .withMention("officials", text.indexOf("officials"), text.indexOf("officials") + 9);
    Statements statements = Statements.of(List.of(
        new SpeakerClaim("s1", officials, 0, end, text.substring(0, end), 0, 0.75, null, Mode.INDIRECT, "say")), text);

    assertThat(statements.attribute(odesaIn(text, 0)).speaker()).isEqualTo(officials);
  }
}
