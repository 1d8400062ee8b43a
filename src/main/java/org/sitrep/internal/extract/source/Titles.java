package org.sitrep.internal.extract.source;

import java.util.Locale;
import org.sitrep.internal.extract.FunctionWords;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;

/**
 * A person's title as the article states it: the words before the name ("US Secretary of State
 * Antony Blinken") or an appositive after it ("Mark Rutte, NATO's secretary-general").
 */
final class Titles {

  private final SourceResolver knowledge;
  private final Document doc;

  Titles(SourceResolver knowledge, Document doc) {
    this.knowledge = knowledge;
    this.doc = doc;
  }

  /** "US Secretary of State" in "US Secretary of State Antony Blinken", or null. */
  String beforeName(int nameFirst) {
    Sentence s = doc.sentences().get(doc.tokens().get(nameFirst).sentence());
    int i = nameFirst - 1;
    while (i >= s.firstToken() && titleWord(doc.tokens().get(i))) {
      i--;
    }
    int first = i + 1;
    while (first < nameFirst && droppable(doc.tokens().get(first))) {
      first++;
    }
    int last = nameFirst - 1;
    while (last >= first && knowledge.honorifics.containsKey(doc.tokens().get(last).word().toLowerCase(Locale.ROOT))) {
      last--;
    }
    if (last < first) {
      return null;
    }
    return doc.text(TokenRange.inclusive(first, last));
  }

  /** "NATO's secretary-general" in "Mark Rutte, NATO's secretary-general, said", or null. */
  String appositive(int head) {
    int appos = doc.child(head, "appos");
    if (appos < 0 || appos < head) {
      return null;
    }
    TokenRange sub = doc.subtree(appos);
    int first = sub.first();
    int last = sub.last();
    while (first <= last && (isLeadingDrop(doc.tokens().get(first)) || isPunct(doc.tokens().get(first)))) {
      first++;
    }
    while (last >= first && isPunct(doc.tokens().get(last))) {
      last--;
    }
    if (last < first || last - first > 12) {
      return null;
    }
    return doc.text(TokenRange.inclusive(first, last));
  }

  /** "the", "a", "one", "these": a word a name or title does not start with. */
  static boolean isLeadingDrop(Token t) {
    return FunctionWords.get().isDeterminer(t.word());
  }

  /** A word of a title before a name: a capitalised noun or adjective, a role word, a country, "of", "for", "'s". */
  boolean isTitleWord(Token t) {
    return titleWord(t);
  }

  private boolean titleWord(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    if (t.ner().equals("PERSON")) {
      return false;
    }
    if (knowledge.roles.isTitleWord(w) || w.equals("of") || w.equals("for") || w.equals("'s") || w.equals("\u2019s")
        || knowledge.countries.countryOf(w) != null) {
      return true;
    }
    return Character.isUpperCase(t.word().charAt(0)) && (t.isNoun() || t.pos().startsWith("JJ"));
  }

  private static boolean droppable(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("of") || w.equals("for") || w.equals("'s") || w.equals("\u2019s")
        || t.pos().equals("DT") || t.pos().equals("IN") || t.pos().startsWith("RB") || t.pos().equals("CC");
  }

  static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }
}
