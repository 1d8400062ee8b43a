package org.sitrep.extract.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.lexicon.Row;
import org.sitrep.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/**
 * The reporting verbs and phrases of {@code reporting-verbs.tsv}: which words introduce a statement,
 * under which lemma (the claim's cue), and whether they attribute quotations, reported clauses or
 * both. Immutable and thread-safe.
 */
public final class ReportingVerbs {

  static final String RESOURCE = "/org/sitrep/extract/speaker/reporting-verbs.tsv";

  /** One entry: the cue lemma, the lemmas of its words in order, and its uses. */
  record Entry(String lemma, List<String> words, boolean direct, boolean indirect) {}

  /** A match in a document: the entry and the token range it covers (end exclusive). */
  record Cue(Entry entry, int firstToken, int endToken) {
    String lemma() {
      return entry.lemma();
    }
  }

  private final Map<String, List<Entry>> byFirstWord;

  private ReportingVerbs(Map<String, List<Entry>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  public static ReportingVerbs load() {
    Map<String, List<Entry>> map = new HashMap<>();
    for (Row row : Table.read(RESOURCE).require("lemma", "phrase", "uses").rows()) {
      String uses = row.lower("uses");
      boolean both = uses.equals("both");
      if (!both && !uses.equals("direct") && !uses.equals("indirect")) {
        throw row.error("uses is direct, indirect or both, not " + uses);
      }
      List<String> words = List.of(row.lower("phrase").split("\\s+"));
      Entry e = new Entry(row.lower("lemma"), words, both || uses.equals("direct"),
          both || uses.equals("indirect"));
      map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(e);
    }
    // longest phrases first, so that "express concern" wins over a bare "express"
    map.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    return new ReportingVerbs(Map.copyOf(map));
  }

  /**
   * The reporting word or phrase that starts at {@code token}, or null. Single words match a verb,
   * adjective or "according"; later words of a phrase match by lemma or word, skipping
   * determiners and adjectives ("expressed deep concerns").
   */
  Cue match(Document doc, int token) {
    Token t = doc.tokens().get(token);
    String key = key(t);
    List<Entry> entries = byFirstWord.get(key);
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

  private static String key(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
