package org.sitrep.extract.stance;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Token;

/** Noun phrases of a parsed sentence: their extent, and the {@link Source} they name. */
final class Phrases {

  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod", "nmod:poss");
  private static final Set<String> OUTSIDE_CORE =
      Set.of("acl", "acl:relcl", "appos", "parataxis", "punct", "dep", "conj", "cc", "advcl", "ccomp");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "mine", "ours");
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers");
  private static final Set<String> IMPERSONAL = Set.of("they", "them", "their", "it", "its");
  private static final Set<String> RELATIVE = Set.of("which", "who", "that", "whom");

  private final Document doc;
  private static final Set<String> AGENT_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private final Gazetteer gazetteer;
  private final CueLexicon lexicon;

  Phrases(Document doc, Gazetteer gazetteer, CueLexicon lexicon) {
    this.doc = doc;
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  Token token(int i) {
    return doc.tokens().get(i);
  }

  static boolean isFirstPerson(Token t) {
    return FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT));
  }

  static boolean isRelative(Token t) {
    return RELATIVE.contains(t.word().toLowerCase(Locale.ROOT));
  }

  static boolean isPronoun(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return FIRST_PERSON.contains(w) || PERSONAL.contains(w) || IMPERSONAL.contains(w)
        || t.pos().startsWith("PRP");
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

  /** The entity the phrase headed by {@code head} names, or null when it names nothing usable. */
  Source name(int head) {
    Token t = token(head);
    if (isPronoun(t)) {
      return null;
    }
    if (!"PERSON".equals(t.ner())) {
      // a title with the person it names: "the secretary of state, Mike Pompeo", "Commissioner for ... Navi Pillay"
      for (int c : doc.children(head)) {
        String r = doc.relation(c);
        if ((r.equals("appos") || r.equals("nmod")) && "PERSON".equals(token(c).ner())) {
          return name(c);
        }
      }
      int appos = doc.child(head, "appos");
      if (appos >= 0 && token(appos).isProperNoun() && !t.isProperNoun()) {
        return name(appos);
      }
    }
    Source titled = t.isProperNoun() ? null : titledPerson(head);
    if (titled != null) {
      return titled;
    }
    Mention m = mentionAt(t);
    if (m != null && isNamedPerson(m)) {
      String name = fullestPerson(m.text());
      return new Source(name, SourceKind.PERSON, null, null, m.text(), m.begin(), m.end());
    }
    if (m != null && t.isProperNoun() && m.endToken() - 1 == head && !m.type().equals("PERSON")) {
      // a named organization or country: the NER mention, not a run of compounds ("Image caption Nato")
      String code = gazetteer.countryCodeOf(m.text()).orElse(null);
      SourceKind kind = code != null ? SourceKind.COUNTRY : SourceKind.ORGANIZATION;
      return new Source(m.text(), kind, null, code, m.text(), m.begin(), m.end());
    }
    int first = head;
    int last = head;
    int floor = doc.sentenceOf(t).firstToken();
    // the contiguous compounds, flat names and adjectives left of the head ("Afghan government")
    for (int c = head - 1; c >= floor; c--) {
      int h = doc.head(c);
      String r = doc.relation(c);
      if (h >= c + 1 && h <= head && r != null && NAME_PARTS.contains(r) && !r.equals("nmod:poss")) {
        first = c;
      } else {
        break;
      }
    }
    for (int c : doc.children(head)) {
      if (c > head && (doc.relation(c).equals("flat") || doc.relation(c).equals("compound"))) {
        last = Math.max(last, c);
      }
    }
    int b = token(first).begin();
    int e = token(last).end();
    String text = doc.text(b, e);
    String code = t.isProperNoun() ? gazetteer.countryCodeOf(text).orElse(null) : null;
    boolean isCountry = code != null;
    if (code == null) {
      code = nationality(first, head);
    }
    SourceKind kind;
    if (isCountry) {
      kind = SourceKind.COUNTRY;
    } else if (t.ner().equals("ORGANIZATION") || t.isProperNoun()) {
      kind = SourceKind.ORGANIZATION;
    } else if (t.pos().equals("NNS") || t.pos().equals("NNPS")) {
      kind = SourceKind.GROUP;
    } else {
      kind = SourceKind.ORGANIZATION;
    }
    return new Source(text, kind, null, code, text, b, e);
  }

  /** The country of the first nationality word among tokens {@code first..last}: "U.S. officials" US. */
  String nationality(int first, int last) {
    for (int k = first; k <= last; k++) {
      Token w = token(k);
      String code = gazetteer.demonymCountry(w.word()).orElse(null);
      if (code == null && w.isProperNoun() && k < last) {
        code = gazetteer.countryCodeOf(w.word()).orElse(null);
      }
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** The phrase headed by {@code head} as a proposition target. */
  Source claim(int head, int end) {
    int b = begin(head);
    String text = doc.text(b, Math.max(end, b + 1));
    return new Source(text, SourceKind.CLAIM, null, null, text, b, Math.max(end, b + 1));
  }

  /** The mention that holds token {@code t}, or null. */
  Mention mentionAt(Token t) {
    for (Mention m : doc.mentions()) {
      if (m.begin() <= t.begin() && t.end() <= m.end()) {
        return m;
      }
      if (m.begin() > t.end()) {
        break;
      }
    }
    return null;
  }

  /**
   * The person a definite title names in this article ("the Afghan president": the PERSON written
   * right after "President", or in apposition to a "president"); null if none, or if several people
   * hold that title.
   */
  Source titledPerson(int head) {
    Token t = token(head);
    if (!t.pos().equals("NN") || !lexicon.isHolderNoun(t) || doc.child(head, "det") < 0) {
      return null;
    }
    String title = t.lemma().toLowerCase(Locale.ROOT);
    Mention best = null;
    for (Mention m : doc.mentions()) {
      if (!isNamedPerson(m)) {
        continue;
      }
      int before = m.firstToken() - 1;
      int last = m.endToken() - 1;
      boolean titled = before >= 0 && token(before).lemma().toLowerCase(Locale.ROOT).equals(title)
          || doc.head(last) >= 0 && "appos".equals(doc.relation(last))
              && token(doc.head(last)).lemma().toLowerCase(Locale.ROOT).equals(title)
          || apposedTitle(last, title);
      if (titled && best != null && !lastWord(best.text()).equals(lastWord(m.text()))) {
        return null; // two people hold the title: the title alone does not say which
      }
      if (titled) {
        best = m;
      }
    }
    if (best == null) {
      return null;
    }
    String text = doc.text(begin(head), t.end());
    return new Source(fullestPerson(best.text()), SourceKind.PERSON, null, null, text, begin(head), t.end());
  }

  private boolean apposedTitle(int personToken, String title) {
    for (int c : doc.children(personToken)) {
      if ("appos".equals(doc.relation(c)) && token(c).lemma().toLowerCase(Locale.ROOT).equals(title)) {
        return true;
      }
    }
    return false;
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

  /** Whether two tokens are inside the same quotation, or both outside any. */
  private boolean sameQuotation(Token a, Token b) {
    return Objects.equals(doc.quotationAt(a.begin()), doc.quotationAt(b.begin()));
  }

  private static boolean isNamedPerson(Mention m) {
    return m.type().equals("PERSON") && !PERSONAL.contains(m.text().toLowerCase(Locale.ROOT))
        && !FIRST_PERSON.contains(m.text().toLowerCase(Locale.ROOT));
  }

  /** Whether a mention is the subject of its clause (its last token is an nsubj). */
  private boolean isSubject(Mention m) {
    int last = m.endToken() - 1;
    String r = doc.relation(last);
    if (r == null) {
      return false;
    }
    if (r.equals("appos")) {
      r = doc.relation(doc.head(last));
    }
    return r != null && r.startsWith("nsubj");
  }

  boolean hasCase(int token, String word) {
    for (int c : doc.children(token)) {
      if ("case".equals(doc.relation(c)) && token(c).word().toLowerCase(Locale.ROOT).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The longest PERSON mention of the article that ends with the same word as {@code name}. */
  String fullestPerson(String name) {
    String last = lastWord(name);
    String best = name;
    for (Mention m : doc.mentions()) {
      if (isNamedPerson(m) && m.text().length() > best.length()
          && lastWord(m.text()).equals(last)) {
        best = m.text();
      }
    }
    return best;
  }

  static String lastWord(String s) {
    String[] w = s.trim().split("\\s+");
    return w[w.length - 1].toLowerCase(Locale.ROOT);
  }

  /**
   * The entity a third-person pronoun at token {@code i} refers to: for he/she the nearest PERSON
   * mention before it (a few sentences back), for they/it the nearest named subject before it.
   */
  Source resolvePronoun(int i) {
    Token t = token(i);
    String w = t.word().toLowerCase(Locale.ROOT);
    int firstSentence = Math.max(0, t.sentence() - 4);
    int limit = doc.sentences().get(firstSentence).begin();
    List<Mention> ms = doc.mentions();
    if (PERSONAL.contains(w)) {
      // the nearest subject that is a person, or a title that names one ("The Afghan president")
      int firstToken = doc.sentences().get(firstSentence).firstToken();
      for (int k = i - 1; k >= firstToken; k--) {
        String r = doc.relation(k);
        if (r == null || !r.equals("nsubj") || !sameQuotation(token(k), t)) {
          continue;
        }
        Mention m = mentionAt(token(k));
        Source named = m != null && isNamedPerson(m) ? name(k) : titledPerson(k);
        if (named != null) {
          return named.withMention(t.word(), t.begin(), t.end());
        }
        if (token(k).pos().equals("NN") && lexicon.isHolderNoun(token(k)) && doc.child(k, "det") >= 0) {
          return null; // "The president ... He": a title we cannot name
        }
      }
      for (int k = ms.size() - 1; k >= 0; k--) {
        Mention m = ms.get(k);
        if (m.end() > t.begin() || !isNamedPerson(m)) {
          continue;
        }
        if (m.begin() < limit) {
          break;
        }
        return new Source(fullestPerson(m.text()), SourceKind.PERSON, null, null, t.word(), t.begin(), t.end());
      }
      return null;
    }
    if (IMPERSONAL.contains(w)) {
      boolean plural = w.startsWith("the");
      int firstToken = doc.sentences().get(Math.max(0, t.sentence() - 1)).firstToken();
      for (int pass = 0; pass < 2; pass++) {
        for (int k = i - 1; k >= firstToken; k--) {
          Token c = token(k);
          String r = doc.relation(k);
          boolean subject = "nsubj".equals(r) || (r != null && r.startsWith("obl") && hasCase(k, "by"));
          boolean number = plural == (c.pos().equals("NNS") || c.pos().equals("NNPS"));
          if (subject && (pass == 1 || number) && c.isNoun() && !isRelative(c)
              && sameQuotation(c, t) && canHold(k)) {
            Source s = name(k);
            if (s != null) {
              return s.withMention(t.word(), t.begin(), t.end());
            }
          }
        }
      }
    }
    return null;
  }
}
