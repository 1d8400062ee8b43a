package org.sitrep.internal.extract.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.internal.extract.FunctionWords;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Quotation;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Third-person pronouns of one article, resolved to a compatible antecedent before them: he and
 * she to a person of that gender (or of unknown gender) in the nearest sentence that names one,
 * the subject of that sentence first ({@link #resolvePerson}); it to an organisation, outlet or
 * country, they to a group of people, an organisation or a country (the nearest such subject).
 */
final class Pronouns {

  /** How many candidate subjects back a pronoun looks. */
  private static final int LOOK_BACK = 80;
  /** How many sentences back "he" or "she" looks for a person. */
  private static final int PERSON_SENTENCES_BACK = 12;

  /** A person's grammatical gender where the article lets us know it. */
  enum Gender { MALE, FEMALE, UNKNOWN }

  private final SourceResolver knowledge;
  private final Document doc;
  private final ArticleSources sources;
  private final List<Integer> subjects = new ArrayList<>();
  private final boolean[] quoted;

  Pronouns(SourceResolver knowledge, Document doc, ArticleSources sources) {
    this.knowledge = knowledge;
    this.doc = doc;
    this.sources = sources;
    this.quoted = new boolean[doc.tokens().size()];
    for (Quotation q : doc.quotations()) {
      int i = doc.tokenIndexAt(q.contentBegin());
      while (i >= 0 && i < quoted.length && doc.tokens().get(i).begin() < q.contentEnd()) {
        quoted[i++] = true;
      }
    }
    for (Token t : doc.tokens()) {
      String rel = doc.relation(t.index());
      boolean plural = t.pos().equals("NNS") || t.pos().equals("NNPS");
      if (rel != null && !quoted[t.index()] && !SourceResolver.isPronoun(t.word()) && (rel.startsWith("nsubj")
          || rel.equals("appos") || plural && knowledge.roles.isTheyAntecedent(t.lemma().toLowerCase(Locale.ROOT)))) {
        subjects.add(t.index());
      }
    }
  }

  /** The source of the pronoun at {@code token}: the nearest compatible subject before it, or null. */
  Source resolve(int token) {
    Token p = doc.tokens().get(token);
    FunctionWords.Pronoun pronoun = FunctionWords.get().pronoun(p.word());
    if (pronoun == null || pronoun.person() != 3) {
      return null;
    }
    String refers = pronoun.refers();
    if (refers.equals("thing") && isExpletive(token)) {
      return null;
    }
    if (refers.equals("male") || refers.equals("female")) {
      return resolvePerson(token, refers);
    }
    int i = lastSubjectBefore(p.begin());
    for (int looked = 0; i >= 0 && looked < LOOK_BACK; i--, looked++) {
      int cand = subjects.get(i);
      if (refers.equals("male") || refers.equals("female")) {
        if (!sources.isPerson(cand)) {
          int gov = doc.head(cand);
          if ("appos".equals(doc.relation(cand)) && gov >= 0 && sources.isPerson(gov)) {
            continue; // "Sonny Leggett, a spokesman, said": the named person is a subject of its own
          }
          if (sources.descriptions().isRoleDescription(cand)) {
            // "A medical official stated ... He said": the role stands for the person
            return withMention(sources.sourceAt(cand), p);
          }
          continue;
        }
        Gender g = genderOf(cand);
        if (refers.equals("male") && g == Gender.FEMALE || refers.equals("female") && g == Gender.MALE) {
          continue;
        }
        return withMention(sources.sourceAt(cand), p);
      }
      Source s = sources.sourceAt(cand);
      if (s == null) {
        continue;
      }
      if (refers.equals("thing") && (s.kind() == SourceKind.ORGANIZATION || s.kind() == SourceKind.OUTLET
          || s.kind() == SourceKind.COUNTRY)) {
        return withMention(s, p);
      }
      String lemma = doc.tokens().get(cand).lemma().toLowerCase(Locale.ROOT);
      boolean peopleNoun = knowledge.roles.isTheyAntecedent(lemma);
      boolean document = knowledge.roles.kind(lemma) == Roles.Kind.DOCUMENT && !doc.tokens().get(cand).pos().equals("NNS");
      if (refers.equals("plural") && (s.kind() == SourceKind.GROUP && peopleNoun || coordinatedPeople(cand)
          || (s.kind() == SourceKind.ORGANIZATION && !document) || s.kind() == SourceKind.COUNTRY)) {
        return withMention(s, p); // not "the new report ... they wrote": one document is no "they"
      }
    }
    return null;
  }

  /** "Mayor Lin Ortiz and Councillor Ben Sato wrote ... they wrote": a person subject with a person joined to it. */
  private boolean coordinatedPeople(int cand) {
    if (!sources.isPerson(cand)) {
      return false;
    }
    for (int c : doc.children(cand)) {
      if ("conj".equals(doc.relation(c)) && sources.isPerson(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "He" or "she": the person of a fitting gender in the nearest sentence before the pronoun that
   * names one (its own sentence first, up to the pronoun): the first PERSON name there that is a
   * subject, else the first PERSON name ("The strain showed on the face of Ana Ruiz as she ..."),
   * else a role noun that is a subject ("A medical official stated ... He said"). Names outside
   * quotations only. Subjects of clauses reported inside that sentence come after its own subject,
   * so "X was sceptical, saying that Y and Z were ... He told" stays with X.
   */
  private Source resolvePerson(int token, String refers) {
    Token p = doc.tokens().get(token);
    for (int s = p.sentence(); s >= 0 && s > p.sentence() - PERSON_SENTENCES_BACK; s--) {
      Sentence sentence = doc.sentences().get(s);
      int end = s == p.sentence() ? token : sentence.endToken();
      int person = -1;
      int role = -1;
      for (int k = sentence.firstToken(); k < end; k++) {
        if (quoted[k] || !genderFits(k, refers)) {
          continue;
        }
        Mention m = sources.mentionAt(k, "PERSON");
        if (m != null && k == m.endToken() - 1 && FunctionWords.get().pronoun(m.text()) == null) {
          if (isSubject(m)) {
            return withMention(sources.sourceAt(k), p);
          }
          person = person < 0 ? k : person;
        } else if (m == null && role < 0 && doc.relation(k) != null && doc.relation(k).startsWith("nsubj")
            && sources.descriptions().isRoleDescription(k)) {
          role = k;
        }
      }
      if (person >= 0 || role >= 0) {
        return withMention(sources.sourceAt(person >= 0 ? person : role), p);
      }
    }
    return null;
  }

  /**
   * Whether a name is a subject: its phrase is a subject, an appositive or conjunct of one ("Ghani's
   * adviser, Omer, acknowledged"), or a verbless sentence's head.
   */
  private boolean isSubject(Mention m) {
    int head = m.endToken() - 1;
    for (int j = m.firstToken(); j < m.endToken(); j++) {
      int h = doc.head(j);
      if (h < m.firstToken() || h >= m.endToken()) {
        head = j;
        break;
      }
    }
    String rel = doc.relation(head);
    if (rel == null) {
      return false;
    }
    if (rel.startsWith("nsubj") || rel.equals("root")) {
      return true;
    }
    int gov = doc.head(head);
    String up = gov < 0 ? null : doc.relation(gov);
    return (rel.equals("appos") || rel.equals("conj")) && up != null && up.startsWith("nsubj");
  }

  private boolean genderFits(int k, String refers) {
    if (!sources.isPerson(k)) {
      return true;
    }
    Gender g = genderOf(k);
    return !(refers.equals("male") && g == Gender.FEMALE || refers.equals("female") && g == Gender.MALE);
  }

  /** "It was not possible to confirm ...", "it is clear that ...": an "it" that stands for the clause after it. */
  private boolean isExpletive(int token) {
    if ("expl".equals(doc.relation(token))) {
      return true;
    }
    int gov = doc.head(token);
    return gov >= 0 && doc.child(gov, "cop") >= 0
        && (doc.child(gov, "xcomp") > gov || doc.child(gov, "ccomp") > gov || doc.child(gov, "csubj") > gov);
  }

  /** Male, female or unknown, from an honorific before the name or the first name. */
  Gender genderOf(int token) {
    Mention m = sources.mentionAt(token, "PERSON");
    int first = m == null ? token : m.firstToken();
    if (first > 0) {
      String before = doc.tokens().get(first - 1).word().toLowerCase(Locale.ROOT);
      String g = knowledge.honorifics.get(before);
      if (g != null) {
        return g.equals("f") ? Gender.FEMALE : Gender.MALE;
      }
    }
    String name = m == null ? doc.tokens().get(token).word() : sources.names().canonical(m.text());
    String firstWord = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
    String g = knowledge.firstNames.get(firstWord);
    if (g == null) {
      return Gender.UNKNOWN;
    }
    return g.equals("f") ? Gender.FEMALE : Gender.MALE;
  }

  private static Source withMention(Source s, Token p) {
    return s == null ? null : s.withMention(p.word(), p.begin(), p.end());
  }

  private int lastSubjectBefore(int offset) {
    int lo = 0;
    int hi = subjects.size() - 1;
    int ans = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (doc.tokens().get(subjects.get(mid)).begin() < offset) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }
}
