package org.sitrep.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Category;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Numbers that are no figure: dates, years, times, ordinals, numbers in names ("Resolution 2254",
 * "Boeing 747"), ages ("70-year-old", "Gil Yair, 39, said"), and a lone "one" of many.
 */
final class Exclusions {

  private static final Set<String> EXCLUDED_NER = Set.of("DATE", "TIME", "ORDINAL", "SET",
      "PERSON", "ORGANIZATION", "LOCATION", "MISC", "CITY", "COUNTRY");

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
    if (n.end() - n.first() == 1 && w.matches("1[89]\\d\\d|20\\d\\d") && !pluralNounFollows(tokens, afterLocal)) {
      return true;
    }
    if (local > 0 && labelOrName(tokens, local, first)) {
      return true;
    }
    return isAge(tokens, afterLocal);
  }

  /** "Resolution 2254", "aged 45", "Boeing 747", "F-16": the word before makes the number a label. */
  private boolean labelOrName(List<Token> tokens, int local, Token first) {
    Token prev = tokens.get(local - 1);
    String pw = prev.word().toLowerCase(Locale.ROOT);
    String w = first.word();
    if (lexicon.isLabelWord(pw) || pw.equals("aged") || pw.equals("age")) {
      return true;
    }
    if (prev.isProperNoun() && Character.isUpperCase(prev.word().charAt(0)) && Character.isDigit(w.charAt(0))
        && !prev.ner().equals("DATE") && !lexicon.isCurrency(prev)) {
      return true;
    }
    return (pw.equals("-") || pw.equals("\u2013")) && local > 1 && tokens.get(local - 2).end() == prev.begin()
        && prev.end() == first.begin();
  }

  /** Ages: "70-year-old", "45 years old". */
  private static boolean isAge(List<Token> tokens, int afterLocal) {
    StringBuilder rest = new StringBuilder();
    for (int k = afterLocal; k < Math.min(tokens.size(), afterLocal + 4); k++) {
      rest.append(tokens.get(k).word().toLowerCase(Locale.ROOT)).append(' ');
    }
    String r = rest.toString();
    return r.startsWith("- year - old") || r.startsWith("-year-old") || r.startsWith("year-old")
        || r.startsWith("years old") || r.startsWith("year old") || r.startsWith(": ");
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
