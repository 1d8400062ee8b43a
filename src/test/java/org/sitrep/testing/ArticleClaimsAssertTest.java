package org.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ArticleClaims;
import org.sitrep.ArticleInfo;
import org.sitrep.ErrorCode;
import org.sitrep.claim.Category;
import org.sitrep.claim.ClaimType;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.Modality;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.Qualifier;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceAct;
import org.sitrep.claim.StanceClaim;

class ArticleClaimsAssertTest {

  static final String TEXT = "The governor said 300 troops were in Sumy and denied the report.";

  static ArticleClaims sample() {
    Source governor = Source.of("Ana Rudenko", SourceKind.PERSON, "Governor", "UA");
    return ArticleClaims.of(new ArticleInfo("s-1", null, null, null, "en"), null, List.of(
        new SpeakerClaim("c1", governor, 18, 41, TEXT.substring(18, 41), 0, 0.9, null, Mode.INDIRECT, "say"),
        new FigureClaim("c2", governor, 18, 28, TEXT.substring(18, 28), 0, 0.9, "c1", 300, null, null,
            Qualifier.EXACT, null, "troop", "troops", Category.PERSONNEL, null, null, Modality.ASSERTED),
        new LocationClaim("c3", governor, 37, 41, "Sumy", 0, 0.8, "c1", Source.of("troops", SourceKind.GROUP, null, null),
            new Place("Sumy", PlaceKind.CITY, "UA", null, null, null), "be"),
        new StanceClaim("c4", governor, 46, 63, TEXT.substring(46, 63), 0, 0.7, null,
            Source.of("the report", SourceKind.CLAIM, null, null), StanceAct.DENY, Polarity.NEGATIVE, "deny")));
  }

  @Test
  void passesOnWhatTheArticleHas() {
    SitrepAssertions.assertThat(sample())
        .hasNoError()
        .hasStatement("Ana Rudenko", "troops were in")
        .hasNoStatementBy("Someone Else")
        .hasFigure(300, "troop")
        .hasFigure(300, "troop", Category.PERSONNEL)
        .hasLocation("troops", "Sumy")
        .hasLocationAt("Sumy")
        .hasStance("Ana Rudenko", StanceAct.DENY)
        .hasClaimCount(ClaimType.FIGURE, 1);
  }

  @Test
  void aMissingStatementFailsAndListsTheStatementsThereAre() {
    assertThatThrownBy(() -> SitrepAssertions.assertThat(sample()).hasStatement("Ana Rudenko", "ceasefire"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting article \"s-1\" to have a statement by \"Ana Rudenko\" containing \"ceasefire\"")
        .hasMessageContaining("c1 Ana Rudenko: \"300 troops were in Sumy\"");
  }

  @Test
  void aWrongUnitOrCategoryFailsAndShowsTheFigures() {
    assertThatThrownBy(() -> SitrepAssertions.assertThat(sample()).hasFigure(300, "soldier"))
        .hasMessageContaining("a figure of 300 soldier").hasMessageContaining("c2 Ana Rudenko: 300 troop PERSONNEL");
    assertThatThrownBy(() -> SitrepAssertions.assertThat(sample()).hasFigure(300, "troop", Category.KILLED))
        .hasMessageContaining("300 troop in KILLED");
  }

  @Test
  void aWrongPlaceStanceCountOrErrorFails() {
    assertThatThrownBy(() -> SitrepAssertions.assertThat(sample()).hasLocation("troops", "Kharkiv"))
        .hasMessageContaining("c3 Ana Rudenko: troops at Sumy");
    assertThatThrownBy(() -> SitrepAssertions.assertThat(sample()).hasStance("Ana Rudenko", StanceAct.CONFIRM))
        .hasMessageContaining("c4 Ana Rudenko: DENY the report");
    assertThatThrownBy(() -> SitrepAssertions.assertThat(sample()).hasClaimCount(ClaimType.SPEAKER, 2))
        .hasMessageContaining("to have 2 speaker claims but it has 1");
    assertThatThrownBy(() -> SitrepAssertions.assertThat(sample()).hasNoStatementBy("Ana Rudenko"))
        .hasMessageContaining("to have no statement by \"Ana Rudenko\"");
    ArticleClaims failed = ArticleClaims.failed(new ArticleInfo("f", null, null, null, "en"), ErrorCode.TIMEOUT, "slow");
    assertThatThrownBy(() -> SitrepAssertions.assertThat(failed).hasNoError()).hasMessageContaining("failed with TIMEOUT: slow");
    SitrepAssertions.assertThat(failed).hasError(ErrorCode.TIMEOUT);
  }
}
