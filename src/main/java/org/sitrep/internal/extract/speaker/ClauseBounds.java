package org.sitrep.internal.extract.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.internal.extract.FunctionWords;
import org.sitrep.internal.extract.ReportingVerbs;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;

/**
 * Where a reported clause stands around its reporting word: after it ("said the move would ...",
 * "told reporters that ..."), up to where the speaker's own sentence goes on; or before it, when the
 * attribution closes the sentence ("A, X said.").
 */
final class ClauseBounds {

  private static final int SUBJECT_WINDOW = 13;

  private final Document doc;
  private final ReportingVerbs verbs;
  private final Syntax syntax;

  ClauseBounds(Document doc, ReportingVerbs verbs, Syntax syntax) {
    this.doc = doc;
    this.verbs = verbs;
    this.syntax = syntax;
  }

  private Token tok(int i) {
    return doc.tokens().get(i);
  }

  /**
   * Where the reported clause after a reporting word starts, or -1 when none follows: after a
   * "that" reached without passing a verb ("told reporters on Friday that"), else at the words
   * after the verb when a finite verb follows them before any comma ("said the move would").
   */
  int forwardStart(Sentence s, int after) {
    int j = after;
    while (j < s.endToken() && (syntax.isComma(j) || tok(j).pos().startsWith("RB"))) {
      j++;
    }
    int that = thatAfterAdjuncts(s, after, j);
    if (that >= 0) {
      return that;
    }
    if (j >= s.endToken()) {
      return -1;
    }
    j = afterPrepositionalAdjuncts(s, j);
    if (j >= s.endToken()) {
      return -1;
    }
    Token first = tok(j);
    if (first.pos().equals("IN") && !FunctionWords.get().isSubordinator(first.word())
        && complementStartsAt(after - 1, j)) {
      return j; // "said at least 40 people had died": a clause the parse finds, begun by a preposition
    }
    if (first.pos().equals("VBG") || first.pos().equals("IN") || first.pos().startsWith("W") || syntax.isQuoteMark(first)
        && j + 1 < s.endToken() && syntax.isPunct(j + 1)) {
      return -1; // "said, recalling ...", "said as ...", "say what ...": no reported clause
    }
    int from = j;
    if (verbs.takesAddressee(tok(after - 1).lemma())) {
      from = afterAddressee(s, j);
      if (from < 0) {
        return -1;
      }
    }
    if (from == j && (syntax.isFinite(first) || first.pos().equals("VB") || first.pos().equals("VBN"))
        && relativeGap(after - 1)) {
      return from; // "a market, which officials said killed 12 people": the clause's subject is the relative's noun
    }
    return finiteVerbFollows(s, from) ? from : -1;
  }

  /**
   * Whether the reporting word {@code verb} stands in a relative clause whose reported clause lacks
   * its subject: "which officials said [killed]", "rockets they said [were used]", "militias that it
   * says [threaten]": its subject follows a relative pronoun, or is a pronoun right after a noun.
   */
  private boolean relativeGap(int verb) {
    int k = verb - 1;
    int subjectEnd = k;
    while (k >= 0 && k > verb - 7 && (tok(k).isNoun() || tok(k).pos().equals("DT") || tok(k).pos().startsWith("JJ")
        || tok(k).pos().equals("POS") || tok(k).pos().equals("CD") || tok(k).pos().equals("PRP") && k == subjectEnd)) {
      if (tok(k).pos().equals("PRP")) {
        k--;
        break;
      }
      k--;
    }
    if (k < 0 || k == subjectEnd || tok(k).sentence() != tok(verb).sentence()) {
      return false;
    }
    Token before = tok(k);
    boolean pronounSubject = tok(subjectEnd).pos().equals("PRP");
    boolean relative = before.pos().equals("WDT") || before.pos().equals("WP")
        || before.word().equalsIgnoreCase("that") && !before.pos().equals("DT");
    return relative || pronounSubject && before.isNoun();
  }


