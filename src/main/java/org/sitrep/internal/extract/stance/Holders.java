package org.sitrep.internal.extract.stance;

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
  /** Relations of a clause whose subject a participle after it may skip for the one who speaks it. */
  private static final Set<String> CLAUSE_OF_SPEAKER = Set.of("conj", "ccomp");
  private static final Set<String> TEMPORAL_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "SET");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

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
   * of the verb it hangs from (a conjunct, "vowed to condemn", "..., warning of"); when the parse
   * leaves a finite verb without any, the subject a reader would see ({@link #orphanSubject}); -1 if
   * none.
   */
  int subjectToken(int verb) {
    int cur = verb;
    boolean viaParticiple = false;
    for (int hops = 0; hops < 4 && cur >= 0; hops++) {
      boolean relative = false;
      boolean passedOver = false;
      for (int c : doc.children(cur)) {
        String r = doc.relation(c);
        relative |= Phrases.isRelative(phrases.token(c)) && !"nmod:poss".equals(r);
        if (r.equals("nsubj") && viaParticiple && CLAUSE_OF_SPEAKER.contains(doc.relation(cur))
            && !phrases.canHold(c) && !Phrases.isPronoun(phrases.token(c))) {
          passedOver = true; // "added that a deal could only come from Egypt, calling for ...": the speaker calls
          continue;
        }
        if (r.equals("nsubj") && !isTemporal(c)) {
          String rel = doc.relation(cur);
          if (Phrases.isRelative(phrases.token(c)) && ("acl:relcl".equals(rel) || "dep".equals(rel))) {
            return antecedent(cur, c);
          }
          return c;
        }
        if (r.equals("nsubj:pass")) {
          // the verb's own passive subject is what it acts on; a governor's is the shared performer
          return hops == 0 ? agent(cur) : c;
        }
      }
      String r = doc.relation(cur);
      if (relative && "acl:relcl".equals(r)) {
        return antecedent(cur, -1); // "Paul, who has long advocated ...": the parse took "who" for an object
      }
      boolean participle = "dep".equals(r) && phrases.token(cur).pos().equals("VBG");
      if (r == null || !(SUBJECT_SHARING.contains(r) || participle || passedOver)) {
        return orphanSubject(cur);
      }
      viaParticiple |= participle || "advcl".equals(r) && phrases.token(cur).pos().equals("VBG");
      cur = doc.head(cur);
    }
    return -1;
  }

  /** A date, time or number the parser took for a subject ("on Wednesday to urge"). */
  private boolean isTemporal(int token) {
    return TEMPORAL_NER.contains(phrases.token(token).ner());
  }

  /**
   * The noun a relative clause's verb belongs to: the noun it modifies, or, when that cannot hold a
   * stance and the word before the relative pronoun can ("calls for action against Syria, which
   * denies"), that word.
   */
  private int antecedent(int relativeVerb, int relative) {
    int head = doc.head(relativeVerb);
    // a clause the parse could not attach ("dep") belongs to the word the relative pronoun follows
    boolean attached = !"dep".equals(doc.relation(relativeVerb));
    if (attached && head >= 0 && phrases.canHold(head)) {
      return head;
    }
    int rel = relative;
    if (rel < 0) {
      for (int c : doc.children(relativeVerb)) {
        if (Phrases.isRelative(phrases.token(c))) {
          rel = c;
          break;
        }
      }
    }
    int before = rel - 1;
    while (before >= 0 && phrases.token(before).pos().equals(",")) {
      before--;
    }
    if (before >= 0 && phrases.token(before).sentence() == phrases.token(relativeVerb).sentence()
        && phrases.canHold(before)) {
      return before;
    }
    return head;
  }

  /**
   * The subject of a finite verb that the parse left without one ("Putin, the Russian president
   * whose military ..., welcomed the move"; "and aid agencies warned"): the holder noun right before
   * it, else the nearest subject before it outside any relative clause or apposition, else the first
   * holder noun of the sentence that no preposition governs. -1 for a passive, a bare infinitive or a
   * participle without auxiliary: their missing subject is no parse error.
   */
  private int orphanSubject(int verb) {
    Token v = phrases.token(verb);
    boolean finite = FINITE.contains(v.pos()) || (v.pos().equals("VBN") && doc.child(verb, "aux") >= 0);
    if (!finite || doc.child(verb, "aux:pass") >= 0 || doc.child(verb, "expl") >= 0) {
      return -1;
    }
    Sentence s = doc.sentenceOf(v);
    int k = verb - 1;
    while (k >= s.firstToken() && (phrases.token(k).pos().startsWith("RB") || phrases.token(k).pos().equals("MD")
        || "aux".equals(doc.relation(k)))) {
      k--;
    }
    if (k >= s.firstToken() && (phrases.token(k).isNoun() || Phrases.isPronoun(phrases.token(k)))
        && (phrases.canHold(k) || Phrases.isPronoun(phrases.token(k))) && !governedByPreposition(k)) {
      return k;
    }
    for (int i = verb - 1; i >= s.firstToken(); i--) {
      String r = doc.relation(i);
      if (r != null && r.startsWith("nsubj") && phrases.token(i).isNoun() && phrases.canHold(i) && !embedded(i)) {
        return i;
      }
    }
    for (int i = s.firstToken(); i < verb; i++) {
      if (phrases.token(i).isNoun() && phrases.canHold(i) && !governedByPreposition(i) && !embedded(i)
          && !isCompound(i)) {
        return i;
      }
    }
    return -1;
  }

  private boolean governedByPreposition(int token) {
    return doc.child(token, "case") >= 0;
  }

  private boolean isCompound(int token) {
    String r = doc.relation(token);
    return r != null && (r.startsWith("compound") || r.equals("nmod:poss") || r.equals("amod"));
  }

  /** Whether a token sits inside a relative clause, an apposition or a prepositional phrase. */
  private boolean embedded(int token) {
    int cur = token;
    for (int hops = 0; hops < 12 && cur >= 0; hops++) {
      String r = doc.relation(cur);
      if (r == null) {
        return false;
      }
      if (r.equals("acl:relcl") || r.equals("appos") || r.equals("acl") || r.startsWith("nmod")
          || r.startsWith("obl") || r.equals("advcl")) {
        return true;
      }
      cur = doc.head(cur);
    }
    return false;
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
    if (phrases.canHold(holder)) {
      return phrases.name(holder);
    }
    int members = phrases.ofPhrase(holder);
    return members >= 0 && phrases.canHold(members) ? phrases.name(members) : null;
  }

  /**
   * The speaker of the statement that holds token {@code i}: the speaker extractor's statement,
   * else the subject of a reporting verb (or of a verb of finding: "the panel found that the army was
   * responsible") that governs it, else the speaker of its quotation.
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
      if (reported && (lexicon.isReportingVerb(phrases.token(h))
          || r.equals("ccomp") && lexicon.is("finding", CueLexicon.lemmaOf(phrases.token(h))))) {
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
