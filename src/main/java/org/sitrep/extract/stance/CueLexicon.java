package org.sitrep.extract.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.StanceAct;
import org.sitrep.extract.ReportingVerbs;
import org.sitrep.extract.source.Roles;
import org.sitrep.lexicon.Row;
import org.sitrep.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/** The stance cues of {@code cues.tsv} and the reporting verbs, indexed by first lemma. Immutable. */
final class CueLexicon {

  private static final String CUES = "cues.tsv";

  private final Map<String, List<StanceCue>> byFirstLemma;
  private final List<StanceCue> all;
  private final ReportingVerbs reportingVerbs;
  private final Roles roles;
  private final Map<String, Set<String>> words;

  private CueLexicon(List<StanceCue> cues, ReportingVerbs reportingVerbs, Roles roles) {
    this.all = List.copyOf(cues);
    Map<String, List<StanceCue>> index = new HashMap<>();
    for (StanceCue c : cues) {
      index.computeIfAbsent(c.lemmas().get(0), k -> new ArrayList<>()).add(c);
    }
    index.values().forEach(l -> l.sort(Comparator.comparingInt((StanceCue c) -> -c.lemmas().size())));
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstLemma = Map.copyOf(index);
    this.reportingVerbs = reportingVerbs;
    this.roles = roles;
    Map<String, Set<String>> byKind = new HashMap<>();
    for (Row row : Table.read(CueLexicon.class, "stance-words.tsv").require("word", "kind").rows()) {
      byKind.computeIfAbsent(row.lower("kind"), k -> new java.util.HashSet<>()).add(row.lower("word"));
    }
    byKind.replaceAll((k, v) -> Set.copyOf(v));
    this.words = Map.copyOf(byKind);
  }

  static CueLexicon load() {
    List<StanceCue> cues = new ArrayList<>();
    Table table = Table.read(CueLexicon.class, CUES)
        .require("cue", "pos", "act", "polarity", "clauseAct", "holder", "requires", "example", "counter");
    for (Row row : table.rows()) {
      String cue = row.lower("cue");
      boolean negated = cue.startsWith("not ");
      if (negated) {
        cue = cue.substring(4);
      }
      cues.add(new StanceCue(
          Arrays.asList(cue.split(" +")),
          row.choice("pos", StanceCue.CuePos.class),
          negated,
          row.choice("act", StanceAct.class),
          row.choice("polarity", Polarity.class),
          row.optional("clauseAct") == null ? null : row.choice("clauseAct", StanceAct.class),
          row.choice("holder", StanceCue.HolderRule.class),
          row.list("requires", "+"),
          row.required("example"),
          row.optional("counter")));
    }
    return new CueLexicon(cues, ReportingVerbs.get(), Roles.get());
  }

  /** Whether {@code lemma} (lower case) is a word of that kind in {@code stance-words.tsv}. */
  boolean is(String kind, String lemma) {
    return words.getOrDefault(kind, Set.of()).contains(lemma);
  }

  List<StanceCue> all() {
    return all;
  }

  boolean isReportingVerb(Token t) {
    return reportingVerbs.reports(t);
  }

  /** Whether a common noun can name the holder of a stance ("officials", not "violence"). */
  boolean isHolderNoun(Token t) {
    return roles.canHold(lemmaOf(t));
  }

  /**
   * The longest cue that starts at token {@code i} of its sentence (ending before {@code end}), or
   * null. A multiword cue matches consecutive lemmas.
   */
  StanceCue match(Document doc, int i, int end) {
    Token first = doc.tokens().get(i);
    StanceCue byLemma = match(doc, i, end, byFirstLemma.get(lemmaOf(first)));
    return byLemma != null
        ? byLemma
        : match(doc, i, end, byFirstLemma.get(first.word().toLowerCase(Locale.ROOT)));
  }

  private static StanceCue match(Document doc, int i, int end, List<StanceCue> candidates) {
    if (candidates == null) {
      return null;
    }
    Token first = doc.tokens().get(i);
    for (StanceCue c : candidates) {
      if (i + c.lemmas().size() > end || !c.pos().accepts(doc.tokens().get(c.head(i)).pos())) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < c.lemmas().size() && all; k++) {
        all = lemmaOf(doc.tokens().get(i + k)).equals(c.lemmas().get(k));
      }
      if (all && hasRequired(doc, c.head(i), c)) {
        return c;
      }
    }
    return null;
  }

  private static boolean hasRequired(Document doc, int i, StanceCue c) {
    for (String relation : c.requires()) {
      if (doc.child(i, relation) < 0) {
        return false;
      }
    }
    return true;
  }

  static String lemmaOf(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
