package org.sitrep.extract.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Source;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.SourceResolver;
import org.sitrep.extract.Statements;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Quotation;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Who said what: one {@link SpeakerClaim} per direct quotation and per reported clause.
 *
 * <p>Reported clauses are the clausal complements of the reporting verbs in
 * {@code reporting-verbs.tsv} ("said that A", "A, officials said", "according to X"), split where one
 * verb reports two that-clauses. Quotations take their speaker from the reported clause they sit
 * in, else from a reporting verb after them in their sentence ("Q," X said), else from one before
 * them ("X said: Q"), else from the previous statement (quote-only continuations). Speakers are
 * resolved by {@link SourceResolver}. Immutable and thread-safe.
 */
public final class SpeakerExtractor implements Extractor {

  private static final int AFTER_WINDOW = 30;
  private static final java.util.Set<String> ADDRESSEE_CUES =
      java.util.Set.of("tell", "inform", "brief", "warn", "assure", "remind", "notify", "ask", "write");
  private static final int CONTINUATION_PARAGRAPHS = 2;
  private static final int SUBJECT_WINDOW = 13;
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of(
      "as", "because", "while", "after", "before", "when", "if", "since", "until", "although", "though", "whereas");

  private final ReportingVerbs verbs;
  private final SourceResolver resolver;

  public SpeakerExtractor(ReportingVerbs verbs, SourceResolver resolver) {
    this.verbs = verbs;
    this.resolver = resolver;
  }

  /** An extractor with the bundled reporting verbs and the given source resolver. */
  public static SpeakerExtractor load(SourceResolver resolver) {
    return new SpeakerExtractor(ReportingVerbs.load(), resolver);
  }

  public static SpeakerExtractor load() {
    return load(SourceResolver.load());
  }

  @Override
  public String id() {
    return "speaker";
  }

  @Override
  public List<SpeakerClaim> extract(Document doc, Statements statements) {
    Article a = new Article(doc, resolver.forDocument(doc));
    List<Draft> indirect = a.reportedClauses();
    List<Draft> direct = a.quotations(indirect);
    List<Draft> all = new ArrayList<>(direct);
    for (Draft d : indirect) {
      Draft kept = a.withoutStatementQuotes(d);
      if (kept != null) {
        all.add(kept);
      }
    }
    all.sort(Comparator.comparingInt(Draft::begin).thenComparingInt(Draft::end));
    return a.claims(all);
  }

  /** A statement before its speaker is final: a null speaker continues the previous statement's. */
  record Draft(int begin, int end, Mode mode, String cue, Source speaker, double confidence, int verb) {}

  /** Per-article work; lives on the stack of {@link #extract}. */
  private final class Article {

    private final Document doc;
    private final SourceResolver.Article sources;
    private final List<Quotation> quotes;
    private final int[] quoteOfToken;

    Article(Document doc, SourceResolver.Article sources) {
      this.doc = doc;
      this.sources = sources;
      List<Quotation> q = new ArrayList<>(doc.quotations());
      q.addAll(SingleQuotes.find(doc.text(), doc.quotations()));
      q.sort(Comparator.comparingInt(Quotation::begin));
      this.quotes = q;
      this.quoteOfToken = new int[doc.tokens().size()];
      java.util.Arrays.fill(quoteOfToken, -1);
      for (int qi = 0; qi < q.size(); qi++) {
        Quotation quote = q.get(qi);
        int i = doc.tokenIndexAt(quote.begin());
        while (i >= 0 && i < quoteOfToken.length && doc.tokens().get(i).begin() < quote.end()) {
          quoteOfToken[i++] = qi;
        }
      }
    }

    // ---- reported clauses ----

    List<Draft> reportedClauses() {
      List<Draft> out = new ArrayList<>();
      for (Sentence s : doc.sentences()) {
        if (!s.parsed() || isTeaser(s)) {
          continue;
        }
        for (int t = s.firstToken(); t < s.endToken(); t++) {
          ReportingVerbs.Cue cue = verbs.match(doc, t);
          if (cue == null || !cue.entry().indirect() || insideQuoteContent(t)) {
            continue;
          }
          if (cue.lemma().equals("according to")) {
            according(s, t, cue, out);
          } else {
            reported(s, t, cue, out);
          }
        }
      }
      return out;
    }

