package org.sitrep.internal.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.StanceAct;
import org.sitrep.claim.StanceClaim;

/**
 * Kinds of act found missing on unseen articles, each on invented sentences through the whole chain
 * (the acts inside statements need the speaker extractor's statements).
 */
class UnseenKindsTest {

  private static List<StanceClaim> stances(String text) {
    return SharedSitrep.get().extract(text).claims().stream()
        .filter(StanceClaim.class::isInstance).map(StanceClaim.class::cast).toList();
  }

  private static StanceClaim only(String text) {
    List<StanceClaim> claims = stances(text);
    assertThat(claims).as("stances in: %s", text).hasSize(1);
    return claims.get(0);
  }

  @Test
  void participleAfterAReportedClauseIsTheSpeakersAct() {
    StanceClaim c = only("Minister Lena Kovac added that a settlement could only come from talks, "
        + "calling for a truce in the valley.");

    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
    assertThat(c.speaker().name()).isEqualTo("Lena Kovac");
    assertThat(c.text()).startsWith("calling for a truce");
  }

  @Test
  void participleStillBelongsToASubjectThatCanAct() {
    StanceClaim c = only("Minister Lena Kovac said the mayor spoke on Monday, calling for a truce in the valley.");

    assertThat(c.speaker().name()).isNotEqualTo("Lena Kovac");
    assertThat(c.speaker().mention()).isEqualTo("the mayor");
  }

  @Test
  void ratedAdjectiveOnAPredicateNounJudgesTheSubject() {
    StanceClaim c = only("\"The truce is a shaky one,\" said envoy Tomas Berg.");

    assertThat(c.stance()).isEqualTo(StanceAct.CRITICIZE);
    assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(c.speaker().name()).isEqualTo("Tomas Berg");
    assertThat(c.target().mention()).isEqualTo("The truce");
  }

  @Test
  void ratedAdjectiveOnAStateOrOnItIsNoJudgement() {
    assertThat(stances("\"The wounded are in bad shape,\" said envoy Tomas Berg.")).isEmpty();
    assertThat(stances("\"It was a bad night for the crews,\" said envoy Tomas Berg.")).isEmpty();
    assertThat(stances("The truce is a shaky one.")).isEmpty(); // the article's own voice holds no stance
  }

  @Test
  void speakerVerbWhoseSubjectTheParseDetachedAccusesThatSubject() {
    StanceClaim c = only("Envoy Tomas Berg said the militia was violating the truce in the north.");

    assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
    assertThat(c.speaker().name()).isEqualTo("Tomas Berg");
    assertThat(c.target().mention()).isEqualTo("the militia");
  }

  @Test
  void deonticPassiveWhoseSubjectTheParseDetachedUrges() {
    StanceClaim c = only("Senator Mark Dolan said aid to the junta should be suspended until the elections are held.");

    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
    assertThat(c.speaker().name()).isEqualTo("Mark Dolan");
    assertThat(c.cue()).isEqualTo("should");
  }

  @Test
  void allegingWithAClauseTheParseTookForAnObjectAccuses() {
    StanceClaim c = only("The United States alleges Iran is arming the militia in the south.");

    assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
    assertThat(c.target().name()).isEqualTo("Iran");
    assertThat(stances("The alleged smuggler was released on Monday.")).isEmpty();
  }

  @Test
  void promiseToUnleashHarmIsAThreat() {
    StanceClaim c = only("General Omar Haddad vowed to unleash heavy fire on the rebels.");

    assertThat(c.stance()).isEqualTo(StanceAct.THREATEN);
    assertThat(c.speaker().name()).isEqualTo("Omar Haddad");
    assertThat(stances("General Omar Haddad vowed to rebuild the bridge.")).isEmpty();
  }

  @Test
  void deonticModalInAReportedThatClauseUrges() {
    StanceClaim c = only("Senator Ted Lowe said that military aid to Peru should be stopped.");

    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
    assertThat(c.speaker().name()).isEqualTo("Ted Lowe");
    assertThat(c.target().mention()).isEqualTo("military aid to Peru");
  }

  @Test
  void deonticModalInARulingIsAVerdictNotAnAppeal() {
    assertThat(stances("A tribunal in Oslo ruled that the shipping firm must pay the fishermen.")).isEmpty();
  }

  @Test
  void penaltyHungOnWhatTheOtherSideDoesIsAWarning() {
    StanceClaim c = only("If the rebels keep shelling the port, they will face severe consequences, Minister Lena Kovac said.");

    assertThat(c.stance()).isEqualTo(StanceAct.WARN);
    assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(c.speaker().name()).isEqualTo("Lena Kovac");
    assertThat(c.target().mention()).isEqualTo("the rebels");
  }

  @Test
  void harmTheSpeakerDealsOnAConditionIsAThreat() {
    StanceClaim c = only("\"Unless the convoy turns back, our gunners will strike it,\" said General Omar Haddad.");

    assertThat(c.stance()).isEqualTo(StanceAct.THREATEN);
    assertThat(c.speaker().name()).isEqualTo("Omar Haddad");
  }

  @Test
  void conditionWithoutPenaltyOrHarmIsNoAct() {
    assertThat(stances("If the rains come early, the farmers will plant maize, Minister Lena Kovac said.")).isEmpty();
  }

  @Test
  void multiwordCueWhoseObjectIsItsOwnNounTakesThePhraseAfterIt() {
    StanceClaim c = only("Senator Paula Reyes took exception to the general's remarks about the refugees.");

    assertThat(c.stance()).isEqualTo(StanceAct.CRITICIZE);
    assertThat(c.text()).isEqualTo("took exception to the general's remarks about the refugees");
  }

  @Test
  void sayingWhoWasBehindAHarmAccusesThem() {
    StanceClaim c = only("Envoy Tomas Berg said the junta was behind the attack on the aid convoy.");

    assertThat(c.stance()).isEqualTo(StanceAct.ACCUSE);
    assertThat(c.speaker().name()).isEqualTo("Tomas Berg");
    assertThat(c.target().mention()).isEqualTo("the junta");
    assertThat(c.cue()).isEqualTo("behind");
  }

  @Test
  void behindAPlaceOrInTheArticlesOwnVoiceIsNoAccusation() {
    assertThat(stances("Envoy Tomas Berg said the village was behind the hills.")).isEmpty();
    assertThat(stances("The junta was behind the attack on the aid convoy.")).isEmpty();
  }
}
