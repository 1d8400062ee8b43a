package org.sitrep.internal.extract.source;

import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.internal.extract.FunctionWords;
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
  private final DefiniteDescriptions descriptions;
  private final Pronouns pronouns;
  private final NounPhrases phrases;

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
    this.descriptions = new DefiniteDescriptions(knowledge, doc, this);
    this.pronouns = new Pronouns(knowledge, doc, this);
    this.phrases = new NounPhrases(doc);
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
    int titled = personAfterTitle(head);
    if (titled >= 0) {
      return person(titled, null);
    }
    int gov = doc.head(head);
    if ("appos".equals(doc.relation(head)) && gov >= 0 && gov < head && isPerson(gov)) {
      // "Lindsey Graham, a prominent Trump ally, criticized": the appositive stands for the person
      Source person = person(gov, null);
      Span at = doc.span(nounPhrase(head));
      return person.withMention(doc.text(at), at.begin(), at.end());
    }
    Mention named = descriptions.personNamedBy(head);
    if (named != null) {
      // "the Afghan president": the one person the article gives that role, mentioned by the role
      Source person = person(named.endToken() - 1, null);
      Span at = doc.span(nounPhrase(head));
      return person.withMention(doc.text(at), at.begin(), at.end());
    }
    return nonPerson(head);
  }

  /**
   * "U.N. Special Envoy for Sudan Maria Lindqvist", "Britain's U.N. Ambassador Mark Lyall Grant"
   * when the parser makes the title the head and hangs the name on it: the person whose name
   * follows a capitalised title word with nothing but title words between; -1 otherwise. A
   * lower-case head is a description of someone else ("a spokesman for President X").
   */
  private int personAfterTitle(int head) {
    Token h = doc.tokens().get(head);
    if (!h.isProperNoun() || !Character.isUpperCase(h.word().charAt(0))) {
      return -1;
    }
    for (int c : doc.children(head)) {
      if (c <= head || !isPerson(c)) {
        continue;
      }
      Mention m = mentionAt(c, "PERSON");
      int first = m == null ? c : m.firstToken();
      boolean titleOnly = first > head;
      for (int k = head + 1; k < first && titleOnly; k++) {
        titleOnly = titles.isTitleWord(doc.tokens().get(k));
      }
      if (titleOnly) {
        return c;
      }
    }
    return -1;
  }

  /**
   * How the noun phrase headed by {@code head} names its source (see {@link #sourceAt}): a pronoun;
   * a name (a person, or a named body, place or outlet, itself or in apposition: "the council's
   * spokesman, Andriy Lysenko"); a role that stands for a person the article names; else a
   * description.
   */
  public Reference referenceAt(int head) {
    Token h = doc.tokens().get(head);
    if (SourceResolver.isPronoun(h.word())) {
      return Reference.PRONOUN;
    }
    if (h.pos().equals("CD") || h.word().equalsIgnoreCase("one")) {
      int of = doc.child(head, "nmod");
      if (of >= 0) {
        head = of;
        h = doc.tokens().get(head);
      }
    }
    int appos = doc.child(head, "appos");
    if (isPerson(head) || appos >= 0 && isPerson(appos) || personAfterTitle(head) >= 0) {
      return Reference.NAME;
    }
    Mention m = mentionOfToken[head];
    if (m != null && !m.type().equals("MISC") && !m.type().equals("NUMBER") || knowledge.outlets.contains(h.word().toLowerCase(Locale.ROOT))) {
      return Reference.NAME;
    }
    int gov = doc.head(head);
    if ("appos".equals(doc.relation(head)) && gov >= 0 && gov < head && isPerson(gov)) {
      return Reference.NAME;
    }
    return descriptions.personNamedBy(head) != null ? Reference.ROLE : Reference.DESCRIPTION;
  }

  /**
   * Whether the word at {@code head} can name someone who speaks: a person's name or a pronoun, an
   * organisation or place name, an outlet, a noun for a person or body ("minister", "ministry",
   * "witnesses") or a country word; not a thing or an act ("the decision", "the report's
   * findings" are no speakers; a document noun such as "statement" is).
   */
  public boolean namesSpeaker(int head) {
    Token t = doc.tokens().get(head);
    if (SourceResolver.isPronoun(t.word()) || mentionOfToken[head] != null
        && !mentionOfToken[head].type().equals("MISC") && !mentionOfToken[head].type().equals("NUMBER")) {
      return true;
    }
    String word = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return knowledge.roles.kind(lemma) != null && knowledge.roles.kind(lemma) != Roles.Kind.MODIFIER
        || knowledge.roles.kind(word) != null && knowledge.roles.kind(word) != Roles.Kind.MODIFIER
        || knowledge.outlets.contains(word) || knowledge.countries.countryOf(word) != null;
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

  /**
   * The source that the word at {@code token} stands for, whatever word it is: a pronoun resolved
   * to its antecedent, a relative pronoun ("who", "which") to the noun its clause describes, a bare
   * number to what it counts ("8,000 of those forces", "900 stationed" after "5,000 soldiers"), a
   * noun to the source its phrase names ({@link #sourceAt}). Null for "I", "we", "you" (the
   * statement's speaker, which the caller knows) and for words that name nothing.
   */
  public Source at(int token) {
    int head = referent(token);
    if (head < 0) {
      return null;
    }
    Token t = doc.tokens().get(head);
    if (SourceResolver.isPronoun(t.word())) {
      return isFirstOrSecondPerson(t) ? null : resolvePronoun(head);
    }
    return sourceAt(head);
  }

  /**
   * Like {@link #at}, but a group, a thing or a person named by a common noun is named by its whole
   * phrase, modifiers after the noun and conjuncts included ("Ukrainian troops and armored personnel
   * carriers", "residents of the city", "fighters holding the airport"), without leading
   * determiners and numbers and without the tokens of {@code leaveOut} (the place a location claim
   * names, which is no part of what it places).
   */
  public Source described(int token, TokenRange leaveOut) {
    int head = referent(token);
    Source s = at(token);
    if (head < 0 || SourceResolver.isPronoun(doc.tokens().get(head).word()) || isPerson(head)
        || s != null && (s.kind() == SourceKind.COUNTRY || s.kind() == SourceKind.OUTLET)
        || mentionOfToken[head] != null) {
      return s;
    }
    Token h = doc.tokens().get(head);
    if (s == null && !h.pos().equals("VBG")) {
      return null;
    }
    TokenRange phrase = phrases.description(head, leaveOut);
    if (phrase == null) {
      return s;
    }
    String text = doc.text(phrase);
    Span at = doc.span(phrase);
    if (s == null) {
      // "Fighting continued in Idlib": an activity named by a gerund
      return new Source(text, SourceKind.GROUP, null, countryIn(text), text, at.begin(), at.end());
    }
    String country = s.country() != null ? s.country() : countryIn(text);
    return new Source(text, s.kind(), s.title(), country, text, at.begin(), at.end());
  }

  /** The token whose phrase {@code token} stands for: itself, a relative pronoun's noun, a number's counted noun. */
  private int referent(int token) {
    if (token < 0) {
      return -1;
    }
    Token t = doc.tokens().get(token);
    int gov = doc.head(token);
    if (isRelativePronoun(t)) {
      if (gov >= 0 && "acl:relcl".equals(doc.relation(gov))) {
        return doc.head(gov);
      }
      // "the insurgents, who have seized ...", however the parser hung the clause: the noun before it
      int k = token - 1;
      while (k >= 0 && k >= token - 2 && Titles.isPunct(doc.tokens().get(k))) {
        k--;
      }
      return k >= 0 && doc.tokens().get(k).isNoun() && doc.tokens().get(k).sentence() == t.sentence() ? k : -1;
    }
    if (t.isNumber()) {
      int counted = countedNoun(token);
      if (counted >= 0) {
        return counted;
      }
    }
    return token;
  }

  /**
   * "8,000 of those North Korean forces" is the forces; a bare "8,000" after "10,000 North Korean
   * soldiers" counts the soldiers named before it in the sentence. -1 when neither.
   */
  private int countedNoun(int number) {
    for (int c : doc.children(number)) {
      String rel = doc.relation(c);
      if (rel != null && rel.startsWith("nmod") && doc.tokens().get(c).isNoun() && hasCase(c, "of")) {
        return c;
      }
    }
    int first = doc.sentences().get(doc.tokens().get(number).sentence()).firstToken();
    for (int k = number - 1; k >= first; k--) {
      Token t = doc.tokens().get(k);
      if (t.isNoun() && !t.isProperNoun() && doc.child(k, "nummod") >= 0) {
        return k;
      }
    }
    return -1;
  }

  private boolean hasCase(int token, String word) {
    for (int c : doc.children(token)) {
      if ("case".equals(doc.relation(c)) && doc.tokens().get(c).word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRelativePronoun(Token t) {
    return t.pos().equals("WDT") || t.pos().equals("WP") || (t.pos().equals("IN") && t.word().equalsIgnoreCase("that"));
  }

  private static boolean isFirstOrSecondPerson(Token t) {
    FunctionWords.Pronoun p = FunctionWords.get().pronoun(t.word());
    return p != null && p.person() < 3;
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

  /** The person named at {@code token} (a PERSON token), with the fullest name and a title the article gives. */
  Source personAt(int token) {
    return person(token, null);
  }

  DefiniteDescriptions descriptions() {
    return descriptions;
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
    Mention named = mentionAt(head, "ORGANIZATION");
    if (named != null && named.firstToken() >= np.first()) {
      // "Friends of Relief", "the Ministry of Defence": the name the tagger found, "of" phrase and all
      np = np.union(new TokenRange(named.firstToken(), named.endToken()));
    }
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
    } else if (org != null || knowledge.roles.isOrganization(headWord)
        || knowledge.roles.isOrganization(h.lemma().toLowerCase(Locale.ROOT))) {
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
      String c = countries.countryOf(w);
      if (c == null) {
        c = countries.countryOf(w.replaceAll("^[-(]+|(?<![-,.)])[-,.)]+$", ""));
      }
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
