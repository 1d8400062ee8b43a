package org.sitrep.testing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.sitrep.ArticleClaims;
import org.sitrep.ErrorCode;
import org.sitrep.claim.Category;
import org.sitrep.claim.Claim;
import org.sitrep.claim.ClaimType;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceAct;
import org.sitrep.claim.StanceClaim;

/**
 * Fluent assertions on one article's claims. Names are matched as written in the document
 * (canonical names: "Volodymyr Zelenskyy", not "He"); texts by containment. A failure lists the
 * claims of that type that the article has, so the message shows what sitrep found instead.
 */
public final class ArticleClaimsAssert extends AbstractAssert<ArticleClaimsAssert, ArticleClaims> {

  ArticleClaimsAssert(ArticleClaims actual) {
    super(actual, ArticleClaimsAssert.class);
  }

  /**
   * The article was processed: it has no error.
   *
   * @return this
   */
  public ArticleClaimsAssert hasNoError() {
    isNotNull();
    if (actual.error() != null) {
      failWithMessage("Expecting article %s to have been processed, but it failed with %s: %s",
          id(), actual.error().code(), actual.error().message());
    }
    return this;
  }

  /**
   * The article failed with this code.
   *
   * @param code the expected error code
   * @return this
   */
  public ArticleClaimsAssert hasError(ErrorCode code) {
    isNotNull();
    if (actual.error() == null || actual.error().code() != code) {
      failWithMessage("Expecting article %s to have failed with %s, but its error was %s",
          id(), code, actual.error() == null ? "none" : actual.error().code());
    }
    return this;
  }

  /**
   * The article has exactly this many claims of a type.
   *
   * @param type the claim type
   * @param expected how many
   * @return this
   */
  public ArticleClaimsAssert hasClaimCount(ClaimType type, int expected) {
    isNotNull();
    long n = actual.count(type);
    if (n != expected) {
      failWithMessage("Expecting article %s to have %s %s claims but it has %s:%n%s",
          id(), expected, type.wireName(), n, list(claimsOf(type), ArticleClaimsAssert::describe));
    }
    return this;
  }

  /**
   * Who said what: a speaker claim by {@code speaker} whose text contains {@code textPart}.
   *
   * @param speaker the speaker's canonical name
   * @param textPart part of what they said
   * @return this
   */
  public ArticleClaimsAssert hasStatement(String speaker, String textPart) {
    return has(SpeakerClaim.class, s -> s.speaker().name().equals(speaker) && s.text().contains(textPart),
        "a statement by \"" + speaker + "\" containing \"" + textPart + "\"");
  }

  /**
   * No speaker claim is attributed to {@code speaker}.
   *
   * @param speaker a canonical name
   * @return this
   */
  public ArticleClaimsAssert hasNoStatementBy(String speaker) {
    isNotNull();
    List<SpeakerClaim> by = actual.claimsOf(SpeakerClaim.class).stream()
        .filter(s -> s.speaker().name().equals(speaker)).toList();
    if (!by.isEmpty()) {
      failWithMessage("Expecting article %s to have no statement by \"%s\" but it has:%n%s",
          id(), speaker, list(by, ArticleClaimsAssert::describe));
    }
    return this;
  }

  /**
   * Which figure with which unit: a figure claim with this value and unit (the counted noun's
   * lemma: {@code soldier}, {@code shell}, {@code person}).
   *
   * @param value the normalized value (the low end of a range)
   * @param unit the unit
   * @return this
   */
  public ArticleClaimsAssert hasFigure(double value, String unit) {
    return has(FigureClaim.class, f -> f.value() == value && Objects.equals(f.unit(), unit),
        "a figure of " + number(value) + " " + unit);
  }

  /**
   * A figure claim with this value, unit and category.
   *
   * @param value the normalized value (the low end of a range)
   * @param unit the unit
   * @param category what it counts: {@code KILLED}, {@code MUNITIONS} ...
   * @return this
   */
  public ArticleClaimsAssert hasFigure(double value, String unit, Category category) {
    return has(FigureClaim.class,
        f -> f.value() == value && Objects.equals(f.unit(), unit) && f.category() == category,
        "a figure of " + number(value) + " " + unit + " in " + category);
  }

  /**
   * Which place: a location claim that puts {@code subject} at {@code place}.
   *
   * @param subject the subject's canonical name ("North Korean soldiers")
   * @param place the place's name as resolved ("Kursk", "Kursk Oblast")
   * @return this
   */
  public ArticleClaimsAssert hasLocation(String subject, String place) {
    return has(LocationClaim.class,
        l -> l.subject() != null && l.subject().name().equals(subject) && l.place().name().equals(place),
        "a location claim putting \"" + subject + "\" at \"" + place + "\"");
  }

  /**
   * A location claim at {@code place}, whatever its subject.
   *
   * @param place the place's name as resolved
   * @return this
   */
  public ArticleClaimsAssert hasLocationAt(String place) {
    return has(LocationClaim.class, l -> l.place().name().equals(place), "a location claim at \"" + place + "\"");
  }

  /**
   * A stance: {@code speaker} takes {@code act} ({@code CONDEMN}, {@code DENY} ...).
   *
   * @param speaker the holder's canonical name
   * @param act the act
   * @return this
   */
  public ArticleClaimsAssert hasStance(String speaker, StanceAct act) {
    return has(StanceClaim.class, s -> s.speaker() != null && s.speaker().name().equals(speaker) && s.stance() == act,
        "a " + act + " stance by \"" + speaker + "\"");
  }

  private <T extends Claim> ArticleClaimsAssert has(Class<T> type, Predicate<T> match, String expected) {
    isNotNull();
    List<T> claims = actual.claimsOf(type);
    if (claims.stream().noneMatch(match)) {
      failWithMessage("Expecting article %s to have %s, but its %s claims are:%n%s",
          id(), expected, typeName(type), list(claims, ArticleClaimsAssert::describe));
    }
    return this;
  }

  private List<Claim> claimsOf(ClaimType type) {
    return actual.claims().stream().filter(c -> c.type() == type).toList();
  }

  private String id() {
    return actual.article() == null || actual.article().id() == null ? "(no id)" : "\"" + actual.article().id() + "\"";
  }

  private static String typeName(Class<? extends Claim> type) {
    return type.getSimpleName().replace("Claim", "").toLowerCase(Locale.ROOT);
  }

  private static <T> String list(List<T> claims, Function<T, String> describe) {
    return claims.isEmpty() ? "  (none)" : claims.stream().map(c -> "  " + describe.apply(c)).collect(Collectors.joining("\n"));
  }

  static String describe(Claim c) {
    String who = c.speaker() == null ? "(article)" : c.speaker().name();
    String what;
    if (c instanceof FigureClaim f) {
      what = number(f.value()) + " " + f.unit() + " " + f.category();
    } else if (c instanceof LocationClaim l) {
      what = (l.subject() == null ? "?" : l.subject().name()) + " at " + l.place().name();
    } else if (c instanceof StanceClaim s) {
      what = s.stance() + " " + (s.target() == null ? "?" : s.target().name());
    } else {
      what = "\"" + c.text() + "\"";
    }
    return c.id() + " " + who + ": " + what;
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
