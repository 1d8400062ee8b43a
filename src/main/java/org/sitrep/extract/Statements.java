package org.sitrep.extract;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.claim.Claim;
import org.sitrep.claim.SpeakerClaim;

/**
 * The speaker claims of an article, for extractors that attribute what they find to the
 * statement that contains it: a figure inside a quotation is the quoted speaker's figure. An
 * extractor gets them from {@link ArticleContext#statements()}. Immutable.
 */
public final class Statements {

  private static final Statements NONE = new Statements(List.of(), null);

  /** What opens a description of the speaker right after its name: a relative clause or an apposition. */
  private static final Pattern DESCRIPTION_OPENING =
      Pattern.compile("^\\s*,\\s*(?:who|whose|whom|which|a|an|the)\\b", Pattern.CASE_INSENSITIVE);

  private final List<SpeakerClaim> claims;
  private final CharSequence text;

  private Statements(List<SpeakerClaim> claims, CharSequence text) {
    this.claims = claims.stream().sorted(Comparator.comparingInt(SpeakerClaim::begin)).toList();
    this.text = text;
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
    return of(claims, null);
  }

  /**
   * The speaker claims among {@code claims}, with the article's text, so that what the article
   * says of a speaker after naming it ("'We are exhausted,' said Col. Ames, who leads a 40-man
   * team") stays in the article's voice ({@link #continuedIn}).
   *
   * @param claims claims of any types; only the speaker claims are kept
   * @param text the article's text the claims' offsets point into, or null when unknown
   * @return those statements, in text order
   */
  public static Statements of(List<? extends Claim> claims, CharSequence text) {
    return new Statements(claims.stream()
        .filter(SpeakerClaim.class::isInstance).map(SpeakerClaim.class::cast).toList(), text);
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
   * that troops killed 21 soldiers and destroyed two launchers"). Not when the claim lies in the
   * words that name the speaker, nor, when the text is known, in a relative clause or apposition
   * that describes the speaker right after its name ("said the mayor, who leads a 40-man crew"):
   * the writer says that, not the speaker.
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
      if (c.sentence() == claim.sentence() && c.end() <= claim.begin() && !namesSpeaker(claim, c)
          && !describesSpeaker(claim, c)) {
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

  /** "..., said the mayor, who leads a 40-man crew": a claim in what the article says of the speaker. */
  private boolean describesSpeaker(Claim claim, SpeakerClaim statement) {
    Integer e = statement.speaker().mentionEnd();
    if (text == null || e == null || e < statement.end() || e > claim.begin() || claim.begin() > text.length()) {
      return false;
    }
    return DESCRIPTION_OPENING.matcher(text.subSequence(e, claim.begin())).find();
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
