package org.sitrep.internal.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Token;

/**
 * Reads the value of a number written in digits ("1,000", "3.5 million", "15K", "1.2bn"), in
 * words ("two", "a dozen", "half a million", "twenty-five") or as a hyphenated measure
 * ("four-year"). Works on a sentence's tokens; stateless.
 */
final class NumberParser {

  private static final Pattern DIGITS =
      Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?([a-zA-Z]{1,3})?");
  private static final Pattern DIGIT_RANGE =
      // the look-behind keeps find() linear on long digit runs: no start inside a number
      Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)[-\u2013](\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)");

  private final FigureLexicon lexicon;

  NumberParser(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The number that starts at {@code tokens.get(i)}, or null. {@code tokens} is one sentence's
   * tokens; indices in the result are document token indices.
   */
  Numeral parse(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String lower = t.word().toLowerCase(Locale.ROOT);
    Matcher range = DIGIT_RANGE.matcher(t.word());
    if (range.matches()) {
      double a = plain(range.group(1));
      double b = plain(range.group(2));
      if (b < a) {
        return null; // "3-1": a score or a vote, not a range
      }
      return finiteOrNull(new Numeral(t.index(), t.index() + 1, Math.min(a, b), Math.max(a, b), false, null));
    }
    Numeral hyphenated = hyphenated(t, lower);
    if (hyphenated != null) {
      return hyphenated;
    }
    Sum sum = new Sum();
    int j = articleBeforeScale(tokens, i, lower, sum);
    if (j < 0) {
      return null;
    }
    j = readWords(tokens, j, sum);
    if (!sum.any) {
      return null;
    }
    return finiteOrNull(new Numeral(t.index(), tokens.get(j - 1).index() + 1, sum.total + sum.current, null, false, null));
  }

  /** The running value of a number read word by word ("two hundred and five thousand"). */
  private static final class Sum {
    double total;
    double current;
    boolean any;
    boolean lastWasUnit;
  }

  /**
   * "a million", "an estimated", "half a million": where the scale word after "a", "an" or "half"
   * stands (with the factor put in {@code sum}), {@code i} when the number does not start so, -1
   * when "a" or "half" is followed by no scale.
   */
  private int articleBeforeScale(List<Token> tokens, int i, String lower, Sum sum) {
    if (!(lower.equals("a") || lower.equals("an") || lower.equals("half")) || i + 1 >= tokens.size()) {
      return i;
    }
    int k = i + 1;
    double factor = 1;
    if (lower.equals("half")) {
      factor = 0.5;
      String next = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if ((next.equals("a") || next.equals("an")) && k + 1 < tokens.size()) {
        k++;
      }
    }
    FigureLexicon.NumberWord w = lexicon.numberWord(tokens.get(k).word().toLowerCase(Locale.ROOT));
    if (w == null || !w.scale() || isLetterSuffix(tokens.get(k).word())) {
      return -1;
    }
    sum.current = factor;
    sum.any = true;
    return k;
  }

  /** Reads digits, unit words and scale words from {@code j} into {@code sum}; returns where it stopped. */
  private int readWords(List<Token> tokens, int j, Sum sum) {
    for (; j < tokens.size(); j++) {
      Token tok = tokens.get(j);
      String w = tok.word().toLowerCase(Locale.ROOT);
      Matcher m = DIGITS.matcher(tok.word());
      FigureLexicon.NumberWord word = lexicon.numberWord(w);
      if (m.matches()) {
        if (sum.lastWasUnit || sum.any) {
          break;
        }
        double v = plain(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        if (m.group(3) != null) {
          FigureLexicon.NumberWord suffix = lexicon.numberWord(m.group(3).toLowerCase(Locale.ROOT));
          if (suffix == null || !suffix.scale()) {
            break;
          }
          v *= suffix.value();
        }
        sum.current = v;
      } else if (word != null && !word.scale() || word == null && hyphenWords(w) >= 0) {
        if (sum.lastWasUnit) {
          break;
        }
        sum.current += word != null ? word.value() : hyphenWords(w);
      } else if (word != null && sum.any && scaleAllowed(tokens, j)) {
        if (word.value() < 1000) {
          sum.current = (sum.current == 0 ? 1 : sum.current) * word.value();
        } else {
          sum.total += (sum.current == 0 ? 1 : sum.current) * word.value();
          sum.current = 0;
        }
        sum.lastWasUnit = false;
        continue;
      } else {
        break;
      }
      sum.any = true;
      sum.lastWasUnit = true;
    }
    return j;
  }

  /** Single letters ("m", "k", "b") scale a number only when written against it ("5m"). */
  /** A vague quantity that starts at {@code tokens.get(i)}: "hundreds", "tens of thousands"; or null. */
  Numeral vague(List<Token> tokens, int i) {
    for (int len = Math.min(lexicon.longestVague(), tokens.size() - i); len >= 1; len--) {
      Double v = lexicon.vague(phrase(tokens, i, i + len));
      if (v != null) {
        return new Numeral(tokens.get(i).index(), tokens.get(i + len - 1).index() + 1, v, null, true, null);
      }
    }
    return null;
  }

  /**
   * {@code n} extended to a range: "3 to 5", "3-5", "between 3 and 5", "two or three".
   * {@code sentenceFirst} is the document index of {@code tokens.get(0)}.
   */
  Numeral range(List<Token> tokens, int sentenceFirst, Numeral n) {
    if (n.isRange() || n.vague()) {
      return n;
    }
    int after = n.end() - sentenceFirst;
    if (after + 1 >= tokens.size()) {
      return n;
    }
    String w = tokens.get(after).word().toLowerCase(Locale.ROOT);
    int before = n.first() - sentenceFirst - 1;
    boolean between = before >= 0 && tokens.get(before).word().equalsIgnoreCase("between");
    boolean from = before >= 0 && tokens.get(before).word().equalsIgnoreCase("from");
    boolean joins = w.equals("-") || w.equals("\u2013") || w.equals("or")
        || (w.equals("to") && !from) || (w.equals("and") && between);
    if (!joins) {
      return n;
    }
    Numeral second = parse(tokens, after + 1);
    if (second == null || second.isRange() || second.innerUnit() != null) {
      return n;
    }
    double low = Math.min(n.value(), second.value());
    double high = Math.max(n.value(), second.value());
    return new Numeral(n.first(), second.end(), low, high, false, null);
  }

  /**
   * Where a score or a vote that starts with {@code n} ends ("won 3 - 1", "voted 13 to 2": a
   * second, smaller number after a hyphen or "to"), as a local index; -1 when {@code n} starts none.
   */
  int scoreEnd(List<Token> tokens, int sentenceFirst, Numeral n) {
    int after = n.end() - sentenceFirst;
    if (n.isRange() || n.vague() || after + 1 >= tokens.size()) {
      return -1;
    }
    String w = tokens.get(after).word().toLowerCase(Locale.ROOT);
    int before = n.first() - sentenceFirst - 1;
    if (!(w.equals("-") || w.equals("\u2013") || w.equals("to"))
        || before >= 0 && tokens.get(before).word().equalsIgnoreCase("from")) {
      return -1;
    }
    Numeral second = parse(tokens, after + 1);
    return second != null && !second.isRange() && second.innerUnit() == null && second.value() < n.value()
        ? second.end() - sentenceFirst : -1;
  }

  /** The words of local indices {@code from..to} (exclusive), lower case, joined by spaces. */
  static String phrase(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(tokens.get(k).word().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  private static boolean scaleAllowed(List<Token> tokens, int j) {
    Token tok = tokens.get(j);
    if (!isLetterSuffix(tok.word())) {
      return true;
    }
    return j > 0 && tokens.get(j - 1).end() == tok.begin();
  }

  private static boolean isLetterSuffix(String word) {
    return word.length() == 1 && Character.isLetter(word.charAt(0));
  }

  /** "twenty-five" is 25; -1 when the word is not two number words joined by a hyphen. */
  private double hyphenWords(String w) {
    int dash = w.indexOf('-');
    if (dash <= 0) {
      return -1;
    }
    FigureLexicon.NumberWord tens = lexicon.numberWord(w.substring(0, dash));
    FigureLexicon.NumberWord ones = lexicon.numberWord(w.substring(dash + 1));
    if (tens == null || ones == null || tens.scale() || ones.scale() || tens.value() < 20 || ones.value() >= 10) {
      return -1;
    }
    return tens.value() + ones.value();
  }

  /** "four-year", "5-km", "seven-day": a number and a unit in one token; null otherwise. */
  private Numeral hyphenated(Token t, String lower) {
    String[] parts = lower.split("[-\u2013]");
    if (parts.length < 2 || parts[1].isEmpty() || !Character.isLetter(parts[1].charAt(0))) {
      return null;
    }
    if (parts.length > 2 && parts[parts.length - 1].equals("old")) {
      return null;
    }
    double v;
    Matcher m = DIGITS.matcher(parts[0]);
    if (m.matches() && m.group(3) == null) {
      v = plain(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
    } else {
      FigureLexicon.NumberWord word = lexicon.numberWord(parts[0]);
      if (word == null || word.scale()) {
        return null;
      }
      v = word.value();
    }
    String unit = lexicon.unit(singular(parts[1]));
    if (lexicon.category(unit) == null) {
      return null;
    }
    return finiteOrNull(new Numeral(t.index(), t.index() + 1, v, null, false, unit));
  }

  private static String singular(String w) {
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  /** A number too large for a double (309 digits and more) is no figure: null, the rest goes on. */
  private static Numeral finiteOrNull(Numeral n) {
    return Double.isFinite(n.value()) && (n.high() == null || Double.isFinite(n.high())) ? n : null;
  }

  static double plain(String digits) {
    return Double.parseDouble(digits.replace(",", ""));
  }
}
