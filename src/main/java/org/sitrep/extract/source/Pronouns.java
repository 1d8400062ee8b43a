package org.sitrep.extract.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.extract.FunctionWords;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Quotation;
import org.sitrep.nlp.Token;

/**
 * Third-person pronouns of one article, resolved to the nearest compatible subject before them:
 * he and she to a person of that gender (or of unknown gender), it to an organisation, outlet or
 * country, they to a group of people, an organisation or a country.
 */
final class Pronouns {

  /** How many candidate subjects back a pronoun looks. */
  private static final int LOOK_BACK = 80;

  /** A person's grammatical gender where the article lets us know it. */
  enum Gender { MALE, FEMALE, UNKNOWN }

  private final SourceResolver knowledge;
  private final Document doc;
  private final ArticleSources sources;
  private final List<Integer> subjects = new ArrayList<>();

  Pronouns(SourceResolver knowledge, Document doc, ArticleSources sources) {
    this.knowledge = knowledge;
    this.doc = doc;
    this.sources = sources;
    boolean[] quoted = new boolean[doc.tokens().size()];
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
      boolean peopleNoun = knowledge.roles.isTheyAntecedent(doc.tokens().get(cand).lemma().toLowerCase(Locale.ROOT));
      if (refers.equals("plural") && (s.kind() == SourceKind.GROUP && peopleNoun
          || s.kind() == SourceKind.ORGANIZATION || s.kind() == SourceKind.COUNTRY)) {
        return withMention(s, p);
      }
    }
    return null;
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
