package org.sitrep.internal.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/** How the scorer compares names, units and subjects: case- and accent-insensitive. */
final class Names {

  private Names() {}

  /** Lower case without accents ("Zelenskyy" and "ZELÉNSKYY" fold alike). */
  static String fold(String s) {
    if (s == null) {
      return null;
    }
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
  }

  /** The last word of a name, folded; "" for a name without letters or digits. */
  static String lastToken(String name) {
    String[] words = fold(name).split("[^\\p{L}\\p{N}]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        return words[i];
      }
    }
    return "";
  }

  /**
   * Whether a predicted speaker is the gold one: the last word of the predicted name equals the
   * last word of the gold name or of one of its aliases. Both null (the article's own voice)
   * agree; one null and the other not disagree.
   */
  static boolean sameSpeaker(EvalSource gold, EvalSource predicted) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null;
    }
    String last = lastToken(predicted.name());
    if (last.isEmpty()) {
      return false;
    }
    if (last.equals(lastToken(gold.name()))) {
      return true;
    }
    return gold.aliases().stream().anyMatch(a -> last.equals(lastToken(a)));
  }

  /** Units compare as lemmas: case-insensitive, a plural "s" ignored ("Troops" = "troop"). */
  static boolean sameUnit(String gold, String predicted) {
    return Objects.equals(singular(fold(gold)), singular(fold(predicted)));
  }

  /** Subjects compare by their last word, case-insensitive, a plural "s" ignored. */
  static boolean sameSubject(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null;
    }
    return singular(lastToken(gold)).equals(singular(lastToken(predicted)));
  }

  /** Place names compare whole, case- and accent-insensitive. */
  static boolean samePlaceName(String gold, String predicted) {
    return gold != null && predicted != null && fold(gold).equals(fold(predicted));
  }

  /** Null-safe equality of codes such as countries and enum names, case-insensitive. */
  static boolean sameCode(String gold, String predicted) {
    return Objects.equals(fold(gold), fold(predicted));
  }

  private static String singular(String s) {
    if (s != null && s.length() > 1 && s.endsWith("s") && !s.endsWith("ss")) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }
}
