package org.sitrep.internal.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.claim.Category;
import org.sitrep.claim.Qualifier;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Numbers that are no figure: dates, years, times, ordinals, numbers in names ("Resolution 2254",
 * "Boeing 747"), ages ("70-year-old", "Gil Yair, 39, said", "ages 6 and 4"), phone numbers and
 * other codes ("0800 555 0143"), and a lone "one" of many. Which words mark a label, an age, a time
 * or a code is data ({@code non-count-words.tsv}); what stays here is how they stand.
 */
final class Exclusions {

  private static final Set<String> EXCLUDED_NER = Set.of("DATE", "TIME", "ORDINAL", "SET",
      "PERSON", "ORGANIZATION", "LOCATION", "MISC", "CITY", "COUNTRY");
  /** A digit string with a leading zero ("0143", "00.01") is a code or a clock time, never a count. */
  private static final Pattern LEADING_ZERO = Pattern.compile("0\\d.*");
  private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
  private static final Pattern BARE_DIGITS = Pattern.compile("\\d+");
  /** How far back a list of ages may reach for its age word ("ages 6, 4 and 3 months"). */
  private static final int AGE_LIST_WINDOW = 12;

  private final FigureLexicon lexicon;

  Exclusions(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the numeral {@code n} (at local index {@code local} of its sentence) is no count. */
  boolean excluded(Document doc, List<Token> tokens, Sentence s, Numeral n, int local) {
    for (int k = n.first(); k < n.end(); k++) {
      Token t = doc.tokens().get(k);
      if (EXCLUDED_NER.contains(t.ner()) && !durationFollows(doc, n)) {
        return true;
      }
    }
    Token first = doc.tokens().get(n.first());
    int afterLocal = n.end() - s.firstToken();
    String w = first.word();
    if (n.end() - n.first() == 1 && YEAR.matcher(w).matches() && !pluralNounFollows(tokens, afterLocal)) {
      return true;
    }
    if (local > 0 && labelOrName(tokens, local, first)) {
      return true;
    }
    return isAge(tokens, afterLocal) || inAgeList(tokens, local) || isTimeOfDay(tokens, afterLocal)
        || isCode(tokens, local, afterLocal);
  }

  /** "Resolution 2254", "Boeing 747", "F-16": the word before makes the number a label. */
  private boolean labelOrName(List<Token> tokens, int local, Token first) {
    Token prev = tokens.get(local - 1);
    String pw = prev.word().toLowerCase(Locale.ROOT);
    String w = first.word();
    if (lexicon.isLabelWord(pw)) {
      return true;
    }
    if (prev.isProperNoun() && Character.isUpperCase(prev.word().charAt(0)) && Character.isDigit(w.charAt(0))
        && !prev.ner().equals("DATE") && !lexicon.isCurrency(prev)) {
      return true;
    }
    return (pw.equals("-") || pw.equals("\u2013")) && local > 1 && tokens.get(local - 2).end() == prev.begin()
        && prev.end() == first.begin();
  }

  /** Ages: "70-year-old", "9-month-old", "45 years old". */
  private boolean isAge(List<Token> tokens, int afterLocal) {
    int k = skipHyphen(tokens, afterLocal);
    if (k < tokens.size() && isDurationWord(tokens.get(k))) {
      k = skipHyphen(tokens, k + 1);
    }
    return k < tokens.size() && k > afterLocal && tokens.get(k).word().equalsIgnoreCase("old");
  }

  /** A number in a list after an age word: "aged 45", "ages 6, 4 and 3 months". */
  private boolean inAgeList(List<Token> tokens, int local) {
    for (int k = local - 1; k >= 0 && local - k <= AGE_LIST_WINDOW; k--) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (lexicon.isAgeWord(w)) {
        return true;
      }
      if (!(t.pos().equals("CD") || w.equals(",") || w.equals("and") || isDurationWord(t))) {
        return false;
      }
    }
    return false;
  }

