package org.sitrep.internal.extract.source;

import java.util.Locale;
import java.util.Set;
import org.sitrep.internal.extract.FunctionWords;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Token;

/**
 * "The Afghan president", "the minister": a definite role noun that stands for the one person the
 * article names with that role ("President Ashraf Ghani", "Ashraf Ghani, the Afghan president").
 */
final class DefiniteDescriptions {

  private final SourceResolver knowledge;
  private final Document doc;
  private final ArticleSources sources;

  DefiniteDescriptions(SourceResolver knowledge, Document doc, ArticleSources sources) {
    this.knowledge = knowledge;
    this.doc = doc;
    this.sources = sources;
  }

  /** Whether {@code head} is a singular role noun with a determiner: "the president", "a medical official". */
  boolean isRoleDescription(int head) {
    Token t = doc.tokens().get(head);
    return (t.pos().equals("NN") || t.pos().equals("NNP")) && knowledge.isPersonNoun(lemma(t)) && doc.child(head, "det") >= 0;
  }

  /**
   * The PERSON mention of the one person the article gives the role of {@code head}: written right
   * after the role word ("President Ghani") or in apposition with it; null when none, when several
   * people hold it, or when {@code head} is no definite role description.
   */
  Mention personNamedBy(int head) {
    if (!isRoleDescription(head) || !isDefinite(head)) {
      return null;
    }
    String title = lemma(doc.tokens().get(head));
    String country = sources.countryIn(doc.text(sources.nounPhrase(head)));
    Mention best = null;
    for (Mention m : doc.mentions()) {
      if (!m.type().equals("PERSON") || FunctionWords.get().pronoun(m.text()) != null
          || !sameCountry(country, m)) {
        continue;
      }
      int before = m.firstToken() - 1;
      int last = m.endToken() - 1;
      boolean titled = before >= 0 && (lemma(doc.tokens().get(before)).equals(title) || abbreviates(before, title))
          || doc.head(last) >= 0 && "appos".equals(doc.relation(last)) && lemma(doc.tokens().get(doc.head(last))).equals(title)
          || apposedTitle(last, title);
      if (titled && best != null && !SourceResolver.lastWord(best.text()).equals(SourceResolver.lastWord(m.text()))) {
        return null; // two people hold the role: the role alone does not say which
      }
      if (titled) {
        best = m;
      }
    }
    return best;
  }

  /**
   * "the US president" names a person whose titles in the article name the US: not "President
   * Vladimir Putin", and not a president whose country the article does not state.
   */
  private boolean sameCountry(String country, Mention person) {
    return country == null || country.equals(sources.personAt(person.endToken() - 1).country());
  }

  private boolean isDefinite(int head) {
    int det = doc.child(head, "det");
    String w = doc.tokens().get(det).word().toLowerCase(Locale.ROOT);
    return w.equals("the") || w.equals("this") || w.equals("that");
  }

  /** "Sen." in "Sen. Mark Ruiz" for "the senator" ({@code title-abbreviations.tsv}). */
  private boolean abbreviates(int token, String title) {
    Set<String> roles = knowledge.abbreviatedTitles.get(doc.tokens().get(token).word().toLowerCase(Locale.ROOT));
    return roles != null && roles.contains(title);
  }

  private boolean apposedTitle(int personToken, String title) {
    for (int c : doc.children(personToken)) {
      if ("appos".equals(doc.relation(c)) && lemma(doc.tokens().get(c)).equals(title)) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
