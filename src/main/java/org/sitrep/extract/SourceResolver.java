package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;

/**
 * Turns the words that name a speaker, actor or holder into a {@link Source}: the canonical name
 * (the fullest form the article uses for a person: "Volodymyr Zelenskyy" for "Zelenskyy"), the
 * kind (person, organization, outlet, country, group), the title as the article states it (from
 * pre-modifiers, "US Secretary of State Antony Blinken", or an appositive, "Mark Rutte, NATO's
 * secretary-general") and the country that a nationality word or a country name in it gives.
 * Pronouns (he, she, it, they) resolve to the nearest compatible named subject before them.
 *
 * <p>Build one resolver (it loads its lexicons once) and share it: it is immutable and
 * thread-safe. Per-article work goes through {@link #forDocument(Document)}, whose result lives
 * on the caller's stack.
 */
public final class SourceResolver {

  private static final String DIR = "/org/sitrep/extract/speaker/";
  private static final Set<String> NP_RELATIONS =
      Set.of("compound", "flat", "amod", "det", "nmod:poss", "nummod", "compound:prt", "flat:name");
  private static final Set<String> LEADING_DROPS =
      Set.of("the", "a", "an", "one", "another", "some", "this", "that", "these", "those");
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "it", "they", "i", "we", "him", "her", "them", "you");

  private final Set<String> titles;
  private final Set<String> organizations;
  private final Set<String> outlets;
  private final Set<String> people;
  private final Map<String, String> firstNames;
  private final Map<String, String> honorifics;
  private final CountryLexicon countries;

  private SourceResolver(CountryLexicon countries) {
    this.titles = Set.copyOf(Table.read(DIR + "titles.tsv").lowerSet("word"));
    this.organizations = Set.copyOf(Table.read(DIR + "organizations.tsv").lowerSet("noun"));
    this.outlets = Set.copyOf(Table.read(DIR + "outlets.tsv").lowerSet("name"));
    this.people = Set.copyOf(Table.read(DIR + "people.tsv").lowerSet("lemma"));
    this.firstNames = Map.copyOf(Table.read(DIR + "first-names.tsv").lowerMap("name", "gender"));
    this.honorifics = Map.copyOf(Table.read(DIR + "honorifics.tsv").lowerMap("word", "gender"));
    this.countries = countries;
  }

  /** A resolver with its lexicons loaded and the given country lookup. */
  public static SourceResolver load(CountryLexicon countries) {
    return new SourceResolver(countries);
  }

  public static SourceResolver load() {
    return load(CountryLexicon.load());
  }

  /** The resolver's view of one article. */
  public Article forDocument(Document doc) {
    return new Article(doc);
  }

  /** True for he, she, it, they and the like (the word, any case). */
  public static boolean isPronoun(String word) {
    return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A person's grammatical gender where the article lets us know it. */
  public enum Gender { MALE, FEMALE, UNKNOWN }

  /**
   * Source resolution inside one article: canonical names are the fullest person mentions of this
   * article; pronouns resolve against its subjects. Not shared between threads.
   */
  public final class Article {

    private final Document doc;
    private final Map<String, String> fullestByLastWord = new HashMap<>();
    private final Map<String, Mention> fullestMention = new HashMap<>();
    private final List<Integer> subjects = new ArrayList<>();
    private final Mention[] mentionOfToken;

    private Article(Document doc) {
      this.doc = doc;
      this.mentionOfToken = new Mention[doc.tokens().size()];
      for (Mention m : doc.mentions()) {
        for (int i = m.firstToken(); i < m.endToken() && i < mentionOfToken.length; i++) {
          mentionOfToken[i] = m;
        }
      }
      for (Mention m : doc.mentions()) {
        if (m.type().equals("PERSON")) {
          String name = stripHonorific(m.text());
          String last = lastWord(name);
          String known = fullestByLastWord.get(last);
          if (known == null || name.length() > known.length()) {
            fullestByLastWord.put(last, name);
            fullestMention.put(last, m);
          }
        }
      }
      boolean[] quoted = new boolean[doc.tokens().size()];
      for (org.sitrep.nlp.Quotation q : doc.quotations()) {
        int i = doc.tokenIndexAt(q.contentBegin());
        while (i >= 0 && i < quoted.length && doc.tokens().get(i).begin() < q.contentEnd()) {
          quoted[i++] = true;
        }
      }
      for (Token t : doc.tokens()) {
        String rel = doc.relation(t.index());
        boolean plural = t.pos().equals("NNS") || t.pos().equals("NNPS");
        if (rel != null && !quoted[t.index()] && !isPronoun(t.word()) && (rel.startsWith("nsubj")
            || rel.equals("appos") || plural && people.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
          subjects.add(t.index());
        }
      }
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
      if (isPronoun(h.word()) || !(h.isNoun() || h.pos().equals("CD") || h.pos().startsWith("JJ"))) {
        return null;
      }
      // "one of the witnesses": the group is the source
      if (h.pos().equals("CD") || h.word().equalsIgnoreCase("one")) {
        int of = doc.child(head, "nmod");
        if (of >= 0) {
          head = of;
          h = doc.tokens().get(head);
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

    /** The source of the pronoun at {@code token}: the nearest compatible subject before it, or null. */
    public Source resolvePronoun(int token) {
      Token p = doc.tokens().get(token);
      String w = p.word().toLowerCase(Locale.ROOT);
      int i = lastSubjectBefore(p.begin());
      int looked = 0;
      for (; i >= 0 && looked < 80; i--, looked++) {
        int cand = subjects.get(i);
        if (w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her")) {
          if (!isPerson(cand)) {
            continue;
          }
          Gender g = genderOf(cand);
          if ((w.startsWith("h") && !w.equals("her") && g == Gender.FEMALE)
              || ((w.equals("she") || w.equals("her")) && g == Gender.MALE)) {
            continue;
          }
          return withMention(sourceAt(cand), p);
        }
        Source s = sourceAt(cand);
        if (s == null) {
          continue;
        }
        if (w.equals("it") && (s.kind() == SourceKind.ORGANIZATION || s.kind() == SourceKind.OUTLET
            || s.kind() == SourceKind.COUNTRY)) {
          return withMention(s, p);
        }
        boolean peopleNoun = people.contains(doc.tokens().get(cand).lemma().toLowerCase(Locale.ROOT));
        if ((w.equals("they") || w.equals("them")) && (s.kind() == SourceKind.GROUP && peopleNoun
            || s.kind() == SourceKind.ORGANIZATION || s.kind() == SourceKind.COUNTRY)) {
          return withMention(s, p);
        }
      }
      return null;
    }

    /** Male, female or unknown, from an honorific before the name or the first name. */
    public Gender genderOf(int token) {
      Mention m = mentionAt(token, "PERSON");
      int first = m == null ? token : m.firstToken();
      if (first > 0) {
        String before = doc.tokens().get(first - 1).word().toLowerCase(Locale.ROOT);
        String g = honorifics.get(before);
        if (g != null) {
          return g.equals("f") ? Gender.FEMALE : Gender.MALE;
        }
      }
      String name = m == null ? doc.tokens().get(token).word() : canonicalPerson(m.text());
      String firstWord = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
      String g = firstNames.get(firstWord);
      if (g == null) {
        return Gender.UNKNOWN;
      }
      return g.equals("f") ? Gender.FEMALE : Gender.MALE;
    }

    private Source withMention(Source s, Token p) {
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

    private boolean isPerson(int token) {
      return doc.tokens().get(token).ner().equals("PERSON");
    }

    private Mention mentionAt(int token, String type) {
      Mention m = mentionOfToken[token];
      return m != null && m.type().equals(type) ? m : null;
    }

    private Source person(int head, String statedTitle) {
      Mention m = mentionAt(head, "PERSON");
      int first = m == null ? head : m.firstToken();
      int end = m == null ? head + 1 : m.endToken();
      String surface = textOf(first, end - 1);
      String name = canonicalPerson(surface);
      String title = statedTitle != null ? statedTitle : preModifierTitle(first);
      if (title == null) {
        title = appositiveTitle(head);
      }
      Mention fullest = fullestMention.get(lastWord(name));
      if (title == null && fullest != null && (m == null || fullest.firstToken() != m.firstToken())) {
        title = preModifierTitle(fullest.firstToken());
        if (title == null) {
          title = appositiveTitle(fullest.endToken() - 1);
        }
      }
      String country = title == null ? null : countryIn(title);
      return new Source(name, SourceKind.PERSON, title, country, surface,
          doc.tokens().get(first).begin(), doc.tokens().get(end - 1).end());
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
      while (first < head && LEADING_DROPS.contains(doc.tokens().get(first).word().toLowerCase(Locale.ROOT))) {
        first++;
      }
      String surface = doc.text(np);
      String name = textOf(first, np.last());
      Mention org = mentionAt(head, "ORGANIZATION");
      Mention loc = mentionAt(head, "LOCATION");
      String lowerName = name.toLowerCase(Locale.ROOT);
      Token h = doc.tokens().get(head);
      String headWord = h.word().toLowerCase(Locale.ROOT);
      SourceKind kind;
      String country;
      if (outlets.contains(lowerName) || outlets.contains(headWord) || outlets.contains(lastTwo(lowerName))) {
        kind = SourceKind.OUTLET;
        country = countryIn(name);
      } else if (loc != null && countries.countryOf(name) != null) {
        kind = SourceKind.COUNTRY;
        country = countries.countryOf(name);
      } else if (org != null || organizations.contains(headWord) || organizations.contains(h.lemma().toLowerCase(Locale.ROOT))) {
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

    /** The tokens of the noun phrase headed by {@code head}, without clauses. */
    TokenRange nounPhrase(int head) {
      TokenRange np = TokenRange.of(head);
      for (int c : doc.children(head)) {
        String rel = doc.relation(c);
        if (rel != null && NP_RELATIONS.contains(rel)) {
          np = np.union(doc.subtree(c));
        }
      }
      return np;
    }

    private String canonicalPerson(String surface) {
      String name = stripHonorific(surface);
      String full = fullestByLastWord.get(lastWord(name));
      return full != null && full.length() > name.length() ? full : name;
    }

    /** "US Secretary of State" in "US Secretary of State Antony Blinken", or null. */
    private String preModifierTitle(int nameFirst) {
      Sentence s = doc.sentences().get(doc.tokens().get(nameFirst).sentence());
      int i = nameFirst - 1;
      while (i >= s.firstToken() && titleWord(doc.tokens().get(i))) {
        i--;
      }
      int first = i + 1;
      while (first < nameFirst && droppable(doc.tokens().get(first))) {
        first++;
      }
      int last = nameFirst - 1;
      while (last >= first && honorifics.containsKey(doc.tokens().get(last).word().toLowerCase(Locale.ROOT))) {
        last--;
      }
      if (last < first) {
        return null;
      }
      return textOf(first, last);
    }

    private boolean titleWord(Token t) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.ner().equals("PERSON")) {
        return false;
      }
      if (titles.contains(w) || w.equals("of") || w.equals("for") || w.equals("'s") || w.equals("\u2019s")
          || countries.countryOf(w) != null) {
        return true;
      }
      return Character.isUpperCase(t.word().charAt(0)) && (t.isNoun() || t.pos().startsWith("JJ"));
    }

    private boolean droppable(Token t) {
      String w = t.word().toLowerCase(Locale.ROOT);
      return w.equals("of") || w.equals("for") || w.equals("'s") || w.equals("\u2019s")
          || t.pos().equals("DT") || t.pos().equals("IN") || t.pos().startsWith("RB") || t.pos().equals("CC");
    }

    private String appositiveTitle(int head) {
      int appos = doc.child(head, "appos");
      if (appos < 0 || appos < head) {
        return null;
      }
      TokenRange sub = doc.subtree(appos);
      int first = sub.first();
      int last = sub.last();
      while (first <= last && (LEADING_DROPS.contains(doc.tokens().get(first).word().toLowerCase(Locale.ROOT))
          || isPunct(doc.tokens().get(first)))) {
        first++;
      }
      while (last >= first && isPunct(doc.tokens().get(last))) {
        last--;
      }
      if (last < first || last - first > 12) {
        return null;
      }
      return textOf(first, last);
    }

    /** The country that a word or two-word phrase of {@code text} names, or null. */
    private String countryIn(String text) {
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

    private String textOf(int firstToken, int lastToken) {
      return doc.text(doc.tokens().get(firstToken).begin(), doc.tokens().get(lastToken).end());
    }
  }

  private static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }

  private String stripHonorific(String name) {
    String[] parts = name.split("\\s+", 2);
    if (parts.length == 2 && honorifics.containsKey(parts[0].toLowerCase(Locale.ROOT))) {
      return parts[1];
    }
    return name;
  }

  private static String lastWord(String name) {
    String[] parts = name.split("\\s+");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT);
  }

  private static String lastTwo(String name) {
    String[] parts = name.split("\\s+");
    return parts.length < 2 ? name : parts[parts.length - 2] + " " + parts[parts.length - 1];
  }
}