    private void reported(Sentence s, int verb, ReportingVerbs.Cue cue, List<Draft> out) {
      List<int[]> spans = new ArrayList<>();
      if (doc.child(verb, "aux:pass") >= 0) {
        return; // "the pullout was announced as ...": the subject is not a speaker
      }
      int from = forwardStart(s, cue.endToken());
      if (from >= 0) {
        spans.addAll(splitOnThat(from, forwardEnd(s, from)));
      } else {
        int[] before = sentenceFinal(s, verb, cue.endToken());
        if (before != null) {
          spans.add(before);
        }
      }
      if (spans.isEmpty()) {
        return;
      }
      Source speaker = from < 0 ? sentenceFinalSpeaker(spans.get(0)[1] + 1, verb, cue.endToken()) : null;
      if (speaker == null) {
        speaker = speakerOf(verb, cue.endToken());
      }
      if (speaker == null) {
        return;
      }
      for (int[] span : spans) {
        int[] t = trim(span[0], span[1], verb);
        if (t != null && isClause(t[0], t[1])) {
          out.add(draft(t, Mode.INDIRECT, cue.lemma(), speaker, 0.75, verb));
        }
      }
    }

    /**
     * Where the reported clause after a reporting word starts, or -1 when none follows: after a
     * "that" reached without passing a verb ("told reporters on Friday that"), else at the words
     * after the verb when a finite verb follows them before any comma ("said the move would").
     */
    private int forwardStart(Sentence s, int after) {
      int j = after;
      while (j < s.endToken() && (isComma(j) || doc.tokens().get(j).pos().startsWith("RB"))) {
        j++;
      }
      boolean skippable = j < s.endToken() && (ADDRESSEE_CUES.contains(doc.tokens().get(after - 1).lemma())
          || doc.tokens().get(j).pos().equals("IN") || doc.tokens().get(j).ner().equals("DATE")
          || doc.tokens().get(j).word().equalsIgnoreCase("that"));
      for (int k = j; skippable && k < s.endToken() && k < j + 10; k++) {
        Token t = doc.tokens().get(k);
        if (t.word().equalsIgnoreCase("that") && (t.pos().equals("IN") || t.pos().equals("WDT") || t.pos().equals("DT"))
            && k + 1 < s.endToken() && !isPunct(k + 1)) {
          return k + 1;
        }
        if (isFinite(t) || isPunct(k)) {
          break;
        }
      }
      if (j >= s.endToken()) {
        return -1;
      }
      // "said at a Pentagon briefing on Friday it was ...": prepositional adjuncts before the clause
      while (j < s.endToken() && doc.tokens().get(j).pos().equals("IN")
          && !SUBORDINATORS.contains(doc.tokens().get(j).word().toLowerCase(Locale.ROOT))
          && !doc.tokens().get(j).word().equalsIgnoreCase("that")) {
        int k = j + 1;
        while (k < s.endToken() && (doc.tokens().get(k).isNoun() || doc.tokens().get(k).pos().equals("DT")
            || doc.tokens().get(k).pos().startsWith("JJ") || doc.tokens().get(k).pos().equals("CD")
            || doc.tokens().get(k).pos().equals("POS"))) {
          k++;
        }
        if (k == j + 1) {
          break;
        }
        j = k;
      }
      if (j >= s.endToken()) {
        return -1;
      }
      Token first = doc.tokens().get(j);
      if (first.pos().equals("VBG") || first.pos().equals("IN") || first.pos().startsWith("W") || isQuoteMark(first)
          && j + 1 < s.endToken() && isPunct(j + 1)) {
        return -1; // "said, recalling ...", "said as ...", "say what ...": no reported clause
      }
      int from = j;
      if (ADDRESSEE_CUES.contains(doc.tokens().get(after - 1).lemma())) {
        // "told reporters the road was open": the addressee, then the clause
        int k = j;
        while (k < s.endToken() && (doc.tokens().get(k).isNoun() || doc.tokens().get(k).pos().startsWith("JJ")
            || doc.tokens().get(k).pos().equals("POS") || k == j && doc.tokens().get(k).pos().equals("DT")
            || doc.tokens().get(k).pos().equals("PRP") && k == j)) {
          k++;
        }
        if (k == j || k >= s.endToken()) {
          return -1;
        }
        from = k;
        if (doc.tokens().get(from).pos().equals("IN") || doc.tokens().get(from).pos().startsWith("W")
            || doc.tokens().get(from).pos().equals("TO")) {
          return -1;
        }
      }
      for (int k = from; k < s.endToken() && k < from + SUBJECT_WINDOW; k++) {
        Token t = doc.tokens().get(k);
        if (isFinite(t)) {
          return k == from && !t.pos().equals("MD") && !t.pos().startsWith("VBZ") && !t.pos().startsWith("VBP") ? -1 : from;
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        if (isComma(k) || w.equals(".") || w.equals(";") || w.equals(":") || t.pos().equals("TO")
            || w.equals("\u2014") || w.equals("\u2013") || w.equals("--") || w.equals("(")
            || t.pos().startsWith("W") || SUBORDINATORS.contains(w) && k > from) {
          return -1;
        }
      }
      return -1;
    }

    /** The end of a forward clause: the sentence end, or where the speaker's own sentence goes on. */
    private int forwardEnd(Sentence s, int from) {
      for (int k = from + 1; k < s.endToken(); k++) {
        Token t = doc.tokens().get(k);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.equals(";")) {
          return k - 1;
        }
        if (isComma(k) && anotherSpeakerFollows(s, k)) {
          return k - 1;
        }
        if (isComma(k) && k + 1 < s.endToken()) {
          Token n = doc.tokens().get(k + 1);
          String nw = n.word().toLowerCase(Locale.ROOT);
          ReportingVerbs.Cue c = verbs.match(doc, k + 1);
          if ((n.pos().equals("VBG") && c != null) || nw.equals("according") || nw.equals("while")
              || nw.equals("whereas")) {
            return k - 1;
          }
        }
        if (w.equals("according") && k + 1 < s.endToken() && doc.tokens().get(k + 1).word().equalsIgnoreCase("to")) {
          return k - 1;
        }
        if ((w.equals("but") || w.equals("and")) && k + 1 < s.endToken()) {
          Token n = doc.tokens().get(k + 1);
          if (n.pos().equals("VBD") || n.pos().equals("VBZ")) {
            return k - 1;
          }
        }
      }
      return s.endToken() - 1;
    }

