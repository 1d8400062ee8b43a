package org.sitrep.internal.extract.speaker;

import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Source;
import org.sitrep.internal.extract.ReportingVerbs;
import org.sitrep.internal.extract.source.ArticleSources;
import org.sitrep.internal.extract.source.Reference;
import org.sitrep.internal.extract.source.Roles;
import org.sitrep.internal.extract.source.SourceResolver;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The attribution of a statement: from its reporting word to the words that name the speaker
 * (the verb's subject, a participle's clause subject, an appositive person, the noun phrase after
 * an inverted "said X"), turned into a {@link Source} by the article's source resolver.
 */
final class SpeakerFinder {

  /** How far (in tokens) a sentence's subject may stand before a quotation it is taken to speak ({@link #subjectAround}). */
  private static final int SUBJECT_REACH = 20;

  /** The verbs that relay another's words: "quoted X as saying", "cited X as saying". */
  private static final Set<String> RELAYING = Set.of("quote", "cite");

  private final Document doc;
  private final ReportingVerbs verbs;
  private final Syntax syntax;
  private final QuoteIndex quotes;
  private final ArticleSources sources;
  private final ClauseBounds bounds;

  SpeakerFinder(Document doc, ReportingVerbs verbs, Syntax syntax, QuoteIndex quotes,
      ArticleSources sources, ClauseBounds bounds) {
    this.doc = doc;
    this.verbs = verbs;
    this.syntax = syntax;
    this.quotes = quotes;
    this.sources = sources;
    this.bounds = bounds;
  }

  private Token tok(int i) {
    return doc.tokens().get(i);
  }

  /** The source named by the noun phrase headed by {@code token}; null when it names none. */
  FoundSpeaker at(int token) {
    int author = authorOf(token);
    if (author >= 0) {
      token = author;
    }
    return found(sources.sourceAt(token), SpeakerBasis.of(sources.referenceAt(token)));
  }

  /** The head of X in "according to X": the word "according" hangs on, else the first noun after "to"; -1 if none. */
  int accordingSource(Sentence s, int according, int after) {
    if ("case".equals(doc.relation(according))) {
      return doc.head(according);
    }
    for (int j = after; j < s.endToken(); j++) {
      if (tok(j).isNoun()) {
        return j;
      }
    }
    return -1;
  }

  /** The speaker of "according to X" at {@code according}; null when X names none. */
  FoundSpeaker according(int according, int after) {
    int source = accordingSource(doc.sentenceOf(tok(according)), according, after);
    return source < 0 ? null : at(source);
  }

  /**
   * A quotation with no reporting word of its own inside a sentence about someone: "And Kell again
   * criticized the rebels for wanting to \"Q\"" is Kell's. The subject of the sentence's root verb,
   * before the opening mark at {@code mark} and near it, when it is a name, a role or a pronoun (a
   * description such as "the fighting" is no one quoting); null otherwise.
   */
  FoundSpeaker subjectAround(int mark) {
    Sentence s = doc.sentenceOf(tok(mark));
    for (int j = s.firstToken(); j < s.endToken(); j++) {
      if (doc.head(j) >= 0 || !"root".equals(doc.relation(j))) {
        continue;
      }
      int subject = doc.child(j, "nsubj");
      if (j >= mark || subject < 0 || subject >= mark || mark - subject > SUBJECT_REACH || quotes.insideContent(subject)
          || sources.referenceAt(subject) == Reference.DESCRIPTION) {
        return null;
      }
      FoundSpeaker f = sourceOf(subject);
      return f == null ? null : new FoundSpeaker(f.source(), SpeakerBasis.NEARBY_CLAUSE);
    }
    return null;
  }

  /**
   * The speaker of a reporting verb inside a quotation: its subject, before it in the same
   * quotation, when that names someone other than by a pronoun; null otherwise.
   */
  FoundSpeaker namedInSameQuote(int verb) {
    int subject = doc.child(verb, "nsubj");
    if (subject < 0 || subject > verb || quotes.indexAt(subject) != quotes.indexAt(verb)
        || tok(subject).pos().startsWith("PRP") || !sources.namesSpeaker(subject)) {
      return null;
    }
    return sourceOf(personEndingSubject(subject, verb));
  }

