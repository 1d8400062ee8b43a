package org.sitrep.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.claim.ClaimType;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Modality;
import org.sitrep.claim.Qualifier;
import org.sitrep.claim.Category;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;

class ScorerTest {

  private static final EvalSource KOVAL = new EvalSource("Oksana Kovalčuk", List.of("Kovalchuk"));
  private static final EvalSource MBEKI = EvalSource.of("Thandi Mbeki");

  // Hand-made article: "Kovalchuk said that the bridge at Dorn was shelled twice. ..."
  private static EvalClaim speaker(int begin, int end, EvalSource who, String mode) {
    return new EvalClaim(ClaimType.SPEAKER, "s" + begin, begin, end, "x".repeat(end - begin), false, true, who, mode,
        null, null, null, null, null, null, null, null, null);
  }

  private static EvalClaim figure(int begin, int end, double value, String unit, EvalSource who) {
    return new EvalClaim(ClaimType.FIGURE, "f" + begin, begin, end, "x".repeat(end - begin), false, true, who, null,
        value, unit, "KILLED", "EXACT", null, null, null, null, null);
  }

  private static EvalClaim location(int begin, int end, String place, String country, String subject) {
    return new EvalClaim(ClaimType.LOCATION, "l" + begin, begin, end, "x".repeat(end - begin), false, true, null, null,
        null, null, null, null, place, country, subject, null, null);
  }

  private static EvalClaim stance(int begin, int end, EvalSource who, String polarity, String act) {
    return new EvalClaim(ClaimType.STANCE, "t" + begin, begin, end, "x".repeat(end - begin), false, true, who, null,
        null, null, null, null, null, null, null, polarity, act);
  }

  private static EvalClaim optional(EvalClaim c) {
    return new EvalClaim(c.type(), c.id(), c.begin(), c.end(), c.text(), true, c.speakerScored(), c.speaker(), c.mode(), c.value(),
        c.unit(), c.category(), c.qualifier(), c.placeName(), c.placeCountry(), c.subject(), c.polarity(), c.stance());
  }

  private static final List<EvalClaim> GOLD = List.of(
      speaker(10, 60, KOVAL, "indirect"),
      speaker(100, 180, MBEKI, "direct"),
      figure(120, 135, 4000, "soldier", MBEKI),
      figure(200, 210, 12, "kilometer", null),
      location(140, 150, "Dorn", "UA", "soldiers"),
      stance(220, 240, MBEKI, "NEGATIVE", "CONDEMN"),
      optional(stance(250, 270, MBEKI, "NEGATIVE", "CRITICIZE")));

  private static EvalReport score(List<EvalClaim> gold, List<EvalClaim> predicted) {
    return Scorer.score(List.of(new GoldArticle("a1", "text", gold)), Map.of("a1", predicted));
  }

