package org.sitrep.internal.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.claim.Claim;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.Place;
import org.sitrep.claim.Source;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceClaim;

/**
 * The fields of a claim that a highlight shows on hover or focus, as {@code data-KEY} attributes
 * of its head element. The page's script knows each key's label ({@link #LABELS}).
 */
final class ClaimFields {

  /** Field keys in display order, with their labels. */
  static final List<String[]> LABELS = List.of(
      new String[] {"type", "Type"},
      new String[] {"id", "Id"},
      new String[] {"speaker", "Speaker"},
      new String[] {"title", "Title"},
      new String[] {"speaker-country", "Speaker's country"},
      new String[] {"mode", "Mode"},
      new String[] {"value", "Value"},
      new String[] {"qualifier", "Qualifier"},
      new String[] {"unit", "Unit"},
      new String[] {"counted", "Counted"},
      new String[] {"category", "Category"},
      new String[] {"actor", "Actor"},
      new String[] {"modality", "Modality"},
      new String[] {"subject", "Subject"},
      new String[] {"predicate", "Predicate"},
      new String[] {"place", "Place"},
      new String[] {"country", "Country"},
      new String[] {"stance", "Stance"},
      new String[] {"polarity", "Polarity"},
      new String[] {"target", "Target"},
      new String[] {"cue", "Cue"},
      new String[] {"statement", "In statement"},
      new String[] {"confidence", "Confidence"},
      new String[] {"offsets", "Offsets"});

  /** One field; {@code value} is never null. */
  record Field(String key, String value) {}

  private ClaimFields() {}

  static List<Field> of(Claim claim) {
    List<Field> out = new ArrayList<>();
    add(out, "type", claim.type().wireName());
    Source speaker = claim.speaker();
    if (speaker != null) {
      add(out, "speaker", speaker.name());
      add(out, "title", speaker.title());
      add(out, "speaker-country", speaker.country());
    }
    if (claim instanceof SpeakerClaim s) {
      add(out, "mode", lower(s.mode()));
      add(out, "cue", s.cue());
    } else if (claim instanceof FigureClaim f) {
      add(out, "value", value(f));
      add(out, "qualifier", f.qualifierText() != null ? lower(f.qualifier()) + " (" + f.qualifierText() + ")" : lower(f.qualifier()));
      add(out, "unit", f.unit());
      add(out, "counted", f.counted());
      add(out, "category", lower(f.category()));
      add(out, "actor", f.actor() == null ? null : f.actor().name());
      add(out, "modality", lower(f.modality()));
      place(out, f.location());
    } else if (claim instanceof LocationClaim l) {
      add(out, "subject", l.subject() == null ? null : l.subject().name());
      add(out, "predicate", l.predicate());
      place(out, l.place());
    } else if (claim instanceof StanceClaim s) {
      add(out, "stance", lower(s.stance()));
      add(out, "polarity", lower(s.polarity()));
      add(out, "target", s.target() == null ? null : s.target().name());
      add(out, "cue", s.cue());
    }
    add(out, "statement", claim.statement());
    add(out, "confidence", String.format(Locale.ROOT, "%.2f", claim.confidence()));
    add(out, "offsets", claim.begin() + "\u2013" + claim.end());
    return out;
  }

  private static void place(List<Field> out, Place place) {
    if (place != null) {
      add(out, "place", place.name() + " (" + lower(place.kind()) + ")");
      add(out, "country", place.country());
    }
  }

  /** The figure's value: a range as low–high. */
  static String value(FigureClaim f) {
    if (f.low() != null && f.high() != null && !f.low().equals(f.high())) {
      return number(f.low()) + "\u2013" + number(f.high());
    }
    return number(f.value());
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  static String lower(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void add(List<Field> out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.add(new Field(key, value));
    }
  }
}