    /** ", and the PKK having said": a new speaker's report starts after the comma at {@code comma}. */
    private boolean anotherSpeakerFollows(Sentence s, int comma) {
      boolean noun = false;
      for (int j = comma + 1; j < s.endToken() && j <= comma + 8; j++) {
        Token t = doc.tokens().get(j);
        ReportingVerbs.Cue c = verbs.match(doc, j);
        if (c != null && t.isVerb()) {
          return noun;
        }
        if (t.isNoun() || t.pos().equals("PRP")) {
          noun = true;
        } else if (isFinite(t) && !t.lemma().equals("have") || isComma(j)) {
          return false;
        }
      }
      return false;
    }

    /** "A and that B", "A, and that B": two reported clauses. */
    private List<int[]> splitOnThat(int from, int to) {
      List<int[]> out = new ArrayList<>();
      int start = from;
      for (int k = from + 1; k < to; k++) {
        String w = doc.tokens().get(k).word().toLowerCase(Locale.ROOT);
        if ((w.equals("and") || w.equals("but")) && doc.tokens().get(k + 1).word().equalsIgnoreCase("that")
            && k + 2 <= to && !isPunct(k + 2)) {
          out.add(new int[] {start, k - 1});
          start = k + 2;
        }
      }
      out.add(new int[] {start, to});
      return out;
    }

    /**
     * "A, X said." / "A, said X.": the clause before a comma that precedes the speaker, when nothing
     * but adjuncts follows the verb up to the next comma.
     */
    private int[] sentenceFinal(Sentence s, int verb, int after) {
      for (int k = after; k < s.endToken(); k++) {
        Token t = doc.tokens().get(k);
        if (isComma(k) || t.word().equals(".")) {
          break;
        }
        if (isFinite(t) || t.word().equalsIgnoreCase("that") || isQuoteMark(t) || t.pos().equals("TO")
            || (t.isVerb() && k == after)) {
          return null;
        }
      }
      int comma = -1;
      for (int k = verb - 1; k > s.firstToken() && k >= verb - 15; k--) {
        if (isComma(k)) {
          comma = k;
          break;
        }
        Token t = doc.tokens().get(k);
        if (isQuoteMark(t) && k - 1 > s.firstToken() && isComma(k - 1)) {
          comma = k - 1;
          break;
        }
        if (t.isVerb() && !t.lemma().equals("have") && !t.lemma().equals("be") || isQuoteMark(t)) {
          return null;
        }
      }
      if (comma < 0) {
        return null;
      }
      int first = s.firstToken();
      for (int k = first; k < comma && k < first + 6; k++) {
        String w = doc.tokens().get(k).word();
        if (w.equals("\u2014") || w.equals("--")) {
          first = k + 1;
        }
      }
      return comma - 1 > first ? new int[] {first, comma - 1} : null;
    }

