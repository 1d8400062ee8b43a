package org.sitrep.internal.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Text around an article's body that makes no claims: a paragraph that does not end in closing
 * punctuation is a headline, a related-story teaser ("... says UK Read more"), a photo caption or
 * a section label, whatever its outlet's wording; a paragraph that ends in a picture credit, a
 * short bracketed "who/agency" ("(AP Photo/Jane Doe)", "(Jane Doe/Reuters)"), is a photo caption.
 */
public final class Boilerplate {

  private static final Set<String> CLOSERS = Set.of(".", "!", "?", "\"", "\u201D", "''", "\u2019", "'", ")",
      "\u2026", ":");
  private static final Set<String> CREDIT_WORDS = Set.copyOf(
      Table.read("/org/sitrep/internal/extract/credit-words.tsv").require("word").rows().stream()
          .map(r -> r.lower("word")).toList());
  private static final List<Row> CREDIT_LINES =
      Table.read("/org/sitrep/internal/extract/credit-lines.tsv").require("cue", "kind").rows();
  /** How many tokens a closing parenthetical may have and still be a credit. */
  private static final int MAX_CREDIT_TOKENS = 16;

  private Boilerplate() {}

  /**
   * Whether sentence {@code sentence} stands in a paragraph that does not end like a sentence of
   * prose, or in a caption ({@link #isCaption}).
   */
  public static boolean isBoilerplate(Document doc, int sentence) {
    Sentence s = lastOfParagraph(doc, sentence);
    if (s.endToken() == s.firstToken()) {
      return false;
    }
    return !CLOSERS.contains(doc.tokens().get(s.endToken() - 1).word()) || isCaption(doc, sentence);
  }

  /**
   * Whether sentence {@code sentence} is a reporters' credit line ("Associated Press writers A in Cairo and B in
   * Dubai contributed to this report", "With reporting by A in Antakya"): it says where the reporters were. Its
   * root is a credit verb, or it opens with a credit phrase (credit-lines.tsv). Not part of {@link #isBoilerplate}:
   * read by the location extractor, whose claims it would otherwise make.
   */
  public static boolean isCreditLine(Document doc, int sentence) {
    Sentence s = doc.sentences().get(sentence);
    if (s.endToken() == s.firstToken()) {
      return false;
    }
    String text = doc.text(doc.tokens().get(s.firstToken()).begin(), doc.tokens().get(s.endToken() - 1).end())
        .toLowerCase(Locale.ROOT);
    for (Row r : CREDIT_LINES) {
      if (r.required("kind").equals("opening") && text.startsWith(r.lower("cue"))) {
        return true;
      }
    }
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if ("root".equals(doc.relation(k))) {
        String lemma = doc.tokens().get(k).lemma().toLowerCase(Locale.ROOT);
        return CREDIT_LINES.stream().anyMatch(r -> r.required("kind").equals("verb") && r.lower("cue").equals(lemma));
      }
    }
    return false;
  }

  /**
   * Whether sentence {@code sentence} stands in a caption: a paragraph that ends in a picture credit
   * in parentheses ("... officials said. (AP Photo/Jane Roe)", "Slideshow (5 Images)"): a short
   * parenthetical with a credit word, or with names joined by a slash.
   */
  public static boolean isCaption(Document doc, int sentence) {
    Sentence s = lastOfParagraph(doc, sentence);
    List<Token> tokens = doc.tokens();
    int last = s.endToken() - 1;
    if (last < s.firstToken() || !isClosingBracket(tokens.get(last))) {
      return false;
    }
    int first = doc.sentences().get(firstOfParagraph(doc, sentence)).firstToken();
    for (int k = last - 1; k >= first && last - k <= MAX_CREDIT_TOKENS; k--) {
      Token t = tokens.get(k);
      if (isOpeningBracket(t)) {
        return k < last - 1 && isCredit(tokens, k + 1, last);
      }
    }
    return false;
  }

  private static boolean isCredit(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      boolean slash = w.equals("/") || (w.indexOf('/') > 0 && w.indexOf('/') < w.length() - 1 && !w.contains("."));
      if (CREDIT_WORDS.contains(w) || slash) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpeningBracket(Token t) {
    return t.word().equals("(") || t.pos().equals("-LRB-");
  }

  private static boolean isClosingBracket(Token t) {
    return t.word().equals(")") || t.pos().equals("-RRB-");
  }

  private static Sentence lastOfParagraph(Document doc, int sentence) {
    List<Sentence> all = doc.sentences();
    int paragraph = all.get(sentence).paragraph();
    int last = sentence;
    while (last + 1 < all.size() && all.get(last + 1).paragraph() == paragraph) {
      last++;
    }
    return all.get(last);
  }

  private static int firstOfParagraph(Document doc, int sentence) {
    List<Sentence> all = doc.sentences();
    int paragraph = all.get(sentence).paragraph();
    int first = sentence;
    while (first > 0 && all.get(first - 1).paragraph() == paragraph) {
      first--;
    }
    return first;
  }
}
