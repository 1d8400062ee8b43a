package org.sitrep.extract.source;

import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;

/**
 * The one way an extractor turns the words of one article that name a speaker, actor, holder or
 * subject into a {@link Source}: the canonical name (the fullest form the article uses for a
 * person), the kind (person, organization, outlet, country, group), the title as the article
 * states it and the country that a nationality word or a country name in it gives. Pronouns
 * resolve to the nearest compatible subject before them ({@link Pronouns}).
 *
 * <p>Built once per article (by {@link SourceResolver#forDocument}); lives on the stack of that
 * article's extraction and is not shared between threads.
 */
public final class ArticleSources {

  private static final Set<String> NP_RELATIONS =
      Set.of("compound", "flat", "amod", "det", "nmod:poss", "nummod", "compound:prt", "flat:name");

  private final SourceResolver knowledge;
  private final Document doc;
  private final Mention[] mentionOfToken;
  private final PersonNames names;
  private final Titles titles;
  private final Pronouns pronouns;

  ArticleSources(SourceResolver knowledge, Document doc) {
    this.knowledge = knowledge;
    this.doc = doc;
    this.mentionOfToken = new Mention[doc.tokens().size()];
    for (Mention m : doc.mentions()) {
      for (int i = m.firstToken(); i < m.endToken() && i < mentionOfToken.length; i++) {
        mentionOfToken[i] = m;
      }
    }
    this.names = new PersonNames(knowledge, doc);
    this.titles = new Titles(knowledge, doc);
    this.pronouns = new Pronouns(knowledge, doc, this);
  }

  public Document document() {
    return doc;
  }

  /**
   * The source named by the noun phrase whose head is {@code head}, with that phrase as its
   * mention; null when the token names nothing (punctuation, a bare pronoun: use
   * {@link #resolvePronoun}).
   */
  public Source sourceAt(int head) {
    Token h = doc.tokens().get(head);
    if (SourceResolver.isPronoun(h.word()) || !(h.isNoun() || h.pos().equals("CD") || h.pos().startsWith("JJ"))) {
      return null;
    }
    // "one of the witnesses": the group is the source
    if (h.pos().equals("CD") || h.word().equalsIgnoreCase("one")) {
      int of = doc.child(head, "nmod");
      if (of >= 0) {
        head = of;
      }
    }
    // "the UK's ambassador, Karen Pierce": the appositive person is the speaker, the rest the title
    if (!isPerson(head)) {
      int appos = doc.child(head, "appos");
      if (appos >= 0 && isPerson(appos)) {
        return person(appos, doc.text(nounPhrase(head)));
      }
    }
    if (isPerson(head)) {
      return person(head, null);
    }
    return nonPerson(head);
  }

  /**
   * The country whose people or things the tokens of {@code range} name: the first capitalised
   * nationality word or country name in it, one or two words ("North Korean troops", "Ukraine's
   * forces"), as a COUNTRY source whose mention is those words; null when none.
   */
  public Source countryNamedIn(TokenRange range) {
    CountryLexicon countries = knowledge.countries;
    for (int k = range.first(); k < range.end(); k++) {
      Token t = doc.tokens().get(k);
      if (!Character.isUpperCase(t.word().charAt(0))) {
        continue;
      }
      int end = k + 2 <= range.end() && countries.countryOf(doc.text(new TokenRange(k, k + 2))) != null ? k + 2
          : countries.countryOf(t.word()) != null ? k + 1 : -1;
      if (end > 0) {
        TokenRange words = new TokenRange(k, end);
        String code = countries.countryOf(doc.text(words));
        Span at = doc.span(words);
        return new Source(countries.countryName(code), SourceKind.COUNTRY, null, code, doc.text(words), at.begin(),
            at.end());
      }
    }
    return null;
  }

  /** The source of the pronoun at {@code token}: the nearest compatible subject before it, or null. */
  public Source resolvePronoun(int token) {
    return pronouns.resolve(token);
  }

  /** The tokens of the noun phrase headed by {@code head}, without clauses. */
  public TokenRange nounPhrase(int head) {
    TokenRange np = TokenRange.of(head);
    for (int c : doc.children(head)) {
      String rel = doc.relation(c);
      if (rel != null && NP_RELATIONS.contains(rel)) {
        np = np.union(doc.subtree(c));
      }
    }
    return np;
  }

