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
   * last word of the gold name or of one of its aliases, whole or cut before a first comma or
   * parenthesis ({@link #head}). Both null (the article's own voice)
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
    if (last.equals(lastToken(gold.name())) || last.equals(lastToken(head(gold.name())))) {
      return true;
    }
    return gold.aliases().stream().anyMatch(a -> last.equals(lastToken(a)) || last.equals(lastToken(head(a))));
  }

  /**
   * A gold name without what follows its first comma or parenthesis and without a possessive "'s":
   * "Sen. Ann Roe (D-Ore.)", "Roe, a former envoy," and "Roe's" are Roe; a gold source span in a
   * peer corpus carries such additions.
   */
  static String head(String name) {
    int cut = name.length();
    for (char c : new char[] {',', '('}) {
      int i = name.indexOf(c);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    String head = name.substring(0, cut).strip();
    return head.replaceFirst("['\u2019]s$", ""); // "Trump's" in "Trump's claim that": Trump
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