    /**
     * The speaker of "A, the U.S. ambassador to NATO said": the first noun phrase between the comma
     * at {@code comma} and the verb; for "A, said X", the phrase after the verb.
     */
    private Source sentenceFinalSpeaker(int comma, int verb, int after) {
      int k = comma + 1;
      while (k < verb && (isPunct(k) || isQuoteMark(doc.tokens().get(k)))) {
        k++;
      }
      if (k == verb) {
        int person = appositivePerson(doc.sentenceOf(doc.tokens().get(verb)), comma);
        if (person >= 0) {
          return sourceOf(person);
        }
        boolean addressee = ADDRESSEE_CUES.contains(doc.tokens().get(verb).lemma().toLowerCase(Locale.ROOT));
        return addressee ? null : inverted(after);
      }
      int subject = doc.child(verb, "nsubj");
      if (subject > comma && subject < verb) {
        return sourceOf(personEndingSubject(subject, verb));
      }
      int head = -1;
      for (; k < verb; k++) {
        Token t = doc.tokens().get(k);
        if (t.isNoun() || t.pos().equals("POS") || t.pos().equals("PRP")) {
          if (!t.pos().equals("POS")) {
            head = k;
          }
        } else if (head >= 0 && t.pos().equals("CC") && k + 1 < verb
            && (doc.tokens().get(k + 1).isNoun() || doc.tokens().get(k + 1).pos().startsWith("JJ"))) {
          continue; // "security and aviation officials"
        } else if (head >= 0) {
          break;
        }
      }
      return head < 0 ? null : sourceOf(head);
    }

    /** A clause has a verb other than a bare gerund: "of fighting" is none. */
    private boolean isClause(int lo, int hi) {
      if (hi - lo < 1) {
        return false;
      }
      for (int k = lo; k <= hi; k++) {
        Token t = doc.tokens().get(k);
        if (isFinite(t) || t.pos().equals("VB") || t.pos().equals("VBN")) {
          return true;
        }
      }
      return false;
    }

    private boolean hasFinite(int lo, int hi) {
      for (int k = lo; k <= hi; k++) {
        if (isFinite(doc.tokens().get(k))) {
          return true;
        }
      }
      return false;
    }

    private boolean isFinite(Token t) {
      if (t.pos().equals("VBN")) {
        // "the warplanes targeted ...", tagged as a participle but with its own subject
        int subject = doc.child(t.index(), "nsubj");
        return subject >= 0 && subject < t.index() && doc.child(t.index(), "aux") < 0
            && !"nsubj:pass".equals(doc.relation(subject));
      }
      return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD");
    }

    private boolean isComma(int k) {
      return doc.tokens().get(k).word().equals(",");
    }

    private boolean isPunct(int k) {
      return !Character.isLetterOrDigit(doc.tokens().get(k).word().charAt(0));
    }

    private void according(Sentence s, int according, ReportingVerbs.Cue cue, List<Draft> out) {
      int source = "case".equals(doc.relation(according)) ? doc.head(according) : -1;
      if (source < 0) {
        for (int j = cue.endToken(); j < s.endToken(); j++) {
          if (doc.tokens().get(j).isNoun()) {
            source = j;
            break;
          }
        }
      }
      if (source < 0) {
        return;
      }
      Source speaker = sources.sourceAt(source);
      if (speaker == null) {
        return;
      }
      int[] phrase = subtree(source);
      int lo = Math.min(phrase[0], according);
      int hi = Math.max(phrase[1], cue.endToken() - 1);
      int[] span = lo - s.firstToken() >= s.endToken() - 1 - hi
          ? new int[] {s.firstToken(), lo - 1}
          : new int[] {hi + 1, s.endToken() - 1};
      int[] t = trim(span[0], span[1], -1);
      if (t != null) {
        out.add(draft(t, Mode.INDIRECT, cue.lemma(), speaker, 0.75, according));
      }
    }

    /** The clause headed by {@code clause}, split where a conjoined clause has its own "that". */
    private List<int[]> clauseSpans(int clause) {
      int[] whole = subtree(clause);
      List<int[]> out = new ArrayList<>();
      int from = whole[0];
      for (int k : doc.children(clause)) {
        if (k > clause && "conj".equals(doc.relation(k)) && hasThat(k)) {
          int[] part = subtree(k);
          out.add(new int[] {from, part[0] - 1});
          from = part[0];
        }
      }
      out.add(new int[] {from, whole[1]});
      return out;
    }

