package org.sitrep.internal.extract.source;

import java.util.Set;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;

/** The whole phrase a noun heads, as a description of what it names ("residents of the city"). */
final class NounPhrases {

  /** Modifiers before a head that belong to what a phrase describes ("North Korean", "Syria's"). */
  private static final Set<String> DESCRIBING_BEFORE = Set.of("compound", "flat", "amod", "nmod:poss", "flat:name");
  /** Dependents after a head that are no part of what it describes. */
  private static final Set<String> NOT_DESCRIBING_AFTER = Set.of("punct", "appos", "parataxis", "dep");
  /** A described phrase longer than this is cut back to its noun phrase. */
  private static final int MAX_DESCRIPTION_TOKENS = 16;

  private final Document doc;

  NounPhrases(Document doc) {
    this.doc = doc;
  }

  /**
   * The tokens that describe what {@code head} names, or null when they are too many to be a name:
   * its modifiers before it (not a possessive pronoun, "its"), then the dependents that follow it
   * without a break: conjuncts, prepositional phrases, participle and relative clauses; not a time
   * ("Sunday", "last year"), not a count ("a convoy of 280 trucks"), not an appositive.
   */
  TokenRange description(int head, TokenRange leaveOut) {
    int first = head;
    int last = head;
    for (int c : doc.children(head)) {
      String rel = doc.relation(c);
      TokenRange sub = doc.subtree(c);
      if (rel == null || leaveOut != null && sub.first() < leaveOut.end() && leaveOut.first() < sub.end()) {
        continue;
      }
      if (c < head && DESCRIBING_BEFORE.contains(rel) && !doc.tokens().get(c).pos().startsWith("PRP")) {
        first = Math.min(first, sub.first());
      } else if (c > head && describesAfter(c, rel) && follows(sub, last, rel.equals("conj"))) {
        last = Math.max(last, sub.last());
      }
    }
    while (last > head && Titles.isPunct(doc.tokens().get(last))) {
      last--;
    }
    TokenRange phrase = TokenRange.inclusive(first, last);
    return phrase.size() > MAX_DESCRIPTION_TOKENS ? null : phrase;
  }

  private boolean describesAfter(int child, String rel) {
    Token c = doc.tokens().get(child);
    if (NOT_DESCRIBING_AFTER.contains(rel) || rel.contains("tmod") || c.ner().equals("DATE")
        || c.ner().equals("TIME") || c.ner().equals("DURATION")) {
      return false;
    }
    return !(rel.startsWith("nmod") && (c.isNumber() || doc.child(child, "nummod") >= 0));
  }

  /** Whether {@code sub} starts right after token {@code last}; a conjunct may follow a comma or "and". */
  private boolean follows(TokenRange sub, int last, boolean conjunct) {
    int k = last + 1;
    while (conjunct && k < sub.first() && (doc.tokens().get(k).word().equals(",")
        || doc.tokens().get(k).pos().equals("CC"))) {
      k++;
    }
    if (k != sub.first()) {
      return false;
    }
    Token start = doc.tokens().get(sub.first());
    return !Titles.isPunct(start) || conjunct && start.word().equals(",");
  }
}
