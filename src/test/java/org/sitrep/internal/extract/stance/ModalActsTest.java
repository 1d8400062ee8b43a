package org.sitrep.internal.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.StanceAct;
import org.sitrep.claim.StanceClaim;

/** ModalActs without an urging verb: deontic modals and opening imperatives inside statements (invented sentences). */
class ModalActsTest {

  /** The stances of the whole chain: urging needs the speaker extractor's statements. */
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
  void modalSaidOfAThirdPartyInAQuoteUrgesIt() {
    StanceClaim c = only("\"The government should stop the evictions at once,\" said Sofia Reyes of the aid group.");

    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
    assertThat(c.polarity()).isEqualTo(Polarity.NEUTRAL);
    assertThat(c.speaker().name()).isEqualTo("Sofia Reyes");
    assertThat(c.target().mention()).isEqualTo("The government");
    assertThat(c.cue()).isEqualTo("should");
  }

  @Test
  void mustWithAnAdverbUrges() {
    StanceClaim c = only("\"The occupying forces must immediately withdraw from the city,\" said Ivan Petrov.");

    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
    assertThat(c.speaker().name()).isEqualTo("Ivan Petrov");
    assertThat(c.cue()).isEqualTo("must");
  }

  @Test
  void oughtToAndNeedsToUrge() {
    assertThat(only("\"The rebels ought to lay down their arms,\" said President Alvaro Gomez.").stance())
        .isEqualTo(StanceAct.URGE);
    assertThat(only("\"The international community needs to act now,\" said Bishop Peter Obi.").stance())
        .isEqualTo(StanceAct.URGE);
  }

  @Test
  void negatedModalCriticisesItsSubject() {
    StanceClaim c = only("\"The envoys should not dictate terms to the villagers,\" said Leila Ahmadi.");

    assertThat(c.stance()).isEqualTo(StanceAct.CRITICIZE);
    assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(c.target().mention()).isEqualTo("The envoys");
  }

  @Test
  void openingImperativeInAQuoteUrges() {
    StanceClaim c = only("\"Stop the bombing of our villages,\" the elder Musa Bello told the delegation.");

    assertThat(c.stance()).isEqualTo(StanceAct.URGE);
    assertThat(c.speaker().name()).isEqualTo("Musa Bello");
  }

  @Test
  void firstPersonEpistemicConditionalAndUnquotedModalsDoNotUrge() {
    assertThat(stances("\"We must rebuild the school before winter,\" said the headmaster, Joseph Kariuki.")).isEmpty();
    assertThat(stances("\"It must have been a stray shell,\" said the police chief, Tom Okafor.")).isEmpty();
    assertThat(stances("\"If the talks should fail, the fighting will resume,\" said Kari Dahl.")).isEmpty();
    assertThat(stances("\"Should the talks fail, the fighting will resume,\" said Kari Dahl.")).isEmpty();
    assertThat(stances("Soldiers must carry identity cards at all checkpoints under the new rules.")).isEmpty();
  }

  @Test
  void aSpeakerThatCannotActDoesNotUrge() {
    assertThat(stances("According to the plan, Syria must submit a full list of its weapons within a week.")).isEmpty();
  }

  @Test
  void firstPersonCommitmentToHarmIsAThreat() {
    StanceClaim c = only("\"We will strike back at anyone who crosses the line,\" said the rebel commander, Samuel Deng.");

    assertThat(c.stance()).isEqualTo(StanceAct.THREATEN);
    assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(c.speaker().name()).isEqualTo("Samuel Deng");
    assertThat(only("\"We will respond with force,\" said Colonel Dmitri Volkov.").stance()).isEqualTo(StanceAct.THREATEN);
  }

  @Test
  void commitmentWithoutHarmOrNegatedIsNoThreat() {
    assertThat(stances("\"We will rebuild every school in the province,\" said the governor, Anna Kowalski.")).isEmpty();
    assertThat(stances("\"We will not attack civilians,\" said the rebel commander, Samuel Deng.")).isEmpty();
  }

  @Test
  void passiveNeededIsNoUrging() {
    assertThat(stances("\"Courage is needed to end this war,\" said Bishop Peter Obi.")).isEmpty();
  }
}