    private boolean hasThat(int token) {
      for (int c : doc.children(token)) {
        if ("mark".equals(doc.relation(c)) && doc.tokens().get(c).word().equalsIgnoreCase("that")) {
          return true;
        }
      }
      return false;
    }

    /** Token range without a leading "that", conjunction or punctuation and trailing punctuation. */
    private int[] trim(int lo, int hi, int verb) {
      while (lo <= hi && (lo == verb || droppableStart(doc.tokens().get(lo)))) {
        lo++;
      }
      while (hi >= lo && droppableEnd(doc.tokens().get(hi))) {
        hi--;
      }
      if (hi < lo || hi - lo < 1) {
        return null;
      }
      return new int[] {lo, hi};
    }

    private boolean droppableStart(Token t) {
      String w = t.word().toLowerCase(Locale.ROOT);
      return w.equals("that") || w.equals("and") || w.equals("but") || w.equals(",") || w.equals(":")
          || w.equals("-") || w.equals("\u2014") || w.equals(";");
    }

    private boolean droppableEnd(Token t) {
      String w = t.word();
      return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("-") || w.equals("\u2014")
          || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("but")
          || (w.equals(".") && t.index() + 1 < doc.tokens().size()
              && !isQuoteMark(doc.tokens().get(t.index() + 1)) || w.equals(".") && t.index() + 1 == doc.tokens().size());
    }

    // ---- quotations ----

    List<Draft> quotations(List<Draft> indirect) {
      List<Draft> out = new ArrayList<>();
      java.util.Map<Integer, List<Draft>> bySentence = new java.util.HashMap<>();
      for (Draft d : indirect) {
        bySentence.computeIfAbsent(doc.sentenceIndexAt(d.begin()), k -> new ArrayList<>()).add(d);
      }
      for (Quotation q : quotes) {
        int cb = q.contentBegin();
        int ce = q.contentEnd();
        while (cb < ce && Character.isWhitespace(doc.text().charAt(cb))) {
          cb++;
        }
        while (ce > cb && Character.isWhitespace(doc.text().charAt(ce - 1))) {
          ce--;
        }
        if (ce - cb < 2) {
          continue;
        }
        boolean statement = statementLike(cb, ce);
        Draft inClause = enclosing(bySentence, cb, ce);
        if (inClause != null) {
          out.add(new Draft(cb, ce, Mode.DIRECT, inClause.cue(), inClause.speaker(), 0.85, inClause.verb()));
          continue;
        }
        Attribution at = after(q, statement);
        if (at == null && statement) {
          at = before(q);
        }
        if (at != null) {
          out.add(new Draft(cb, ce, Mode.DIRECT, at.cue(), at.speaker(), statement ? 0.9 : 0.6, -1));
        } else if (statement) {
          out.add(new Draft(cb, ce, Mode.DIRECT, "say", null, 0.7, -1));
        }
      }
      return out;
    }

    private record Attribution(String cue, Source speaker) {}

    /** "Q," X said / "Q," said X: a reporting verb shortly after the closing mark, same sentence. */
    private Attribution after(Quotation q, boolean statement) {
      int mark = doc.tokenIndexAt(q.end() - 1);
      if (mark < 0) {
        return null;
      }
      char lastInside = doc.text().charAt(Math.max(q.contentBegin(), q.contentEnd() - 1));
      boolean framed = statement || ",?!".indexOf(lastInside) >= 0
          || (mark + 1 < doc.tokens().size() && isComma(mark + 1));
      int window = framed ? AFTER_WINDOW : 4;
      Sentence s = doc.sentences().get(doc.tokens().get(mark).sentence());
      int end = s.endToken();
      if (mark == end - 1 && s.index() + 1 < doc.sentences().size()) {
        Sentence next = doc.sentences().get(s.index() + 1);
        Token first = doc.tokens().get(next.firstToken());
        if (next.paragraph() == s.paragraph() && Character.isLowerCase(first.word().charAt(0))) {
          end = next.endToken();
        }
      }
      for (int k = mark + 1; k < end && k <= mark + window; k++) {
        if (quoteOfToken[k] >= 0) {
          break;
        }
        Token t = doc.tokens().get(k);
        if (t.word().equals(".") || t.word().equals(";")) {
          break;
        }
        ReportingVerbs.Cue cue = verbs.match(doc, k);
        if (cue != null && cue.entry().direct()) {
          Source speaker = speakerOf(k, cue.endToken());
          return speaker == null ? null : new Attribution(cue.lemma(), speaker);
        }
      }
      return null;
    }

