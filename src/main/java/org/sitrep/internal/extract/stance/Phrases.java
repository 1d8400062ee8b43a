package org.sitrep.internal.extract.stance;

import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.internal.extract.FunctionWords;
import org.sitrep.internal.extract.source.ArticleSources;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/**
 * Noun phrases of a parsed sentence for the stance extractor: their extent, whether they can hold a
 * stance, and (through the article's source resolver) the {@link Source} they name.
 */
final class Phrases {

  private static final Set<String> OUTSIDE_CORE =
      Set.of("acl", "acl:relcl", "appos", "parataxis", "punct", "dep", "conj", "cc", "advcl", "ccomp");
  private static final Set<String> AGENT_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private final Document doc;
  private final ArticleSources sources;
  private final CueLexicon lexicon;

  Phrases(Document doc, ArticleSources sources, CueLexicon lexicon) {
    this.doc = doc;
    this.sources = sources;
    this.lexicon = lexicon;
  }

  Token token(int i) {
    return doc.tokens().get(i);
  }

  static boolean isFirstPerson(Token t) {
    FunctionWords.Pronoun p = FunctionWords.get().pronoun(t.word());
    return p != null && p.person() == 1;
  }

  static boolean isRelative(Token t) {
    return FunctionWords.get().isRelative(t.word());
  }

  static boolean isPronoun(Token t) {
    FunctionWords.Pronoun p = FunctionWords.get().pronoun(t.word());
    return p != null && p.person() != 2 || t.pos().startsWith("PRP");
  }

  /** First character of the phrase headed by {@code head}: its leftmost dependent, transitively. */
  int begin(int head) {
    int b = token(head).begin();
    for (int c : doc.children(head)) {
      if (c < head && !OUTSIDE_CORE.contains(doc.relation(c))) {
        b = Math.min(b, begin(c));
      }
    }
    return b;
  }

  /** End of the phrase's core: the head and its modifiers, without clauses, appositions or conjuncts. */
  int end(int head) {
    int e = token(head).end();
    for (int c : doc.children(head)) {
      if (c > head && !OUTSIDE_CORE.contains(doc.relation(c))) {
        e = Math.max(e, end(c));
      }
    }
    return e;
  }

  /**
   * The entity the phrase headed by {@code head} names, through the article's source resolver; null
   * when it names nothing usable (a pronoun: {@link #resolvePronoun}).
   */
  Source name(int head) {
    return isPronoun(token(head)) ? null : sources.sourceAt(head);
  }

  /** The entity a third-person pronoun at token {@code i} stands for, through the article's source resolver. */
  Source resolvePronoun(int i) {
    return sources.resolvePronoun(i);
  }

  /** The phrase headed by {@code head} as a proposition target. */
  Source claim(int head, int end) {
    int b = begin(head);
    String text = doc.text(b, Math.max(end, b + 1));
    return new Source(text, SourceKind.CLAIM, null, null, text, b, Math.max(end, b + 1));
  }

  /** Whether a noun can hold a stance: a name, or a common noun of the holder list. */
  boolean canHold(int head) {
    Token t = token(head);
    if (AGENT_NER.contains(t.ner())) {
      return true;
    }
    if (!"O".equals(t.ner())) {
      return false; // a date, a number, a percentage
    }
    int appos = doc.child(head, "appos");
    return t.isProperNoun() || lexicon.isHolderNoun(t) || appos >= 0 && token(appos).isProperNoun();
  }

  /**
   * The "of" phrase of a noun that names who acts for it: "a number of nations", "some of the
   * leaders", "the rest of the council"; -1 when none.
   */
  int ofPhrase(int head) {
    for (int c : doc.children(head)) {
      if (doc.relation(c).startsWith("nmod") && hasCase(c, "of")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The subject of a subjectless verb that the parse split off a reported clause: in "said the militia
   * was shelling the port" it can take "the militia" for the object of "said" and hang "shelling" from
   * "said" as "dep"; the noun is then the verb's subject. -1 when the verb is not so attached.
   */
  int detachedSubject(int verb) {
    int head = doc.head(verb);
    if (head < 0 || !"dep".equals(doc.relation(verb)) || !lexicon.isReportingVerb(token(head))
        || doc.child(verb, "nsubj") >= 0 || doc.child(verb, "nsubj:pass") >= 0) {
      return -1;
    }
    int obj = doc.child(head, "obj");
    return obj > head && obj < verb && token(obj).isNoun() ? obj : -1;
  }

  boolean hasCase(int token, String word) {
    for (int c : doc.children(token)) {
      if ("case".equals(doc.relation(c)) && token(c).word().toLowerCase(Locale.ROOT).equals(word)) {
        return true;
      }
    }
    return false;
  }
}