  /**
   * Whether the parse gives the reporting word {@code verb} a clausal complement with its own
   * subject that starts at token {@code j} ("said at least 40 people had died").
   */
  private boolean complementStartsAt(int verb, int j) {
    for (int c : doc.children(verb)) {
      if ("ccomp".equals(doc.relation(c)) && c > j && doc.subtree(c).first() == j && doc.child(c, "nsubj") >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "told reporters on Friday that": the token after a "that" reached without passing a verb, or -1. */
  private int thatAfterAdjuncts(Sentence s, int after, int j) {
    boolean skippable = j < s.endToken() && (verbs.takesAddressee(tok(after - 1).lemma())
        || tok(j).pos().equals("IN") || tok(j).ner().equals("DATE") || tok(j).word().equalsIgnoreCase("that"));
    for (int k = j; skippable && k < s.endToken() && k < j + 10; k++) {
      Token t = tok(k);
      if (t.word().equalsIgnoreCase("that") && (t.pos().equals("IN") || t.pos().equals("WDT") || t.pos().equals("DT"))
          && k + 1 < s.endToken() && !syntax.isPunct(k + 1)) {
        return k + 1;
      }
      if (syntax.isFinite(t) || syntax.isPunct(k)) {
        break;
      }
    }
    return -1;
  }

  /** "said at a Pentagon briefing on Friday it was ...": skips prepositional adjuncts before the clause. */
  private int afterPrepositionalAdjuncts(Sentence s, int j) {
    while (j < s.endToken() && tok(j).pos().equals("IN")
        && !FunctionWords.get().isSubordinator(tok(j).word())
        && !tok(j).word().equalsIgnoreCase("that")) {
      int k = j + 1;
      while (k < s.endToken() && (tok(k).isNoun() || tok(k).pos().equals("DT") || tok(k).pos().startsWith("JJ")
          || tok(k).pos().equals("CD") || tok(k).pos().equals("POS")) && !startsNewPhrase(j + 1, k)) {
        k++;
      }
      if (k == j + 1) {
        break;
      }
      j = k;
    }
    return j;
  }
  /**
   * "said on Wednesday the rebels had ...", "said in a statement the bridge had ...": a determiner
   * after a noun, or an untimed word right after a date, starts the reported clause's subject, not
   * more of the adjunct's phrase.
   */
  private boolean startsNewPhrase(int phraseStart, int k) {
    if (k > phraseStart && tok(k - 1).isNoun() && tok(k).pos().equals("DT")) {
      return true; // "said in a statement the bridge had ...": a determiner after a noun begins another phrase
    }
    if (k <= phraseStart || !isTime(tok(k - 1)) || isTime(tok(k)) || tok(k).pos().equals("POS")) {
      return false;
    }
    return tok(k).pos().equals("DT") || tok(k).isNoun() || tok(k).pos().startsWith("JJ") || tok(k).pos().equals("CD");
  }

  private static boolean isTime(Token t) {
    return t.ner().equals("DATE") || t.ner().equals("TIME");
  }


  /** "told reporters the road was open": where the clause starts after the addressee, or -1. */
  private int afterAddressee(Sentence s, int j) {
    int k = j;
    while (k < s.endToken() && (tok(k).isNoun() || tok(k).pos().startsWith("JJ")
        || tok(k).pos().equals("POS") || k == j && tok(k).pos().equals("DT")
        || tok(k).pos().equals("PRP") && k == j)) {
      k++;
    }
    if (k == j || k >= s.endToken()) {
      return -1;
    }
    Token t = tok(k);
    if (t.pos().equals("IN") || t.pos().startsWith("W") || t.pos().equals("TO")) {
      return -1;
    }
    return k;
  }

  /** Whether a finite verb follows {@code from} (not at it, unless a modal or present tense) before a break. */
  private boolean finiteVerbFollows(Sentence s, int from) {
    for (int k = from; k < s.endToken() && k < from + SUBJECT_WINDOW; k++) {
      Token t = tok(k);
      if (syntax.isFinite(t) || pastTaggedAsParticiple(k, from)) {
        return !(k == from && !t.pos().equals("MD") && !t.pos().startsWith("VBZ") && !t.pos().startsWith("VBP"));
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (syntax.isComma(k) || w.equals(".") || w.equals(";") || w.equals(":") || t.pos().equals("TO")
          || w.equals("\u2014") || w.equals("\u2013") || w.equals("--") || w.equals("(")
          || t.pos().startsWith("W") || FunctionWords.get().isSubordinator(w) && k > from) {
        return false;
      }
    }
    return false;
  }

  /**
   * "said the bomber targeted civilians": a participle right after the noun that opens a reported
   * clause, with no auxiliary before it, is the clause's past-tense verb that the tagger read as a
   * participle.
   */
  private boolean pastTaggedAsParticiple(int k, int from) {
    Token t = tok(k);
    return t.pos().equals("VBN") && k > from && (tok(k - 1).isNoun() || tok(k - 1).pos().equals("PRP"));
  }

  /**
   * The last token of a forward clause of the reporting word {@code verb}: the sentence end, or
   * where the speaker's own sentence goes on.
   */
  int forwardLast(Sentence s, int verb, int from) {
    for (int k = from + 1; k < s.endToken(); k++) {
      Token t = tok(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (w.equals(";")) {
        return k - 1;
      }
      if (syntax.isComma(k) && anotherSpeakerFollows(s, k)) {
        return k - 1;
      }
      if (syntax.isComma(k) && k + 1 < s.endToken()) {
        Token n = tok(k + 1);
        String nw = n.word().toLowerCase(Locale.ROOT);
        ReportingVerbs.Cue c = verbs.match(doc, k + 1);
        if ((n.pos().equals("VBG") && c != null) || nw.equals("according") || nw.equals("while")
            || nw.equals("whereas")) {
          return k - 1;
        }
        if (syntax.isFinite(n) && !n.pos().equals("MD") && c == null) {
          return k - 1; // "The blast, which a site said was a bomb, destroyed the gate": the main clause resumes
        }
      }
      if (w.equals("according") && k + 1 < s.endToken() && tok(k + 1).word().equalsIgnoreCase("to")) {
        return k - 1;
      }
      if ((w.equals("but") || w.equals("and")) && k + 1 < s.endToken()) {
        Token n = tok(k + 1);
        if (n.isVerb() && !continuesTheClause(k + 1, verb, from)) {
          return k - 1;
        }
      }
    }
    return s.endToken() - 1;
  }

  /**
   * Whether the verb at {@code k}, after "and" or "but", is a conjunct of a verb of the reported
   * clause ("said he heard a bang and rushed to the site") rather than of the reporting word ("said
   * A and asked B"): it is no reporting word itself ("and asked", "but has also said") and either
   * has no tense ("and running") or its own verb (the one it helps, for "had" in "but had managed")
   * hangs on a word of the clause. Unparsed, a verb with tense is the reporting word's.
   */
  private boolean continuesTheClause(int k, int verb, int from) {
    int v = k;
    String rel = doc.relation(v);
    if (rel != null && (rel.startsWith("aux") || rel.equals("cop")) && doc.head(v) > k) {
      v = doc.head(v);
      rel = doc.relation(v);
    }
    if (verbs.match(doc, v) != null) {
      return false;
    }
    if (!tok(k).pos().equals("VBD") && !tok(k).pos().equals("VBZ")) {
      return true;
    }
    int gov = doc.head(v);
    return "conj".equals(rel) && gov >= from && gov < k && gov != verb;
  }

  /** ", and the PKK having said": a new speaker's report starts after the comma at {@code comma}. */
  private boolean anotherSpeakerFollows(Sentence s, int comma) {
    boolean noun = false;
    for (int j = comma + 1; j < s.endToken() && j <= comma + 8; j++) {
      Token t = tok(j);
      ReportingVerbs.Cue c = verbs.match(doc, j);
      if (c != null && t.isVerb()) {
        return noun;
      }
      if (t.isNoun() || t.pos().equals("PRP")) {
        noun = true;
      } else if (syntax.isFinite(t) && !t.lemma().equals("have") || syntax.isComma(j)) {
        return false;
      }
    }
    return false;
  }

  /** "A and that B", "A, and that B": two reported clauses in tokens {@code from..last}. */
  List<TokenRange> splitOnThat(int from, int last) {
    List<TokenRange> out = new ArrayList<>();
    int start = from;
    for (int k = from + 1; k < last; k++) {
      String w = tok(k).word().toLowerCase(Locale.ROOT);
      if ((w.equals("and") || w.equals("but")) && tok(k + 1).word().equalsIgnoreCase("that")
          && k + 2 <= last && !syntax.isPunct(k + 2)) {
        if (k >= start) {
          out.add(new TokenRange(start, k));
        }
        start = k + 2;
      }
    }
    if (last + 1 >= start) {
      out.add(new TokenRange(start, last + 1));
    }
    return out;
  }

  /**
   * "A, X said." / "A, said X.": the clause before a comma that precedes the speaker, when nothing
   * but adjuncts follows the verb up to the next comma; null when the sentence is not so built.
   */
  TokenRange sentenceFinal(Sentence s, int verb, int after) {
    for (int k = after; k < s.endToken(); k++) {
      Token t = tok(k);
      if (syntax.isComma(k) || t.word().equals(".")) {
        break;
      }
      if (syntax.isFinite(t) || t.word().equalsIgnoreCase("that") || syntax.isQuoteMark(t) || t.pos().equals("TO")
          || (t.isVerb() && k == after)) {
        return null;
      }
    }
    int comma = -1;
    for (int k = verb - 1; k > s.firstToken() && k >= verb - 15; k--) {
      if (syntax.isComma(k)) {
        comma = k;
        break;
      }
      Token t = tok(k);
      if (syntax.isQuoteMark(t) && k - 1 > s.firstToken() && syntax.isComma(k - 1)) {
        comma = k - 1;
        break;
      }
      if (t.isVerb() && !t.lemma().equals("have") && !t.lemma().equals("be") || syntax.isQuoteMark(t)) {
        return null;
      }
    }
    if (comma < 0) {
      return null;
    }
    int first = s.firstToken();
    for (int k = first; k < comma && k < first + 6; k++) {
      String w = tok(k).word();
      if (w.equals("\u2014") || w.equals("--")) {
        first = k + 1;
      }
    }
    return comma - 1 > first ? new TokenRange(first, comma) : null;
  }
}