    /** X said: "Q" / X told reporters, "Q": the nearest reporting verb before the opening mark. */
    private Attribution before(Quotation q) {
      int mark = doc.tokenIndexAt(q.begin());
      if (mark < 0) {
        return null;
      }
      Sentence s = doc.sentences().get(doc.tokens().get(mark).sentence());
      for (int k = mark - 1; k >= s.firstToken(); k--) {
        if (quoteOfToken[k] >= 0) {
          break;
        }
        ReportingVerbs.Cue cue = verbs.match(doc, k);
        if (cue != null && cue.entry().direct()) {
          Source speaker = speakerOf(k, cue.endToken());
          return speaker == null ? null : new Attribution(cue.lemma(), speaker);
        }
      }
      return null;
    }

    /** The reported clause, begun in the quotation's sentence, that holds {@code begin..end}; or null. */
    private Draft enclosing(java.util.Map<Integer, List<Draft>> bySentence, int begin, int end) {
      for (Draft d : bySentence.getOrDefault(doc.sentenceIndexAt(begin), List.of())) {
        if (d.begin() <= begin && end <= d.end() + 1 && d.end() - d.begin() > end - begin + 2) {
          return d;
        }
      }
      return null;
    }

    /** A quotation with a verb and three words or more is a statement, not a phrase. */
    private boolean statementLike(int begin, int end) {
      int words = 0;
      boolean verb = false;
      int i = doc.tokenIndexAt(begin);
      while (i >= 0 && i < doc.tokens().size() && doc.tokens().get(i).begin() < end) {
        Token t = doc.tokens().get(i);
        if (Character.isLetterOrDigit(t.word().charAt(0))) {
          words++;
        }
        verb |= t.isVerb() || t.pos().equals("MD");
        i++;
      }
      return verb && words >= 3;
    }

    /**
     * The reported clause without the statement quotations inside it: null when such a quotation
     * makes up the clause (the direct claim stands for it), the part before it when that part is a
     * clause of its own.
     */
    Draft withoutStatementQuotes(Draft d) {
      int seen = -1;
      for (int k = doc.tokenIndexAt(d.begin()); k >= 0 && k < doc.tokens().size()
          && doc.tokens().get(k).begin() < d.end(); k++) {
        int qi = quoteOfToken[k];
        if (qi < 0 || qi == seen) {
          continue;
        }
        seen = qi;
        Quotation q = quotes.get(qi);
        if (!statementLike(q.contentBegin(), q.contentEnd())) {
          continue;
        }
        int first = doc.tokenIndexAt(d.begin());
        int mark = doc.tokenIndexAt(q.begin());
        String beforeMark = mark > 0 ? doc.tokens().get(mark - 1).word().toLowerCase(Locale.ROOT) : "";
        boolean joined = beforeMark.equals("and") || beforeMark.equals("but") || beforeMark.equals(",");
        if (joined && mark - first >= 4) {
          int[] t = trim(first, mark - 1, -1);
          if (t != null && t[1] - t[0] >= 3 && hasFinite(t[0], t[1])) {
            return draft(t, d.mode(), d.cue(), d.speaker(), d.confidence(), d.verb());
          }
        }
        return null;
      }
      return d;
    }

    // ---- speakers ----

    /**
     * The source of the subject of a reporting verb, climbing from "saying" to its clause; a verb
     * without a subject before it takes the noun phrase after it ("said Foreign Minister X").
     */
    private Source speakerOf(int verb, int after) {
      return speakerOf(verb, after, 0);
    }