  /**
   * The speaker a reporting noun names: its possessor ("Russia's claim", "his warning") or its
   * "by"/"from" phrase ("a warning from the army"); null when it names none.
   */
  FoundSpeaker ofNoun(int noun) {
    for (int c : doc.children(noun)) {
      if (quotes.insideContent(c)) {
        continue;
      }
      if ("nmod:poss".equals(doc.relation(c))) {
        return sourceOf(c);
      }
      if (namesAuthor(noun, c)) {
        return sourceOf(c);
      }
    }
    return null;
  }

  /**
   * "a statement from the ministry", "a report by the commission": a document with its author
   * named speaks for that author; -1 when {@code token} is no such document.
   */
  private int authorOf(int token) {
    if (Roles.get().kind(tok(token).lemma().toLowerCase(Locale.ROOT)) != Roles.Kind.DOCUMENT) {
      return -1;
    }
    for (int c : doc.children(token)) {
      if (!quotes.insideContent(c) && namesAuthor(token, c)) {
        return c;
      }
    }
    return -1;
  }

  /** Whether {@code child} is a "by"/"from" phrase after {@code head} that names a speaker ("a report by the commission"). */
  private boolean namesAuthor(int head, int child) {
    if (child < head || !"nmod".equals(doc.relation(child))) {
      return false;
    }
    int k = doc.child(child, "case");
    return k >= 0 && (tok(k).word().equalsIgnoreCase("from") || tok(k).word().equalsIgnoreCase("by"))
        && sources.namesSpeaker(child);
  }

  private static FoundSpeaker found(Source source, SpeakerBasis basis) {
    return source == null ? null : new FoundSpeaker(source, basis);
  }

  /**
   * The source of the subject of a reporting verb, climbing from "saying" to its clause; a verb
   * without a subject before it takes the noun phrase after it ("said Foreign Minister X").
   */
  FoundSpeaker speakerOf(int verb, int after) {
    return speakerOf(verb, after, 0);
  }

  private FoundSpeaker speakerOf(int verb, int after, int depth) {
    Sentence s = doc.sentenceOf(tok(verb));
    Token v = tok(verb);
    int relayed = relayedSpeaker(s, verb);
    if (relayed >= 0) {
      return sourceOf(relayed);
    }
    int subject = nearestSubjectBefore(verb);
    if (subject >= 0 && !quotes.insideContent(subject)) {
      return sourceOf(personEndingSubject(subject, verb));
    }
    int k = verb - 1;
    while (k >= s.firstToken() && (tok(k).pos().startsWith("RB") || tok(k).pos().equals("MD")
        || tok(k).lemma().equals("have"))) {
      k--;
    }
    // a coordinated predicate: "X said A and asked B", "X declined to comment, but said A"
    if (k >= s.firstToken() && depth < 2 && (tok(k).word().equalsIgnoreCase("and")
        || tok(k).word().equalsIgnoreCase("but"))) {
      return coordinatedSpeaker(s, verb, k, depth);
    }
    String rel = doc.relation(verb);
    boolean afterComma = k >= s.firstToken() && syntax.isComma(k);
    if (v.pos().equals("VBG") && (afterComma || k < s.firstToken())) {
      int main = mainClauseSubject(s, verb);
      if (main >= 0) {
        return related(main); // "X did not say how it was done, saying ..."; "Declaring "Q", X held ..."
      }
    }
    if (rel != null && rel.startsWith("acl") && doc.head(verb) < verb) {
      int of = ofPhraseBefore(doc.head(verb), verb);
      return sourceOf(of >= 0 ? of : doc.head(verb)); // "footage of the governor saying": the governor
    }
    if (v.pos().equals("VBG") || v.pos().equals("VBN")) {
      return participleSpeaker(s, verb);
    }
    if (k > s.firstToken() && syntax.isComma(k)) {
      int person = appositivePerson(s, k);
      if (person >= 0) {
        return sourceOf(person); // "a tribal leader, Tarek al-Awlaki, said"; "X, a journalist, told"
      }
    }
    boolean addressee = verbs.takesAddressee(v.lemma());
    if (!addressee && (k < s.firstToken() || syntax.isQuoteMark(tok(k))
        || syntax.isComma(k) && bounds.forwardStart(s, after) < 0)) {
      return inverted(after);
    }
    Token before = tok(k);
    if (before.isNoun() && isTemporal(before)) {
      k = beforeTimePhrase(s, k);
      before = tok(Math.max(k, s.firstToken()));
    }
    if (k >= s.firstToken() && (before.isNoun() || before.pos().equals("PRP"))) {
      return sourceOf(subjectBeforeModifier(s, k));
    }
    return null;
  }

