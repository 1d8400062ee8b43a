package org.sitrep.extract.stance;

import java.util.Set;
import org.sitrep.claim.Source;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.extract.Statements;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Quotation;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** Finds who holds a stance: the performer of the act, or the speaker of an evaluative word. */
final class Holders {

  /** Relations through which a verb without a subject takes its governor's subject. */
  private static final Set<String> SUBJECT_SHARING = Set.of("conj", "xcomp", "advcl");

  private final Document doc;
  private final Statements statements;
  private final CueLexicon lexicon;
  private final Phrases phrases;

  Holders(Document doc, Statements statements, CueLexicon lexicon, Phrases phrases) {
    this.doc = doc;
    this.statements = statements;
    this.lexicon = lexicon;
    this.phrases = phrases;
  }

  /**
   * The token that performs verb {@code verb}: its subject, a passive's "by" agent, or the subject
   * of the verb it hangs from (a conjunct, "vowed to condemn", "..., warning of"); -1 if none.
   */
  int subjectToken(int verb) {
    int cur = verb;
    for (int hops = 0; hops < 4 && cur >= 0; hops++) {
      for (int c : doc.children(cur)) {
        String r = doc.relation(c);
        if (r.equals("nsubj")) {
          if (Phrases.isRelative(phrases.token(c)) && "acl:relcl".equals(doc.relation(cur))) {
            return doc.head(cur);
          }
          return c;
        }
        if (r.equals("nsubj:pass")) {
          return agent(cur);
        }
      }
      String r = doc.relation(cur);
      boolean participle = "dep".equals(r) && phrases.token(cur).pos().equals("VBG");
      if (r == null || !(SUBJECT_SHARING.contains(r) || participle)) {
        return -1;
      }
      cur = doc.head(cur);
    }
    return -1;
  }

  private int agent(int verb) {
    for (int c : doc.children(verb)) {
      String r = doc.relation(c);
      if (r.startsWith("obl") && hasCase(c, "by")) {
        return c;
      }
    }
    return -1;
  }

  private boolean hasCase(int token, String word) {
    return phrases.hasCase(token, word);
  }

  /** The source a holder token names: a name, a resolved pronoun, or the speaker for "I"/"we". */
  Source source(int holder) {
    Token t = phrases.token(holder);
    if (Phrases.isFirstPerson(t)) {
      return speakerAt(holder);
    }
    if (Phrases.isRelative(t)) {
      return null;
    }
    if (Phrases.isPronoun(t)) {
      return phrases.resolvePronoun(holder);
    }
    return phrases.canHold(holder) ? phrases.name(holder) : null;
  }

  /**
   * The speaker of the statement that holds token {@code i}: the speaker extractor's statement,
   * else the subject of a reporting verb that governs it, else the speaker of its quotation.
   */
  Source speakerAt(int i) {
    Token t = phrases.token(i);
    SpeakerClaim s = statements.enclosing(t.begin(), t.end());
    if (s != null) {
      return s.speaker();
    }
    int cur = i;
    for (int hops = 0; hops < 8; hops++) {
      int h = doc.head(cur);
      if (h < 0) {
        break;
      }
      String r = doc.relation(cur);
      // "X said A, but B": the parser often hangs the second reported clause on the verb as a conjunct
      boolean reported = r.equals("ccomp") || r.equals("parataxis") || r.equals("conj");
      if (reported && lexicon.isReportingVerb(phrases.token(h))) {
        Source reporter = reporter(h);
        if (reporter != null) {
          return reporter;
        }
      }
      cur = h;
    }
    Quotation q = doc.quotationAt(t.begin());
    return q == null ? null : quotationSpeaker(q);
  }

  private Source reporter(int verb) {
    int subject = subjectToken(verb);
    if (subject < 0 || Phrases.isFirstPerson(phrases.token(subject))) {
      return null;
    }
    return source(subject);
  }

  /** The subject of the reporting verb next to a quotation: after it first, then before it. */
  private Source quotationSpeaker(Quotation q) {
    int afterSentence = doc.sentenceIndexAt(Math.max(0, q.end() - 1));
    Sentence after = doc.sentences().get(afterSentence);
    for (int k = after.firstToken(); k < after.endToken(); k++) {
      Token t = phrases.token(k);
      if (t.begin() >= q.end() && lexicon.isReportingVerb(t)) {
        Source s = reporter(k);
        if (s != null) {
          return s;
        }
      }
    }
    Sentence before = doc.sentences().get(doc.sentenceIndexAt(q.begin()));
    for (int k = before.endToken() - 1; k >= before.firstToken(); k--) {
      Token t = phrases.token(k);
      if (t.end() <= q.begin() && lexicon.isReportingVerb(t)) {
        Source s = reporter(k);
        if (s != null) {
          return s;
        }
      }
    }
    // a quotation that continues the previous one: the speaker named in the sentences before it
    int first = doc.sentenceIndexAt(q.begin());
    for (int si = first - 1; si >= Math.max(0, first - 2); si--) {
      Sentence prev = doc.sentences().get(si);
      for (int k = prev.endToken() - 1; k >= prev.firstToken(); k--) {
        if (lexicon.isReportingVerb(phrases.token(k))) {
          Source s = reporter(k);
          if (s != null) {
            return s;
          }
        }
      }
    }
    return null;
  }
}