    private Source speakerOf(int verb, int after, int depth) {
      Sentence s = doc.sentenceOf(doc.tokens().get(verb));
      Token v = doc.tokens().get(verb);
      int subject = doc.child(verb, "nsubj");
      if (subject >= 0 && subject < verb && !insideQuoteContent(subject)) {
        return sourceOf(personEndingSubject(subject, verb));
      }
      int k = verb - 1;
      while (k >= s.firstToken() && (doc.tokens().get(k).pos().startsWith("RB") || doc.tokens().get(k).pos().equals("MD")
          || doc.tokens().get(k).lemma().equals("have"))) {
        k--;
      }
      // a coordinated predicate: "X said A and asked B", "X declined to comment, but said A"
      if (k >= s.firstToken() && depth < 2 && (doc.tokens().get(k).word().equalsIgnoreCase("and")
          || doc.tokens().get(k).word().equalsIgnoreCase("but"))) {
        for (int j = k - 1; j >= s.firstToken(); j--) {
          ReportingVerbs.Cue c = verbs.match(doc, j);
          if (c != null && doc.tokens().get(j).isVerb() && !insideQuoteContent(j)) {
            Source found = speakerOf(j, c.endToken(), depth + 1);
            if (found != null) {
              return found;
            }
          }
        }
        int first = firstSubject(s, verb);
        return first < 0 ? null : sourceOf(first);
      }
      String rel = doc.relation(verb);
      if (rel != null && rel.startsWith("acl") && doc.head(verb) < verb) {
        return sourceOf(doc.head(verb));
      }
      // a participle: "..., saying A" speaks for the subject of the clause it hangs on
      if (v.pos().equals("VBG") || v.pos().equals("VBN")) {
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
            return sourceOf(personEndingSubject(subj, cur));
          }
        }
        int first = firstSubject(s, verb);
        return first < 0 ? null : sourceOf(first);
      }
      if (k > s.firstToken() && isComma(k)) {
        int person = appositivePerson(s, k);
        if (person >= 0) {
          return sourceOf(person); // "a tribal leader, Tarek al-Awlaki, said"; "X, a journalist, told"
        }
      }
      boolean addressee = ADDRESSEE_CUES.contains(v.lemma().toLowerCase(Locale.ROOT));
      if (!addressee && (k < s.firstToken() || isQuoteMark(doc.tokens().get(k))
          || isComma(k) && forwardStart(s, after) < 0)) {
        return inverted(after);
      }
      Token before = doc.tokens().get(k);
      if (before.isNoun() || before.pos().equals("PRP")) {
        return sourceOf(subjectBeforeModifier(s, k));
      }
      return null;
    }

    /**
     * The head of a subject whose last words are a modifier: "One Kurdish leader contacted by the
     * Guardian said", "A witness in Manbij said" name the leader and the witness. "of" phrases stay
     * part of the name ("the Ministry of Defence").
     */
    private int subjectBeforeModifier(Sentence s, int lastNoun) {
      int k = lastNoun;
      while (k > s.firstToken() && isNominal(doc.tokens().get(k - 1))) {
        k--;
      }
      int p = k - 1;
      if (p <= s.firstToken() || !doc.tokens().get(p).pos().equals("IN") || doc.tokens().get(p).word().equalsIgnoreCase("of")) {
        return lastNoun;
      }
      p--;
      if (p > s.firstToken() && doc.tokens().get(p).pos().equals("VBN")) {
        p--;
      }
      return p >= s.firstToken() && doc.tokens().get(p).isNoun() && !doc.tokens().get(p).ner().equals("LOCATION")
          ? p : lastNoun;
    }

    private boolean isNominal(Token t) {
      return t.isNoun() || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("POS") || t.pos().equals("CD");
    }

    /**
     * The person named before the comma at {@code comma} and set off by commas: "Arin Sheikmos, a
     * Kurdish journalist, told" or "the council's spokesman, Andriy Lysenko, said"; -1 if none.
     */
    private int appositivePerson(Sentence s, int comma) {
      for (int j = comma - 1; j >= s.firstToken() && j >= comma - 12; j--) {
        Token t = doc.tokens().get(j);
        if (t.ner().equals("PERSON") && j + 1 < s.endToken() && isComma(j + 1) && !insideQuoteContent(j)) {
          return j;
        }
        if (isQuoteMark(t) || isFinite(t)) {
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
          if (subject >= 0 && subject < limit && !insideQuoteContent(subject)) {
            return subject;
          }
          break;
        }
      }
      for (int j = s.firstToken(); j < limit; j++) {
        String r = doc.relation(j);
        if (r != null && r.startsWith("nsubj") && !insideQuoteContent(j)) {
          return j;
        }
      }
      return -1;
    }

    /** "U.N. High Commissioner for Human Rights Navi Pillay said": the person closing the subject. */
    private int personEndingSubject(int subject, int verb) {
      int k = verb - 1;
      while (k > subject && (doc.tokens().get(k).pos().startsWith("RB") || doc.tokens().get(k).pos().equals("MD")
          || doc.tokens().get(k).lemma().equals("have") || doc.tokens().get(k).lemma().equals("be"))) {
        k--;
      }
      if (k > subject + 1 && isComma(k) && doc.tokens().get(k - 1).ner().equals("PERSON")) {
        k--; // "A spokesman for the council, Andriy Lysenko, said"
      }
      if (k > subject && doc.tokens().get(k).ner().equals("PERSON") && !doc.tokens().get(subject).ner().equals("PERSON")) {
        return k;
      }
      return subject;
    }

    /** The noun phrase right after a verb: "said Foreign Minister Sergei Lavrov". */
    private Source inverted(int after) {
      int k = after;
      int sentenceEnd = doc.sentenceOf(doc.tokens().get(Math.max(0, after - 1))).endToken();
      int head = -1;
      while (k < sentenceEnd) {
        Token t = doc.tokens().get(k);
        if (t.isNoun() || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("CD") || t.pos().equals("POS")) {
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
      if (!doc.tokens().get(head).ner().equals("PERSON")) {
        for (int j = k; j < sentenceEnd && j < k + 8; j++) {
          Token t = doc.tokens().get(j);
          if (t.ner().equals("PERSON")) {
            while (j + 1 < sentenceEnd && doc.tokens().get(j + 1).ner().equals("PERSON")) {
              j++;
            }
            return sources.sourceAt(j);
          }
          if (isFinite(t)) {
            break;
          }
        }
      }
      return sourceOf(head);
    }

    private Source sourceOf(int token) {
      Token t = doc.tokens().get(token);
      if (SourceResolver.isPronoun(t.word())) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.equals("i") || w.equals("we") || w.equals("you")) {
          return null;
        }
        return sources.resolvePronoun(token);
      }
      return sources.sourceAt(token);
    }

    // ---- claims ----

    List<SpeakerClaim> claims(List<Draft> drafts) {
      List<SpeakerClaim> out = new ArrayList<>();
      Draft previous = null;
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        if (i + 1 < drafts.size() && sameSpan(drafts.get(i + 1), d) && verbInside(d)) {
          continue;
        }
        if (out.size() > 0 && out.get(out.size() - 1).begin() == d.begin() && out.get(out.size() - 1).end() == d.end()) {
          continue;
        }
        Source speaker = d.speaker();
        double confidence = d.confidence();
        if (speaker == null) {
          if (previous == null || paragraphOf(d.begin()) - paragraphOf(previous.begin()) > CONTINUATION_PARAGRAPHS) {
            continue;
          }
          speaker = previous.speaker().withoutMention();
        } else {
          previous = d;
        }
        int sentence = doc.sentenceIndexAt(d.begin());
        out.add(new SpeakerClaim("s" + (out.size() + 1), speaker, d.begin(), d.end(),
            doc.text(d.begin(), d.end()), sentence, confidence, null, d.mode(), d.cue()));
      }
      return out;
    }

    private boolean sameSpan(Draft c, Draft d) {
      return c.begin() == d.begin() && c.end() == d.end();
    }

    private boolean verbInside(Draft d) {
      if (d.verb() < 0) {
        return false;
      }
      int at = doc.tokens().get(d.verb()).begin();
      return d.begin() <= at && at < d.end();
    }

    private int paragraphOf(int offset) {
      return doc.sentences().get(doc.sentenceIndexAt(offset)).paragraph();
    }

    // ---- helpers ----

    private Draft draft(int[] tokens, Mode mode, String cue, Source speaker, double confidence, int verb) {
      int begin = doc.tokens().get(tokens[0]).begin();
      int end = doc.tokens().get(tokens[1]).end();
      return new Draft(begin, end, mode, cue, speaker, confidence, verb);
    }

    /** A related-story link ("... says UK Read more") is boilerplate, not a statement. */
    private boolean isTeaser(Sentence s) {
      String line = doc.text(s.begin(), s.end()).strip();
      return line.endsWith("Read more");
    }

    private boolean insideQuoteContent(int token) {
      int qi = quoteOfToken[token];
      if (qi < 0) {
        return false;
      }
      Quotation q = quotes.get(qi);
      Token t = doc.tokens().get(token);
      return t.begin() >= q.contentBegin() && t.end() <= q.contentEnd();
    }

    private boolean isQuoteMark(Token t) {
      if (t.end() - t.begin() != 1) {
        return false;
      }
      char c = doc.text().charAt(t.begin());
      return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
    }

    private int[] subtree(int token) {
      return doc.subtreeBounds(token);
    }
  }
}
