package org.sitrep.internal.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * sitrep's own date and time recogniser. CoreNLP's NER runs the 3-class model (PERSON,
 * ORGANIZATION, LOCATION) and the numeric classifiers, which leave weekdays, month names alone,
 * "last week", years after a preposition and "1 a.m." untagged or a NUMBER; the extractors stop
 * phrases and reject figures at DATE and TIME tokens. This tagger gives those tokens DATE or TIME
 * (as CoreNLP's MUC 7-class model did, at a fraction of its cost) and a mention for each run.
 *
 * <p>It only adds: a token keeps a name tag, and a NUMBER becomes a DATE only as a year in a date
 * context, or a TIME only as the hour of "1 a.m.". Words that are not always dates are guarded:
 * "May" and "March" only when capitalised next to a day number or a year or after a date
 * preposition ("in May", "3 March 2024"), a season only after a modifier or a date preposition and
 * never before "of" ("the fall of the city"); a word in capitals never ("USA TODAY"). Its words are data: {@code temporal-words.tsv}.
 */
public final class TemporalTagger {

  enum Kind {
    WEEKDAY, MONTH, MONTH_GUARDED, DAY, NIGHT, DAY_PART, CLOCK_WORD, MERIDIEM, PERIOD, SEASON,
    MODIFIER, LEAD, EDGE, BEFORE_DATE
  }

  private static final String DATE = "DATE";
  private static final String TIME = "TIME";
  private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
  private static final Pattern DECADE = Pattern.compile("(1[89]\\d0|20\\d0)s|'\\d0s");
  private static final Pattern HOUR = Pattern.compile("(0?[1-9]|1[0-2])([:.][0-5]\\d)?");
  private static final Pattern DAY_NUMBER = Pattern.compile("(0?[1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
  private static final Pattern CENTURY_ORDINAL = Pattern.compile("\\d{1,2}(st|nd|rd|th)");
  private static final Pattern HYPHENED_EDGE = Pattern.compile("(early|mid|late)-(.+)", Pattern.CASE_INSENSITIVE);
  /** Words before a year-like number that make it a year when a noun follows: "the 2014 war". */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "'s",
      "’s", "this", "that");
  /** Words joining two years: "2014 and 2015", "from 2004 to 2007". */
  private static final Set<String> YEAR_JOINS = Set.of("and", "or", "to", "-", "–", "through");
  private static final Set<String> NUMERIC_OK = Set.of("O", "NUMBER", "DATE");

  private static final TemporalTagger SHARED = new TemporalTagger(Table.read(TemporalTagger.class, "temporal-words.tsv"));

  private final Map<String, Kind> words;

  TemporalTagger(Table table) {
    Map<String, Kind> map = new HashMap<>();
    for (Row row : table.require("word", "kind").rows()) {
      map.put(row.lower("word"), Kind.valueOf(row.required("kind").toUpperCase(Locale.ROOT).replace('-', '_')));
    }
    this.words = Map.copyOf(map);
  }

  /** The tagger over sitrep's word list. */
  public static TemporalTagger shared() {
    return SHARED;
  }

  /** {@code doc} with DATE and TIME given to the tokens this tagger recognises, and a mention per run of them. */
  public Document tag(Document doc) {
    List<Token> tokens = new ArrayList<>(doc.tokens());
    boolean[] changed = new boolean[tokens.size()];
    boolean any = false;
    for (Sentence s : doc.sentences()) {
      List<Token> sentence = tokens.subList(s.firstToken(), s.endToken());
      String[] tags = tags(sentence);
      for (int i = 0; i < tags.length; i++) {
        Token t = sentence.get(i);
        if (!tags[i].equals(t.ner())) {
          sentence.set(i, new Token(t.index(), t.sentence(), t.word(), t.lemma(), t.pos(), tags[i], null, t.begin(), t.end()));
          changed[s.firstToken() + i] = true;
          any = true;
        }
      }
    }
    if (!any) {
      return doc;
    }
    return new Document(doc.text(), doc.sentences(), tokens, mentions(doc, tokens, changed), doc.quotations());
  }

  /** The mentions of {@code doc}, those overlapping a changed run replaced by one mention per run. */
  private static List<Mention> mentions(Document doc, List<Token> tokens, boolean[] changed) {
    List<Mention> out = new ArrayList<>(doc.mentions());
    for (int i = 0; i < tokens.size(); i++) {
      if (!changed[i]) {
        continue;
      }
      String tag = tokens.get(i).ner();
      int sentence = tokens.get(i).sentence();
      int lo = i;
      while (lo > 0 && sameRun(tokens.get(lo - 1), tag, sentence)) {
        lo--;
      }
      int hi = i + 1;
      while (hi < tokens.size() && sameRun(tokens.get(hi), tag, sentence)) {
        hi++;
      }
      int first = lo;
      int end = hi;
      out.removeIf(m -> m.firstToken() < end && m.endToken() > first);
      int b = tokens.get(lo).begin();
      int e = tokens.get(hi - 1).end();
      out.add(new Mention(tag, b, e, lo, hi, doc.text().substring(b, e), null));
      i = hi - 1;
    }
    out.sort(Comparator.comparingInt(Mention::begin));
    return out;
  }

  private static boolean sameRun(Token t, String tag, int sentence) {
    return t.sentence() == sentence && t.ner().equals(tag);
  }

  /** The NER tags of one sentence's tokens after tagging: {@code tokens}' own where nothing is recognised. */
  String[] tags(List<Token> tokens) {
    int n = tokens.size();
    String[] out = new String[n];
    Kind[] kinds = new Kind[n];
    for (int i = 0; i < n; i++) {
      out[i] = tokens.get(i).ner();
      String word = tokens.get(i).word();
      // a word in capitals is a name or a headline's ("USA TODAY"), not a date
      kinds[i] = allCapitals(word) ? null : words.get(word.toLowerCase(Locale.ROOT));
    }
    SentenceTags sentence = new SentenceTags(tokens, out, kinds);
    sentence.namesAndWords();
    sentence.guardedMonths();
    sentence.centuries();
    sentence.clockTimes();
    sentence.seasons();
    sentence.years();
    sentence.edges();
    sentence.modifiedDates();
    sentence.joinedDates();
    return out;
  }

  private static boolean allCapitals(String word) {
    return word.length() > 1 && word.chars().anyMatch(Character::isLetter)
        && word.chars().noneMatch(Character::isLowerCase);
  }

  /** One sentence being tagged: its tokens, the tags so far and each word's kind. */
  private final class SentenceTags {
    final List<Token> tokens;
    final String[] out;
    final Kind[] kinds;
    final int n;

    SentenceTags(List<Token> tokens, String[] out, Kind[] kinds) {
      this.tokens = tokens;
      this.out = out;
      this.kinds = kinds;
      this.n = tokens.size();
    }

    /** Weekdays and months capitalised, relative days, clock words, "mid-March", "1990s". */
    void namesAndWords() {
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        if (DECADE.matcher(t.word()).matches() && NUMERIC_OK.contains(t.ner())) {
          out[i] = DATE;
        }
        if (!isO(i)) {
          continue;
        }
        Kind k = kinds[i];
        if ((k == Kind.WEEKDAY || k == Kind.MONTH) && capitalised(i) || k == Kind.DAY) {
          out[i] = DATE;
        } else if (k == Kind.NIGHT || k == Kind.CLOCK_WORD) {
          out[i] = TIME;
        } else if (k == null && hyphenedEdge(t.word())) {
          out[i] = DATE;
        }
      }
    }

    private boolean hyphenedEdge(String word) {
      Matcher m = HYPHENED_EDGE.matcher(word);
      if (!m.matches()) {
        return false;
      }
      String rest = m.group(2);
      Kind k = words.get(rest.toLowerCase(Locale.ROOT));
      return k == Kind.MONTH || k == Kind.MONTH_GUARDED || k == Kind.SEASON
          || YEAR.matcher(rest).matches() || DECADE.matcher(rest).matches();
    }

    /** "May", "March", "Sept.": a date only beside a day number or a year, or after a date word. */
    void guardedMonths() {
      for (int i = 0; i < n; i++) {
        if (kinds[i] != Kind.MONTH_GUARDED || !isO(i) || !capitalised(i) || tokens.get(i).pos().equals("MD")) {
          continue;
        }
        boolean numberAfter = i + 1 < n && (dayNumber(i + 1) || year(i + 1));
        boolean numberBefore = i > 0 && dayNumber(i - 1);
        Kind before = i > 0 ? kinds[i - 1] : null;
        boolean dateWordBefore = before == Kind.BEFORE_DATE || before == Kind.MODIFIER || before == Kind.EDGE;
        if (numberAfter || numberBefore || dateWordBefore) {
          out[i] = DATE;
        }
      }
    }

    /** "the 21st century". */
    void centuries() {
      for (int i = 0; i + 1 < n; i++) {
        String next = lower(i + 1);
        if (CENTURY_ORDINAL.matcher(tokens.get(i).word()).matches() && (next.equals("century") || next.equals("centuries"))
            && isO(i + 1)) {
          out[i] = DATE;
          out[i + 1] = DATE;
        }
      }
    }

    /** "1 a.m.", "10:30 p.m.": the hour and the mark. */
    void clockTimes() {
      for (int i = 1; i < n; i++) {
        if (kinds[i] == Kind.MERIDIEM && isO(i) && HOUR.matcher(tokens.get(i - 1).word()).matches()
            && Set.of("O", "NUMBER", "TIME").contains(out[i - 1])) {
          out[i - 1] = TIME;
          out[i] = TIME;
        }
      }
    }

    /** "last summer", "in the spring", "winter 2023"; not "the fall of the city", not "prices fall". */
    void seasons() {
      for (int i = 0; i < n; i++) {
        if (kinds[i] != Kind.SEASON || !isO(i) || !tokens.get(i).pos().startsWith("NN")) {
          continue;
        }
        if (i + 2 < n && lower(i + 1).equals("of") && !year(i + 2)) {
          continue;
        }
        Kind before = i > 0 ? kinds[i - 1] : null;
        boolean afterThe = i > 1 && lower(i - 1).equals("the") && kinds[i - 2] == Kind.BEFORE_DATE;
        if (before == Kind.MODIFIER || before == Kind.EDGE || before == Kind.BEFORE_DATE || afterThe
            || i + 1 < n && year(i + 1)) {
          out[i] = DATE;
        }
      }
    }

    /** A year-like number where a year is meant: "in 2015", "May 2013", "2014 and 2015", "a 2019 airstrike". */
    void years() {
      for (int i = 0; i < n; i++) {
        if (!year(i) || !NUMERIC_OK.contains(out[i]) || out[i].equals(DATE) || countsSomething(i + 1)) {
          continue;
        }
        if (i > 0 && yearContext(i)) {
          out[i] = DATE;
        }
      }
    }

    private boolean yearContext(int i) {
      String before = lower(i - 1);
      Kind kind = kinds[i - 1];
      if (out[i - 1].equals(DATE) || kind == Kind.BEFORE_DATE || kind == Kind.EDGE || before.equals("of")) {
        return true;
      }
      if (before.equals(",") && i > 1 && out[i - 2].equals(DATE)) {
        return true;
      }
      if (YEAR_JOINS.contains(before) && i > 1 && year(i - 2) && out[i - 2].equals(DATE)) {
        return true;
      }
      if (DETERMINERS.contains(before) && i + 1 < n) {
        String pos = tokens.get(i + 1).pos();
        return pos.equals("NN") || pos.equals("NNP") || pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG");
      }
      return false;
    }

    /** Whether the token at {@code i} makes the number before it a count: "2000 troops", "1990 %". */
    private boolean countsSomething(int i) {
      if (i >= n) {
        return false;
      }
      String pos = tokens.get(i).pos();
      String word = lower(i);
      return pos.equals("NNS") || pos.equals("NNPS") || word.equals("%") || word.equals("percent");
    }

    /** "early 2015", "late June", "mid 2020". */
    void edges() {
      for (int i = 0; i + 1 < n; i++) {
        if (kinds[i] == Kind.EDGE && isO(i) && out[i + 1].equals(DATE)) {
          out[i] = DATE;
        }
      }
    }

    /** "last week", "this year", "next Monday", "earlier this month", "this morning", "Monday night". */
    void modifiedDates() {
      for (int i = 0; i + 1 < n; i++) {
        Kind next = kinds[i + 1];
        if (kinds[i] == Kind.MODIFIER && isO(i)) {
          String tag = null;
          if (out[i + 1].equals(DATE) && tokens.get(i + 1).ner().equals("O") || isO(i + 1) && (next == Kind.PERIOD || next == Kind.SEASON)) {
            tag = DATE;
          } else if (next == Kind.DAY_PART && (isO(i + 1) || out[i + 1].equals(TIME))) {
            tag = TIME;
          }
          if (tag != null) {
            out[i] = tag;
            out[i + 1] = tag;
            if (i > 0 && kinds[i - 1] == Kind.LEAD && isO(i - 1)) {
              out[i - 1] = tag;
            }
          }
        } else if (next == Kind.DAY_PART && isO(i + 1) && (kinds[i] == Kind.WEEKDAY || kinds[i] == Kind.DAY)
            && out[i].equals(DATE)) {
          out[i + 1] = TIME;
        }
      }
    }

    /** The comma of "Friday, March 6": one date, as CoreNLP gives it. */
    void joinedDates() {
      for (int i = 1; i + 1 < n; i++) {
        if (lower(i).equals(",") && isO(i) && kinds[i - 1] == Kind.WEEKDAY && out[i - 1].equals(DATE)
            && out[i + 1].equals(DATE)) {
          out[i] = DATE;
        }
      }
    }

    private boolean isO(int i) {
      return out[i].equals("O");
    }

    private boolean capitalised(int i) {
      return Character.isUpperCase(tokens.get(i).word().charAt(0));
    }

    private boolean year(int i) {
      return YEAR.matcher(tokens.get(i).word()).matches();
    }

    private boolean dayNumber(int i) {
      return DAY_NUMBER.matcher(tokens.get(i).word()).matches();
    }

    private String lower(int i) {
      return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }
  }
}