  /** A clock time: "5 p.m.", "00.01 tonight", "10 : 30". */
  private boolean isTimeOfDay(List<Token> tokens, int afterLocal) {
    if (afterLocal >= tokens.size()) {
      return false;
    }
    String next = tokens.get(afterLocal).word().toLowerCase(Locale.ROOT);
    return lexicon.isTimeWord(next) || next.equals(":");
  }

  /**
   * An age limit after people: "three girls under 15", "men over 60". {@code qualifierLocal} is
   * where the qualifier of an elided number starts.
   */
  boolean isAgeLimit(List<Token> tokens, int qualifierLocal, Qualifier qualifier) {
    if (qualifierLocal < 1 || qualifier == Qualifier.EXACT || qualifier == Qualifier.APPROXIMATE) {
      return false;
    }
    Token before = tokens.get(qualifierLocal - 1);
    String lemma = before.lemma().toLowerCase(Locale.ROOT);
    return before.pos().equals("NNS") && lexicon.countsPeople(lemma, lexicon.category(lexicon.unit(lemma)));
  }

  /**
   * A phone number or other code: digits with a leading zero ("0143"), after a code word ("tel.",
   * "hotline") or a glued "+", or one of several bare digit groups in a row ("202 555 0143").
   */
  private boolean isCode(List<Token> tokens, int local, int afterLocal) {
    Token first = tokens.get(local);
    if (LEADING_ZERO.matcher(first.word()).matches()) {
      return true;
    }
    if (local > 0) {
      Token prev = tokens.get(local - 1);
      String pw = prev.word().toLowerCase(Locale.ROOT);
      if (lexicon.isCodeWord(pw) || pw.equals("+") && prev.end() == first.begin()) {
        return true;
      }
    }
    if (!BARE_DIGITS.matcher(first.word()).matches()) {
      return false;
    }
    return local > 0 && isDigitGroup(tokens.get(local - 1))
        || afterLocal < tokens.size() && afterLocal == local + 1 && isDigitGroup(tokens.get(afterLocal));
  }

  /** A bare group of three or more digits that is no year: a piece of a phone number. */
  private static boolean isDigitGroup(Token t) {
    return t.word().length() >= 3 && BARE_DIGITS.matcher(t.word()).matches()
        && !(t.ner().equals("DATE") && YEAR.matcher(t.word()).matches());
  }

  private boolean isDurationWord(Token t) {
    return lexicon.category(lexicon.unit(t.lemma().toLowerCase(Locale.ROOT))) == Category.DURATION;
  }

  private static int skipHyphen(List<Token> tokens, int k) {
    if (k < tokens.size() && (tokens.get(k).word().equals("-") || tokens.get(k).word().equals("\u2013"))) {
      return k + 1;
    }
    return k;
  }

  private boolean durationFollows(Document doc, Numeral n) {
    if (n.end() >= doc.tokens().size()) {
      return n.innerUnit() != null;
    }
    Token next = doc.tokens().get(n.end());
    if (next.sentence() != doc.tokens().get(n.first()).sentence()) {
      return false;
    }
    String unit = lexicon.unit(next.lemma().toLowerCase(Locale.ROOT));
    return n.innerUnit() != null || lexicon.category(unit) == Category.DURATION;
  }

  private static boolean pluralNounFollows(List<Token> tokens, int p) {
    return p < tokens.size() && tokens.get(p).pos().equals("NNS");
  }

  /** "Gil Yair, 39, said": a bare number between commas after a name is an age. */
  static boolean isAgeAfterName(List<Token> tokens, int first, int after) {
    return first >= 2 && tokens.get(first - 1).word().equals(",") && tokens.get(first - 2).isNoun()
        && (after >= tokens.size() || tokens.get(after).word().equals(",") || tokens.get(after).pos().equals("."));
  }

  /** A lone "one": "one of the soldiers" names one of many, not a count. */
  static boolean isOneOfMany(Document doc, Numeral n) {
    return n.end() - n.first() == 1 && doc.tokens().get(n.first()).word().equalsIgnoreCase("one");
  }
}
