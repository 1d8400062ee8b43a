package org.sitrep.internal.render;

import java.util.Locale;
import org.sitrep.claim.Claim;
import org.sitrep.claim.Source;

/**
 * A claim as a page shows it: its element id ({@code h-N}, N its index in the result, so that
 * links never depend on what the claim's own id contains), whether its span fits the text, and
 * its speaker colour (an index into {@link PageAssets#SPEAKER_COLOURS}, or -1).
 */
record PageClaim(Claim claim, String elementId, boolean placed, boolean textMatches, int colour) {

  static final String OWN_VOICE = "The article's own voice";

  String type() {
    return claim.type().wireName();
  }

  String speakerName() {
    Source s = claim.speaker();
    return s == null ? OWN_VOICE : s.name();
  }

  /** {@code c-TYPE}, plus {@code spk-N} for a statement. */
  String classes() {
    return "c-" + type() + (colour >= 0 ? " spk-" + colour : "");
  }

  /** A short piece of the claim's text for lists: whitespace folded, at most {@code max} characters. */
  String excerpt(int max) {
    String t = claim.text() == null ? "" : claim.text().replaceAll("\\s+", " ").strip();
    if (t.length() <= max) {
      return t;
    }
    int cut = max;
    if (Character.isLowSurrogate(t.charAt(cut)) && cut > 0) {
      cut--;
    }
    return t.substring(0, cut).stripTrailing() + "\u2026";
  }

  static String plural(long n, String one) {
    return n + " " + (n == 1 ? one : one + (one.endsWith("s") ? "es" : "s"));
  }

  static String typeLabel(String wireName) {
    return switch (wireName) {
      case "speaker" -> "Statements";
      case "figure" -> "Figures";
      case "location" -> "Locations";
      case "stance" -> "Stances";
      default -> wireName.toUpperCase(Locale.ROOT);
    };
  }
}