  PersonNames names() {
    return names;
  }

  boolean isPerson(int token) {
    return doc.tokens().get(token).ner().equals("PERSON");
  }

  Mention mentionAt(int token, String type) {
    Mention m = mentionOfToken[token];
    return m != null && m.type().equals(type) ? m : null;
  }

  private Source person(int head, String statedTitle) {
    Mention m = mentionAt(head, "PERSON");
    int first = m == null ? head : m.firstToken();
    int end = m == null ? head + 1 : m.endToken();
    String surface = doc.text(new TokenRange(first, end));
    String name = names.canonical(surface);
    String title = statedTitle != null ? statedTitle : titles.beforeName(first);
    if (title == null) {
      title = titles.appositive(head);
    }
    Mention fullest = names.fullestMention(name);
    if (title == null && fullest != null && (m == null || fullest.firstToken() != m.firstToken())) {
      title = titles.beforeName(fullest.firstToken());
      if (title == null) {
        title = titles.appositive(fullest.endToken() - 1);
      }
    }
    String country = title == null ? null : countryIn(title);
    Span at = doc.span(new TokenRange(first, end));
    return new Source(name, SourceKind.PERSON, title, country, surface, at.begin(), at.end());
  }

  private Source nonPerson(int head) {
    TokenRange np = nounPhrase(head);
    boolean coordinated = false;
    for (int c : doc.children(head)) {
      // "security and aviation officials", "Syria and Russia": one source of two parts
      if (c > head && "conj".equals(doc.relation(c)) && c - np.last() <= 3) {
        np = new TokenRange(np.first(), Math.max(np.end(), nounPhrase(c).end()));
        coordinated = true;
      }
    }
    int first = np.first();
    while (first < head && Titles.isLeadingDrop(doc.tokens().get(first))) {
      first++;
    }
    String surface = doc.text(np);
    String name = doc.text(new TokenRange(first, np.end()));
    Mention org = mentionAt(head, "ORGANIZATION");
    Mention loc = mentionAt(head, "LOCATION");
    String lowerName = name.toLowerCase(Locale.ROOT);
    Token h = doc.tokens().get(head);
    String headWord = h.word().toLowerCase(Locale.ROOT);
    CountryLexicon countries = knowledge.countries;
    SourceKind kind;
    String country;
    if (knowledge.outlets.contains(lowerName) || knowledge.outlets.contains(headWord)
        || knowledge.outlets.contains(SourceResolver.lastTwo(lowerName))) {
      kind = SourceKind.OUTLET;
      country = countryIn(name);
    } else if (loc != null && countries.countryOf(name) != null) {
      kind = SourceKind.COUNTRY;
      country = countries.countryOf(name);
    } else if (org != null || knowledge.organizations.contains(headWord)
        || knowledge.organizations.contains(h.lemma().toLowerCase(Locale.ROOT))) {
      kind = SourceKind.ORGANIZATION;
      country = countryIn(name);
    } else if (coordinated || h.pos().equals("NNS") || h.pos().equals("NNPS")) {
      kind = SourceKind.GROUP;
      country = countryIn(name);
    } else {
      kind = SourceKind.PERSON;
      country = countryIn(name);
    }
    Span at = doc.span(np);
    return new Source(name, kind, null, country, surface, at.begin(), at.end());
  }

  /** The country that a word or two-word phrase of {@code text} names, or null. */
  String countryIn(String text) {
    CountryLexicon countries = knowledge.countries;
    String[] words = text.replace('\u2019', '\'').replace("'s", "").split("[\\s]+");
    for (int i = 0; i + 1 < words.length; i++) {
      String c = countries.countryOf(words[i] + " " + words[i + 1]);
      if (c != null) {
        return c;
      }
    }
    for (String w : words) {
      String c = countries.countryOf(w.replaceAll("^[-(]+|(?<![-,.)])[-,.)]+$", ""));
      if (c == null && w.contains("-")) {
        c = countries.countryOf(w.substring(0, w.indexOf('-')));
      }
      if (c != null) {
        return c;
      }
    }
    return null;
  }
}
