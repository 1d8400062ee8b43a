package org.sitrep.internal.eval;

import java.util.Locale;
import org.sitrep.claim.Claim;
import org.sitrep.claim.ClaimType;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceClaim;

/**
 * A gold or predicted claim reduced to the fields the scorer reads. Fields that do not apply to
 * the claim's type are null; enum-valued fields hold their wire names (e.g. "direct", "KILLED").
 * {@code speaker} is null for the article's own voice. {@code speakerScored} is false on a gold
 * claim whose speaker the scorer does not compare (gold {@code "speakerScored": false}: only its
 * span counts); it is true on every prediction.
 */
public record EvalClaim(
    ClaimType type,
    String id,
    int begin,
    int end,
    String text,
    boolean optional,
    boolean speakerScored,
    EvalSource speaker,
    String mode,
    Double value,
    String unit,
    String category,
    String qualifier,
    String placeName,
    String placeCountry,
    String subject,
    String polarity,
    String stance) {

  public EvalClaim {
    if (type == null) {
      throw new IllegalArgumentException("a claim needs a type");
    }
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad claim span " + begin + ".." + end + " of claim " + id);
    }
  }

  public int length() {
    return end - begin;
  }

  /** The overlap of the two spans in characters (0 when they do not overlap). */
  public int overlap(EvalClaim other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
  }

  /** A predicted claim from the contract's records (never optional, no aliases). */
  public static EvalClaim of(Claim claim) {
    EvalSource speaker = claim.speaker() == null ? null : new EvalSource(claim.speaker().name(), null);
    EvalClaim base = new EvalClaim(claim.type(), claim.id(), claim.begin(), claim.end(), claim.text(), false, true,
        speaker, null, null, null, null, null, null, null, null, null, null);
    if (claim instanceof SpeakerClaim s) {
      return base.withMode(s.mode() == null ? null : s.mode().name().toLowerCase(Locale.ROOT));
    }
    if (claim instanceof FigureClaim f) {
      return new EvalClaim(f.type(), f.id(), f.begin(), f.end(), f.text(), false, true, speaker, null,
          f.value(), f.unit(), name(f.category()), name(f.qualifier()), null, null, null, null, null);
    }
    if (claim instanceof LocationClaim l) {
      return new EvalClaim(l.type(), l.id(), l.begin(), l.end(), l.text(), false, true, speaker, null,
          null, null, null, null, l.place().name(), l.place().country(),
          l.subject() == null ? null : l.subject().name(), null, null);
    }
    StanceClaim s = (StanceClaim) claim;
    return new EvalClaim(s.type(), s.id(), s.begin(), s.end(), s.text(), false, true, speaker, null,
        null, null, null, null, null, null, null, name(s.polarity()), name(s.stance()));
  }

  private EvalClaim withMode(String newMode) {
    return new EvalClaim(type, id, begin, end, text, optional, speakerScored, speaker, newMode, value, unit, category, qualifier,
        placeName, placeCountry, subject, polarity, stance);
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }
}
