package org.sitrep.internal.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.claim.ClaimType;

/**
 * The rules of "What the evaluation reads" in the annotation guidelines, per claim type: when a
 * prediction matches a gold claim, when a matched pair counts for the headline F1, and which
 * attributes are scored on matched pairs.
 */
final class Rules {

  /** Relative tolerance of a figure's value. */
  static final double VALUE_TOLERANCE = 0.005;

  private Rules() {}

  static boolean matches(EvalClaim gold, EvalClaim predicted) {
    int overlap = gold.overlap(predicted);
    if (overlap <= 0) {
      return false;
    }
    return switch (gold.type()) {
      case SPEAKER -> 2L * overlap >= gold.length() && 3L * overlap >= predicted.length();
      case FIGURE -> sameValue(gold.value(), predicted.value());
      case LOCATION -> Names.samePlaceName(gold.placeName(), predicted.placeName())
          || (gold.placeCountry() != null && Names.sameCode(gold.placeCountry(), predicted.placeCountry()));
      case STANCE -> speakerRight(gold, predicted) && Names.sameCode(gold.polarity(), predicted.polarity());
    };
  }

  /** A matched pair that counts for the headline F1: right speaker (speaker), right unit (figure). */
  static boolean headlineRight(EvalClaim gold, EvalClaim predicted) {
    return switch (gold.type()) {
      case SPEAKER -> speakerRight(gold, predicted);
      case FIGURE -> Names.sameUnit(gold.unit(), predicted.unit());
      case LOCATION, STANCE -> true;
    };
  }

  /**
   * Whether the predicted speaker is the gold one, or the gold claim does not score its speaker
   * ({@code "speakerScored": false}: only its span counts).
   */
  static boolean speakerRight(EvalClaim gold, EvalClaim predicted) {
    return !gold.speakerScored() || Names.sameSpeaker(gold.speaker(), predicted.speaker());
  }

  /**
   * The attributes scored on a matched pair, in report order: name -> agrees. A gold claim that
   * does not score its speaker leaves the speaker attribute out.
   */
  static Map<String, Boolean> attributes(EvalClaim gold, EvalClaim predicted) {
    Map<String, Boolean> a = new LinkedHashMap<>();
    switch (gold.type()) {
      case SPEAKER -> {
        putSpeaker(a, gold, predicted);
        a.put("mode", Names.sameCode(gold.mode(), predicted.mode()));
      }
      case FIGURE -> {
        a.put("unit", Names.sameUnit(gold.unit(), predicted.unit()));
        a.put("category", Names.sameCode(gold.category(), predicted.category()));
        a.put("qualifier", Names.sameCode(gold.qualifier(), predicted.qualifier()));
        putSpeaker(a, gold, predicted);
      }
      case LOCATION -> {
        a.put("country", Names.sameCode(gold.placeCountry(), predicted.placeCountry()));
        a.put("subject", Names.sameSubject(gold.subject(), predicted.subject()));
      }
      case STANCE -> a.put("stance", Names.sameCode(gold.stance(), predicted.stance()));
    }
    return a;
  }

  private static void putSpeaker(Map<String, Boolean> a, EvalClaim gold, EvalClaim predicted) {
    if (gold.speakerScored()) {
      a.put("speaker", Names.sameSpeaker(gold.speaker(), predicted.speaker()));
    }
  }

  /** The attribute names of a type, in report order. */
  static java.util.List<String> attributeNames(ClaimType type) {
    return switch (type) {
      case SPEAKER -> java.util.List.of("speaker", "mode");
      case FIGURE -> java.util.List.of("unit", "category", "qualifier", "speaker");
      case LOCATION -> java.util.List.of("country", "subject");
      case STANCE -> java.util.List.of("stance");
    };
  }

  /**
   * The order in which a gold claim tries the predictions it matches: a pair right on the
   * headline first, then the larger overlap, then the fewer characters outside the overlap.
   */
  static java.util.Comparator<EvalClaim> preference(EvalClaim gold) {
    return java.util.Comparator.comparing((EvalClaim p) -> !headlineRight(gold, p))
        .thenComparing(p -> -gold.overlap(p))
        .thenComparing(p -> gold.length() + p.length() - 2 * gold.overlap(p));
  }

  private static boolean sameValue(Double gold, Double predicted) {
    if (gold == null || predicted == null) {
      return false;
    }
    if (gold == 0.0) {
      return predicted == 0.0;
    }
    return Math.abs(predicted - gold) <= VALUE_TOLERANCE * Math.abs(gold);
  }
}
