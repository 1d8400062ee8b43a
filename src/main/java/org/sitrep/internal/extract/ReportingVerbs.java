package org.sitrep.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/**
 * The one list of reporting verbs and phrases ({@code reporting-verbs.tsv}): which words introduce
 * a statement, under which lemma (the claim's cue), and what each use means: attributing a
 * quotation, reporting a clause, taking an addressee, passing a stance in its clause to its
 * subject. Read once; immutable and thread-safe.
 */
public final class ReportingVerbs {

  static final String RESOURCE = "/org/sitrep/internal/extract/reporting-verbs.tsv";

  /**
   * One row: the cue lemma, the lemmas of its words in order, its uses, and the example and
   * counter-example that test it (null when none).
   */
  public record Entry(String lemma, List<String> words, boolean quotes, boolean clauses, boolean addressee,
      boolean reports, String example, String counter) {

    /** Whether the entry introduces statements (a quotation or a reported clause). */
    public boolean introducesStatements() {
      return quotes || clauses;
    }
  }

  /** A match in a document: the entry and the tokens it covers, {@code firstToken} to {@code endToken} (exclusive). */
  public record Cue(Entry entry, int firstToken, int endToken) {

    public String lemma() {
      return entry.lemma();
    }
  }

  private final List<Entry> all;
  private final Map<String, List<Entry>> byFirstWord;
  private final Set<String> addressed;
  private final Set<String> reporting;

  private ReportingVerbs(List<Entry> all) {
    this.all = List.copyOf(all);
    Map<String, List<Entry>> map = new HashMap<>();
    Set<String> addressee = new HashSet<>();
    Set<String> reports = new HashSet<>();
    for (Entry e : all) {
      map.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
      if (e.addressee()) {
        addressee.add(e.lemma());
      }
      if (e.reports() && e.words().size() == 1) {
        reports.add(e.words().get(0));
      }
    }
    // longest phrases first, so that "express concern" wins over a bare "express"
    map.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstWord = Map.copyOf(map);
    this.addressed = Set.copyOf(addressee);
    this.reporting = Set.copyOf(reports);
  }

  private static final class Holder {
    static final ReportingVerbs INSTANCE = load();
  }

  /** The bundled list, read once per JVM. */
  public static ReportingVerbs get() {
    return Holder.INSTANCE;
  }

  private static ReportingVerbs load() {
    List<Entry> entries = new ArrayList<>();
    Table table = Table.read(RESOURCE)
        .require("lemma", "phrase", "quotes", "clauses", "addressee", "reports", "example", "counter");
    for (Row row : table.rows()) {
      Entry e = new Entry(row.lower("lemma"), List.of(row.lower("phrase").split("\\s+")), row.flag("quotes"),
          row.flag("clauses"), row.flag("addressee"), row.flag("reports"), row.optional("example"),
          row.optional("counter"));
      if (e.introducesStatements() && e.example() == null) {
        throw row.error("a word that introduces statements needs an example");
      }
      entries.add(e);
    }
    return new ReportingVerbs(entries);
  }

  /**
   * The example of every row that introduces statements (a statement with its cue and a speaker)
   * and its counter-example (no statement with its cue).
   */
  public List<LexiconExample> examples() {
    List<LexiconExample> out = new ArrayList<>();
    for (Entry e : all) {
      if (e.example() != null) {
        out.add(new LexiconExample("reporting-verbs.tsv", e.lemma(), e.example(), true,
            c -> c instanceof SpeakerClaim s && s.cue().equals(e.lemma()) && s.speaker() != null));
      }
      if (e.counter() != null) {
        out.add(new LexiconExample("reporting-verbs.tsv", e.lemma(), e.counter(), false,
            c -> c instanceof SpeakerClaim s && s.cue().equals(e.lemma())));
      }
    }
    return out;
  }

  /** Every row, in file order. */
  public List<Entry> all() {
    return all;
  }

  /**
   * The reporting word or phrase that introduces statements and starts at {@code token}, or null.
   * Single words match a verb, adjective or "according"; later words of a phrase match by lemma or
   * word, skipping determiners and adjectives ("expressed deep concerns").
   */
  public Cue match(Document doc, int token) {
    Token t = doc.tokens().get(token);
    List<Entry> entries = byFirstWord.get(key(t));
    if (entries == null) {
      entries = byFirstWord.get(t.word().toLowerCase(Locale.ROOT));
      if (entries == null) {
        return null;
      }
    }
    if (!(t.isVerb() || t.pos().startsWith("JJ") || t.word().equalsIgnoreCase("according"))) {
      return null;
    }
    int sentenceEnd = doc.sentenceOf(t).endToken();
    for (Entry e : entries) {
      if (!e.introducesStatements()) {
        continue;
      }
      int j = token + 1;
      int matched = 1;
      while (matched < e.words().size() && j < sentenceEnd) {
        Token n = doc.tokens().get(j);
        if (e.words().get(matched).equals(key(n)) || e.words().get(matched).equals(n.word().toLowerCase(Locale.ROOT))) {
          matched++;
          j++;
        } else if (n.pos().equals("DT") || n.pos().startsWith("JJ") || n.pos().startsWith("RB")) {
          j++;
        } else {
          break;
        }
      }
      if (matched == e.words().size()) {
        return new Cue(e, token, j);
      }
    }
    return null;
  }

  /**
   * A reporting noun at {@code token} ("claim", "statement", "warning"): a noun that is a one-word
   * row introducing clauses, or null. Kept apart from {@link #match}, which reads verbs only.
   */
  public Cue matchNoun(Document doc, int token) {
    Token t = doc.tokens().get(token);
    List<Entry> entries = t.isNoun() ? byFirstWord.get(key(t)) : null;
    if (entries == null) {
      return null;
    }
    for (Entry e : entries) {
      if (e.clauses() && e.words().size() == 1) {
        return new Cue(e, token, token + 1);
      }
    }
    return null;
  }

  /** Whether the verb of lemma {@code lemma} takes the one it addresses as its object ("told reporters"). */
  public boolean takesAddressee(String lemma) {
    return addressed.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code t} is a verb that passes a stance in its reported clause to its subject ("said", "believes"). */
  public boolean reports(Token t) {
    return t.isVerb() && reporting.contains(key(t));
  }

  private static String key(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
