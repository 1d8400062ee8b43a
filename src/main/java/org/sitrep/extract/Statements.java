package org.sitrep.extract;

import java.util.Comparator;
import java.util.List;
import org.sitrep.claim.Claim;
import org.sitrep.claim.SpeakerClaim;

/**
 * The speaker claims of an article, for extractors that attribute what they find to the
 * statement that contains it: a figure inside a quotation is the quoted speaker's figure. An
 * extractor gets them from {@link ArticleContext#statements()}. Immutable.
 */
public final class Statements {

  private static final Statements NONE = new Statements(List.of());

  private final List<SpeakerClaim> claims;

  private Statements(List<SpeakerClaim> claims) {
    this.claims = claims.stream().sorted(Comparator.comparingInt(SpeakerClaim::begin)).toList();
  }

  /**
   * No statements.
   *
   * @return the empty statements
   */
  public static Statements none() {
    return NONE;
  }

  /**
   * The speaker claims among {@code claims}.
   *
   * @param claims claims of any types; only the speaker claims are kept
   * @return those statements, in text order
   */
  public static Statements of(List<? extends Claim> claims) {
    return new Statements(claims.stream()
        .filter(SpeakerClaim.class::isInstance).map(SpeakerClaim.class::cast).toList());
  }

  /**
   * Every statement.
   *
   * @return the speaker claims, in text order
   */
  public List<SpeakerClaim> all() {
    return claims;
  }

  /**
   * The shortest statement whose span contains {@code begin}..{@code end}.
   *
   * @param begin where a span begins
   * @param end where it ends, exclusive
   * @return the statement, or null when none holds the span
   */
  public SpeakerClaim enclosing(int begin, int end) {
    SpeakerClaim best = null;
    for (SpeakerClaim c : claims) {
      if (c.begin() > begin) {
        break;
      }
      if (c.end() >= end && (best == null || c.end() - c.begin() < best.end() - best.begin())) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The statement whose sentence goes on to hold {@code claim}: the nearest statement that ends
   * before the claim in the claim's sentence ("A, officials said, with 13 wounded"; "Anadolu reported
   * that troops killed 21 soldiers and destroyed two launchers").
   *
   * @param claim a claim of the article
   * @return the statement, or null when none
   */
  public SpeakerClaim continuedIn(Claim claim) {
    SpeakerClaim best = null;
    for (SpeakerClaim c : claims) {
      if (c.begin() > claim.begin()) {
        break;
      }
      if (c.sentence() == claim.sentence() && c.end() <= claim.begin() && !namesSpeaker(claim, c)) {
        best = c;
      }
    }
    return best;
  }

  /** "..., two Iraqi officials said": a claim inside the words that name the statement's speaker. */
  private static boolean namesSpeaker(Claim claim, SpeakerClaim statement) {
    Integer b = statement.speaker().mentionBegin();
    Integer e = statement.speaker().mentionEnd();
    return b != null && e != null && claim.begin() < e && b < claim.end();
  }

  /**
   * {@code claim} attributed to the statement that contains it, else to the statement its sentence
   * continues ({@link #continuedIn}): that statement's speaker and id. A claim outside every
   * statement is returned unchanged (the article's own voice).
   *
   * @param <T> the claim's type
   * @param claim a claim of the article
   * @return the claim with that statement's speaker and id, or {@code claim} itself
   */
  public <T extends Claim> Claim attribute(T claim) {
    SpeakerClaim s = enclosing(claim.begin(), claim.end());
    if (s == null) {
      s = continuedIn(claim);
    }
    return s == null ? claim : claim.attributed(s.speaker(), s.id());
  }
}