  @Test
  void goldAgainstItselfScoresOneEverywhere() {
    EvalReport r = score(GOLD, GOLD);
    assertThat(r.overall()).isEqualTo(1.0);
    for (TypeScore t : r.types().values()) {
      assertThat(t.span()).isEqualTo(new Prf(1, 1, 1));
      assertThat(t.headline()).isEqualTo(new Prf(1, 1, 1));
      t.attributes().values().forEach(a -> assertThat(a.rate()).isEqualTo(1.0));
    }
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void emptyPredictionHasZeroRecallAndListsEveryRequiredGoldAsMissed() {
    EvalReport r = score(GOLD, List.of());
    for (TypeScore t : r.types().values()) {
      assertThat(t.span().recall()).isZero();
      assertThat(t.headline().recall()).isZero();
    }
    assertThat(r.overall()).isZero();
    assertThat(r.errors()).hasSize(6).allMatch(e -> e.kind() == ScoringError.Kind.FALSE_NEGATIVE);
  }

  @Test
  void articleMissingFromPredictionsCountsAsEmpty() {
    EvalReport r = Scorer.score(List.of(new GoldArticle("a1", "t", GOLD)), Map.of("other", GOLD));
    assertThat(r.type(ClaimType.SPEAKER).falseNegatives()).isEqualTo(2);
    assertThat(r.type(ClaimType.SPEAKER).predicted()).isZero();
  }

  @Test
  void speakerSpanMatchesWhenOverlapCoversHalfOfGoldAndThirdOfPrediction() {
    // gold 10..60 (50 chars): 25 overlapping chars are half of it
    assertThat(score(List.of(GOLD.get(0)), List.of(speaker(35, 80, KOVAL, "indirect")))
        .type(ClaimType.SPEAKER).matched()).isEqualTo(1);
    // 24 chars: less than half of the gold span
    assertThat(score(List.of(GOLD.get(0)), List.of(speaker(36, 80, KOVAL, "indirect")))
        .type(ClaimType.SPEAKER).matched()).isZero();
    // the whole gold span inside a prediction more than three times as long
    assertThat(score(List.of(GOLD.get(0)), List.of(speaker(0, 151, KOVAL, "indirect")))
        .type(ClaimType.SPEAKER).matched()).isZero();
    assertThat(score(List.of(GOLD.get(0)), List.of(speaker(0, 150, KOVAL, "indirect")))
        .type(ClaimType.SPEAKER).matched()).isEqualTo(1);
  }

  @Test
  void partialOverlapCountsForSpanButWrongSpeakerNotForAttributedScore() {
    EvalReport r = score(GOLD.subList(0, 2), List.of(
        speaker(20, 60, KOVAL, "direct"),
        speaker(100, 170, EvalSource.of("Oksana Kovalchuk"), "direct")));
    TypeScore s = r.type(ClaimType.SPEAKER);
    assertThat(s.matched()).isEqualTo(2);
    assertThat(s.headlineMatched()).isEqualTo(1);
    assertThat(s.span().f1()).isEqualTo(1.0);
    assertThat(s.headline().precision()).isEqualTo(0.5);
    assertThat(s.headline().recall()).isEqualTo(0.5);
    assertThat(s.attributes().get("speaker")).isEqualTo(Accuracy.of(1, 2));
    assertThat(s.attributes().get("mode")).isEqualTo(Accuracy.of(1, 2));
    assertThat(r.errors()).filteredOn(e -> e.kind() == ScoringError.Kind.WRONG_HEADLINE).singleElement().satisfies(e -> {
      assertThat(e.begin()).isEqualTo(100);
      assertThat(e.detail()).contains("Thandi Mbeki").contains("Oksana Kovalchuk");
    });
  }

  @Test
  void matchedPairRightOnHeadlineButWrongOnAnotherAttributeIsListedAsAttributeError() {
    // the first prediction has the right speaker but the wrong mode; the second is wrong on the headline only
    EvalReport r = score(GOLD.subList(0, 2), List.of(
        speaker(20, 60, KOVAL, "direct"),
        speaker(100, 170, EvalSource.of("Oksana Kovalchuk"), "direct")));
    assertThat(r.errors()).filteredOn(e -> e.kind() == ScoringError.Kind.WRONG_ATTRIBUTE).singleElement()
        .satisfies(e -> {
          assertThat(e.begin()).isEqualTo(10);
          assertThat(e.detail()).contains("wrong mode").contains("indirect").contains("direct");
        });
  }

  @Test
  void speakerMatchesByLastNameAgainstNameOrAliasIgnoringCaseAndAccents() {
    EvalClaim gold = GOLD.get(0);
    for (String name : List.of("KOVALCUK", "Ms. Oksana Kovalčuk", "kovalchuk", "O. Kovalčúk")) {
      assertThat(score(List.of(gold), List.of(speaker(10, 60, EvalSource.of(name), "indirect")))
          .type(ClaimType.SPEAKER).headlineMatched()).as(name).isEqualTo(1);
    }
    assertThat(score(List.of(gold), List.of(speaker(10, 60, EvalSource.of("Oksana"), "indirect")))
        .type(ClaimType.SPEAKER).headlineMatched()).isZero();
  }

  @Test
  void optionalGoldNeitherRewardsNorPunishes() {
    EvalClaim opt = optional(speaker(300, 340, MBEKI, "direct"));
    List<EvalClaim> gold = List.of(GOLD.get(0), opt);
    TypeScore found = score(gold, List.of(GOLD.get(0), speaker(300, 340, MBEKI, "direct"))).type(ClaimType.SPEAKER);
    TypeScore missed = score(gold, List.of(GOLD.get(0))).type(ClaimType.SPEAKER);
    assertThat(found.headline()).isEqualTo(new Prf(1, 1, 1));
    assertThat(missed.headline()).isEqualTo(new Prf(1, 1, 1));
    assertThat(found.gold()).isEqualTo(1);
    assertThat(found.optionalGold()).isEqualTo(1);
    assertThat(found.predicted()).isEqualTo(1);
  }

  @Test
  void predictionThatCouldMatchRequiredGoldIsNotSpentOnOptionalOne() {
    // The prediction overlaps both; the optional gold is listed first and overlaps more.
    EvalClaim opt = optional(speaker(100, 150, MBEKI, "direct"));
    EvalClaim req = speaker(120, 170, MBEKI, "direct");
    TypeScore s = score(List.of(opt, req), List.of(speaker(100, 160, MBEKI, "direct"))).type(ClaimType.SPEAKER);
    assertThat(s.matched()).isEqualTo(1);
    assertThat(s.falseNegatives()).isZero();
  }

  @Test
  void matchingIsMaximalNotGreedy() {
    // Prediction A overlaps both golds best with gold 1; prediction B only overlaps gold 1.
    EvalClaim g1 = figure(10, 20, 5, "tank", null);
    EvalClaim g2 = figure(18, 30, 5, "tank", null);
    EvalClaim a = figure(12, 20, 5, "tank", null);
    EvalClaim b = figure(10, 14, 5, "tank", null);
    TypeScore s = score(List.of(g1, g2), List.of(a, b)).type(ClaimType.FIGURE);
    assertThat(s.matched()).isEqualTo(2);
  }

  @Test
  void duplicatePredictionsMatchOnceAndTheCopyIsFalsePositive() {
    EvalClaim gold = GOLD.get(0);
    EvalReport r = score(List.of(gold), List.of(gold, gold));
    TypeScore s = r.type(ClaimType.SPEAKER);
    assertThat(s.matched()).isEqualTo(1);
    assertThat(s.falsePositives()).isEqualTo(1);
    assertThat(s.headline().precision()).isEqualTo(0.5);
    assertThat(s.headline().recall()).isEqualTo(1.0);
    assertThat(r.errors()).singleElement().extracting(ScoringError::kind).isEqualTo(ScoringError.Kind.FALSE_POSITIVE);
  }

  @Test
  void figureMatchesWithinHalfAPercentAndHeadlineNeedsTheUnitAsLemma() {
    EvalClaim gold = GOLD.get(2); // 4000 soldier
    assertThat(score(List.of(gold), List.of(figure(120, 135, 4019, "Soldiers", MBEKI))).type(ClaimType.FIGURE))
        .satisfies(s -> {
          assertThat(s.matched()).isEqualTo(1);
          assertThat(s.headlineMatched()).isEqualTo(1);
        });
    assertThat(score(List.of(gold), List.of(figure(120, 135, 4021, "soldier", MBEKI))).type(ClaimType.FIGURE)
        .matched()).isZero();
    TypeScore wrongUnit = score(List.of(gold), List.of(figure(125, 135, 4000, "troop", MBEKI))).type(ClaimType.FIGURE);
    assertThat(wrongUnit.span().f1()).isEqualTo(1.0);
    assertThat(wrongUnit.headline().f1()).isZero();
    assertThat(wrongUnit.attributes().get("unit")).isEqualTo(Accuracy.of(0, 1));
  }

  @Test
  void figureInArticleVoiceWantsNoSpeaker() {
    EvalClaim gold = GOLD.get(3); // speaker null
    TypeScore s = score(List.of(gold), List.of(figure(200, 210, 12, "kilometers", MBEKI))).type(ClaimType.FIGURE);
    assertThat(s.headlineMatched()).isEqualTo(1);
    assertThat(s.attributes().get("speaker")).isEqualTo(Accuracy.of(0, 1));
    assertThat(score(List.of(gold), List.of(gold)).type(ClaimType.FIGURE).attributes().get("speaker"))
        .isEqualTo(Accuracy.of(1, 1));
  }

  @Test
  void locationMatchesByPlaceNameOrCountryAndScoresSubjectByLastWord() {
    EvalClaim gold = GOLD.get(4); // Dorn, UA, soldiers
    TypeScore byName = score(List.of(gold), List.of(location(140, 150, "DORN", null, "Ukrainian soldier")))
        .type(ClaimType.LOCATION);
    assertThat(byName.matched()).isEqualTo(1);
    assertThat(byName.attributes().get("subject")).isEqualTo(Accuracy.of(1, 1));
    assertThat(byName.attributes().get("country")).isEqualTo(Accuracy.of(0, 1));
    assertThat(score(List.of(gold), List.of(location(145, 155, "Dorn Oblast", "UA", "tanks")))
        .type(ClaimType.LOCATION).matched()).isEqualTo(1);
    assertThat(score(List.of(gold), List.of(location(145, 155, "Vell", "PL", null)))
        .type(ClaimType.LOCATION).matched()).isZero();
  }

  @Test
  void stanceMatchesOnlyWithSameSpeakerAndPolarity() {
    EvalClaim gold = GOLD.get(5);
    assertThat(score(List.of(gold), List.of(stance(225, 240, MBEKI, "NEGATIVE", "CRITICIZE")))
        .type(ClaimType.STANCE)).satisfies(s -> {
          assertThat(s.headline().f1()).isEqualTo(1.0);
          assertThat(s.attributes().get("stance")).isEqualTo(Accuracy.of(0, 1));
        });
    assertThat(score(List.of(gold), List.of(stance(220, 240, KOVAL, "NEGATIVE", "CONDEMN")))
        .type(ClaimType.STANCE).matched()).isZero();
    assertThat(score(List.of(gold), List.of(stance(220, 240, MBEKI, "POSITIVE", "CONDEMN")))
        .type(ClaimType.STANCE).matched()).isZero();
  }

  @Test
  void overallIsMeanOfFourHeadlineF1s() {
    // speaker and figure perfect, location and stance missed
    EvalReport r = score(GOLD, GOLD.subList(0, 4));
    assertThat(r.overall()).isCloseTo(0.5, within(1e-9));
  }

  private static EvalClaim speakerNotScored(EvalClaim c) {
    return new EvalClaim(c.type(), c.id(), c.begin(), c.end(), c.text(), c.optional(), false, c.speaker(), c.mode(),
        c.value(), c.unit(), c.category(), c.qualifier(), c.placeName(), c.placeCountry(), c.subject(), c.polarity(),
        c.stance());
  }

  @Test
  void goldWithSpeakerNotScoredCountsOnlyItsSpan() {
    EvalClaim unnamed = speakerNotScored(speaker(10, 60, EvalSource.of("officials"), "indirect"));
    EvalClaim named = GOLD.get(1); // Mbeki, scored
    EvalReport r = score(List.of(unnamed, named), List.of(
        speaker(10, 60, EvalSource.of("Oksana Kovalchuk"), "indirect"),
        speaker(100, 180, KOVAL, "direct")));
    TypeScore s = r.type(ClaimType.SPEAKER);
    assertThat(s.matched()).isEqualTo(2);
    // the unnamed source's claim is right whoever speaks; the named one is still wrong
    assertThat(s.headlineMatched()).isEqualTo(1);
    assertThat(s.attributes().get("speaker")).isEqualTo(Accuracy.of(0, 1));
    assertThat(s.attributes().get("mode")).isEqualTo(Accuracy.of(2, 2));
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.begin()).isEqualTo(100));
  }

  @Test
  void scoringChosenTypesLeavesTheOthersOutOfReportAndOverall() {
    EvalReport r = Scorer.score(List.of(new GoldArticle("a1", "text", GOLD)), Map.of("a1", GOLD.subList(0, 2)),
        java.util.EnumSet.of(ClaimType.SPEAKER));
    assertThat(r.types()).containsOnlyKeys(ClaimType.SPEAKER);
    assertThat(r.type(ClaimType.FIGURE)).isNull();
    assertThat(r.overall()).isEqualTo(1.0);
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles().get(0).types()).containsOnlyKeys(ClaimType.SPEAKER);
  }

  @Test
  void readsContractClaimsAsPredictions() {
    Source who = Source.of("Thandi Mbeki", SourceKind.PERSON, null, "ZA");
    EvalClaim s = EvalClaim.of(new SpeakerClaim("c1", who, 2, 5, "abc", 0, 0.9, null, Mode.DIRECT, "say"));
    assertThat(s.mode()).isEqualTo("direct");
    assertThat(s.speaker().name()).isEqualTo("Thandi Mbeki");
    EvalClaim f = EvalClaim.of(new FigureClaim("c2", null, 0, 3, "abc", 0, 0.9, null, 12, null, null,
        Qualifier.EXACT, null, "tank", "tanks", Category.EQUIPMENT, null, null, Modality.ASSERTED));
    assertThat(f.value()).isEqualTo(12.0);
    assertThat(f.category()).isEqualTo("EQUIPMENT");
    assertThat(f.speaker()).isNull();
  }
}