  private static boolean isTemporal(Token t) {
    String ner = t.ner();
    return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET");
  }

  /**
   * "A report by the committee released today concluded": the last word of the subject before a
   * time phrase and the participle it goes with ("released today", "published on Monday").
   */
  private int beforeTimePhrase(Sentence s, int k) {
    while (k >= s.firstToken() && (isTemporal(tok(k)) || tok(k).pos().equals("IN") || tok(k).pos().equals("DT"))) {
      k--;
    }
    if (k >= s.firstToken() && tok(k).pos().equals("VBN")) {
      k--;
    }
    return k;
  }

  /**
   * "The agency quoted the governor as saying A", "officials were cited as saying A": the words are
   * those of the one quoted, not of the one quoting; -1 when {@code verb} is not relayed so.
   */
  private int relayedSpeaker(Sentence s, int verb) {
    if (!tok(verb).pos().equals("VBG") || verb - 2 < s.firstToken() || !tok(verb - 1).word().equalsIgnoreCase("as")) {
      return -1;
    }
    for (int j = verb - 2; j >= s.firstToken() && j >= verb - 14; j--) {
      Token t = tok(j);
      if (syntax.isQuoteMark(t)) {
        return -1;
      }
      if (t.isVerb() && RELAYING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        int object = doc.child(j, "obj");
        if (object > j && object < verb - 1) {
          return object;
        }
        int passive = doc.child(j, "nsubj:pass");
        if (passive >= 0 && passive < j) {
          return passive;
        }
        for (int k = verb - 2; k > j; k--) {
          if (tok(k).isNoun()) {
            return k;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /**
   * The verb's subject before it; of two (a misparsed "Citing sources, the agency said"), the one
   * nearer the verb; -1 if none.
   */
  private int nearestSubjectBefore(int verb) {
    int best = -1;
    for (int c : doc.children(verb)) {
      if ("nsubj".equals(doc.relation(c)) && c < verb) {
        best = Math.max(best, c);
      }
    }
    return best;
  }

  /** "X said A and asked B": the speaker of an earlier reporting verb of the sentence, else its first subject. */
  private FoundSpeaker coordinatedSpeaker(Sentence s, int verb, int conjunction, int depth) {
    int governing = governingReporter(verb);
    if (governing >= 0) {
      FoundSpeaker found = speakerOf(governing, verbs.match(doc, governing).endToken(), depth + 1);
      if (found != null) {
        return new FoundSpeaker(found.source(), SpeakerBasis.NEARBY_CLAUSE);
      }
    }
    for (int j = conjunction - 1; j >= s.firstToken(); j--) {
      ReportingVerbs.Cue c = verbs.match(doc, j);
      if (c != null && tok(j).isVerb() && !quotes.insideContent(j)) {
        FoundSpeaker found = speakerOf(j, c.endToken(), depth + 1);
        if (found != null) {
          return new FoundSpeaker(found.source(), SpeakerBasis.NEARBY_CLAUSE);
        }
      }
    }
    int first = firstSubject(s, verb);
    return first < 0 ? null : related(first);
  }

  /** The "of" phrase of {@code noun} before {@code verb} that names a speaker ("a video of X saying"), or -1. */
  private int ofPhraseBefore(int noun, int verb) {
    for (int c : doc.children(noun)) {
      if (c > noun && c < verb && "nmod".equals(doc.relation(c)) && doc.child(c, "case") >= 0
          && tok(doc.child(c, "case")).word().equalsIgnoreCase("of") && sources.namesSpeaker(c)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The reporting verb a coordinated verb goes with by the parse: the verb it is joined to, or,
   * when the parser joined it to a verb inside a reported clause ("X added that the city would not
   * stay silent if the rebels attacked and warned that A"), the reporting verb whose clause that
   * is, the outermost of a chain ("X said the country would declare A and suggested B"), never a
   * reporting word in a clause that only modifies ("if the rebels continued"); -1 when none.
   */
  private int governingReporter(int verb) {
    if (!"conj".equals(doc.relation(verb))) {
      return -1;
    }
    int found = -1;
    int cur = doc.head(verb);
    for (int d = 0; d < 4 && cur >= 0 && cur < verb; d++) {
      if (tok(cur).isVerb() && !quotes.insideContent(cur) && verbs.match(doc, cur) != null) {
        found = cur; // the outermost: "May said that the country would declare A and suggested B" is May's
      }
      String up = doc.relation(cur);
      if (!"ccomp".equals(up) && !"conj".equals(up)) {
        break;
      }
      cur = doc.head(cur);
    }
    return found;
  }

  /**
   * The subject of the sentence's main clause (its root's own subject, not a passive one), for a
   * participle set off by a comma: "..., saying A" speaks for the one the sentence is about, however
   * the parser hung the participle on a clause inside it ("how it was gathered, saying"); -1 when
   * the root has no subject that can speak ("The decision marked a change, when he vowed ...,
   * saying" is his), or is the participle itself.
   */
  private int mainClauseSubject(Sentence s, int participle) {
    for (int j = s.firstToken(); j < s.endToken(); j++) {
      if (doc.head(j) < 0 && "root".equals(doc.relation(j))) {
        if (j == participle) {
          return -1;
        }
        for (int c : doc.children(j)) {
          if ("nsubj".equals(doc.relation(c)) && !quotes.insideContent(c) && sources.namesSpeaker(c)) {
            return personEndingSubject(c, j);
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** A participle: "..., saying A" speaks for the subject of the clause it hangs on. */
  private FoundSpeaker participleSpeaker(Sentence s, int verb) {
    int cur = verb;
    for (int d = 0; d < 4; d++) {
      cur = doc.head(cur);
      if (cur < 0 || cur > verb) {
        break;
      }
      String up = doc.relation(cur);
      if (("ccomp".equals(up) || "parataxis".equals(up)) && doc.head(cur) >= 0
          && verbs.match(doc, doc.head(cur)) != null) {
        cur = doc.head(cur);
      }
      int subj = doc.child(cur, "nsubj");
      if (subj >= 0 && subj < cur) {
        return related(personEndingSubject(subj, cur));
      }
    }
    int first = firstSubject(s, verb);
    return first < 0 ? null : related(first);
  }

  /**
   * The speaker of "A, the U.S. ambassador to NATO said": the first noun phrase between the comma
   * at {@code comma} and the verb; for "A, said X", the phrase after the verb.
   */
  FoundSpeaker sentenceFinalSpeaker(int comma, int verb, int after) {
    int k = comma + 1;
    while (k < verb && (syntax.isPunct(k) || syntax.isQuoteMark(tok(k)))) {
      k++;
    }
    if (k == verb) {
      int person = appositivePerson(doc.sentenceOf(tok(verb)), comma);
      if (person >= 0) {
        return sourceOf(person);
      }
      boolean addressee = verbs.takesAddressee(tok(verb).lemma());
      return addressee ? null : inverted(after);
    }
    int subject = doc.child(verb, "nsubj");
    if (subject > comma && subject < verb) {
      return sourceOf(personEndingSubject(subject, verb));
    }
    int head = -1;
    for (; k < verb; k++) {
      Token t = tok(k);
      if (t.isNoun() || t.pos().equals("POS") || t.pos().equals("PRP")) {
        if (!t.pos().equals("POS")) {
          head = k;
        }
      } else if (head >= 0 && t.pos().equals("CC") && k + 1 < verb
          && (tok(k + 1).isNoun() || tok(k + 1).pos().startsWith("JJ"))) {
        continue; // "security and aviation officials"
      } else if (head >= 0) {
        break;
      }
    }
    return head < 0 ? null : sourceOf(head);
  }

  /**
   * The head of a subject whose last words are a modifier: "One Kurdish leader contacted by the
   * Guardian said", "A witness in Manbij said" name the leader and the witness. "of" phrases stay
   * part of the name ("the Ministry of Defence").
   */
  private int subjectBeforeModifier(Sentence s, int lastNoun) {
    int k = lastNoun;
    while (k > s.firstToken() && isNominal(tok(k - 1))) {
      k--;
    }
    int p = k - 1;
    if (p <= s.firstToken() || !tok(p).pos().equals("IN") || tok(p).word().equalsIgnoreCase("of")) {
      return lastNoun;
    }
    p--;
    if (p > s.firstToken() && tok(p).pos().equals("VBN")) {
      p--;
    }
    return p >= s.firstToken() && tok(p).isNoun() && !tok(p).ner().equals("LOCATION") ? p : lastNoun;
  }

  private static boolean isNominal(Token t) {
    return t.isNoun() || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("POS") || t.pos().equals("CD");
  }

  /**
   * The person named before the comma at {@code comma} and set off by commas: "Arin Sheikmos, a
   * Kurdish journalist, told" or "the council's spokesman, Andriy Lysenko, said"; -1 if none.
   */
  private int appositivePerson(Sentence s, int comma) {
    for (int j = comma - 1; j >= s.firstToken() && j >= comma - 12; j--) {
      Token t = tok(j);
      if (t.ner().equals("PERSON") && j + 1 < s.endToken() && syntax.isComma(j + 1) && !quotes.insideContent(j)) {
        return j;
      }
      if (syntax.isQuoteMark(t) || syntax.isFinite(t)) {
        return -1;
      }
    }
    return -1;
  }

  /** The subject of the sentence's root, else its first subject, before {@code limit}; -1 if none. */
  private int firstSubject(Sentence s, int limit) {
    for (int j = s.firstToken(); j < s.endToken(); j++) {
      if (doc.head(j) < 0 && doc.relation(j) != null) {
        int subject = doc.child(j, "nsubj");
        if (subject >= 0 && subject < limit && !quotes.insideContent(subject)) {
          return subject;
        }
        break;
      }
    }
    for (int j = s.firstToken(); j < limit; j++) {
      String r = doc.relation(j);
      if (r != null && r.startsWith("nsubj") && !quotes.insideContent(j)) {
        return j;
      }
    }
    return -1;
  }

  /** "U.N. High Commissioner for Human Rights Navi Pillay said": the person closing the subject. */
  private int personEndingSubject(int subject, int verb) {
    int k = verb - 1;
    while (k > subject && (tok(k).pos().startsWith("RB") || tok(k).pos().equals("MD")
        || tok(k).lemma().equals("have") || tok(k).lemma().equals("be"))) {
      k--;
    }
    boolean comma = k > subject + 1 && syntax.isComma(k) && tok(k - 1).ner().equals("PERSON");
    if (comma) {
      k--; // "A spokesman for the council, Andriy Lysenko, said"
    }
    if (k > subject && tok(k).ner().equals("PERSON") && !tok(subject).ner().equals("PERSON")
        && (comma || Character.isUpperCase(tok(subject).word().charAt(0)))) {
      return k; // not "A spokesman for President Tomas Varga said": a lower-case description is someone else
    }
    return subject;
  }

  /** The noun phrase right after a verb: "said Foreign Minister Sergei Lavrov", "exclaimed a weeping woman". */
  private FoundSpeaker inverted(int after) {
    int verb = after - 1;
    int subject = doc.child(verb, "nsubj");
    if (subject >= after && !quotes.insideContent(subject) && sources.namesSpeaker(subject)) {
      return sourceOf(subject);
    }
    int k = after;
    int sentenceEnd = doc.sentenceOf(tok(Math.max(0, after - 1))).endToken();
    int head = -1;
    while (k < sentenceEnd) {
      Token t = tok(k);
      if (t.isNoun() || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("CD") || t.pos().equals("POS")
          || t.pos().equals("HYPH") || t.isVerb() && "amod".equals(doc.relation(k))) {
        if (t.isNoun() || t.pos().equals("CD")) {
          head = k;
        }
        k++;
      } else {
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    // "said one of the wounded, Nezamuddin Khan": the named person
    if (!tok(head).ner().equals("PERSON")) {
      for (int j = k; j < sentenceEnd && j < k + 8; j++) {
        Token t = tok(j);
        if (t.ner().equals("PERSON")) {
          while (j + 1 < sentenceEnd && tok(j + 1).ner().equals("PERSON")) {
            j++;
          }
          return at(j);
        }
        if (syntax.isFinite(t)) {
          break;
        }
      }
    }
    return sourceOf(head);
  }

  /** The source of a subject token: a resolved pronoun, or the noun phrase it heads; never "I", "we" or "you". */
  private FoundSpeaker sourceOf(int token) {
    Token t = tok(token);
    if (t.pos().equals("WP") && t.word().equalsIgnoreCase("who")) {
      // "Sen. Ann Pryor, who said she had doubts": the person the relative clause describes
      return found(sources.at(token), SpeakerBasis.PRONOUN);
    }
    if (SourceResolver.isPronoun(t.word())) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (w.equals("i") || w.equals("we") || w.equals("you")) {
        return null;
      }
      return found(sources.resolvePronoun(token), SpeakerBasis.PRONOUN);
    }
    return at(token);
  }

  /** The source of the subject of another clause than the reporting word's own. */
  private FoundSpeaker related(int token) {
    FoundSpeaker f = sourceOf(token);
    return f == null ? null : new FoundSpeaker(f.source(), SpeakerBasis.NEARBY_CLAUSE);
  }
}
