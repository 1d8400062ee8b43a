package org.sitrep.internal.extract.stance;

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
import org.sitrep.internal.extract.ReportingVerbs;
import org.sitrep.internal.extract.source.Roles;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/**
 * The stance cues of {@code cues.tsv} (written rows, each with its examples) and of
 * {@code evaluative-words.tsv} (rated adjectives from published sentiment lexicons), and the
 * reporting verbs, indexed by first lemma. A written row comes before a rated one of the same
 * word. Immutable.
 */
final class CueLexicon {

  private static final String CUES = "cues.tsv";
  private static final String EVALUATIVE = "evaluative-words.tsv";
  private static final Set<String> HOLDER_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

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
    List<StanceCue> cues = readWritten();
    Set<String> written = new java.util.HashSet<>();
    cues.forEach(c -> written.add(c.lemma()));
    for (Row row : Table.read(CueLexicon.class, EVALUATIVE).require("word", "polarity").rows()) {
      String word = row.lower("word");
      if (written.contains(word)) {
        continue;
      }
      Polarity polarity = row.choice("polarity", Polarity.class);
      if (polarity != Polarity.NEGATIVE) {
        continue; // "a clear goal", "strong forces": praise takes a written row
      }
      cues.add(new StanceCue(List.of(word), StanceCue.CuePos.EVALUATIVE, false,
          polarity == Polarity.POSITIVE ? StanceAct.PRAISE : StanceAct.CRITICIZE, polarity, null,
          StanceCue.HolderRule.SPEAKER, List.of(), null, null));
    }
    return new CueLexicon(cues, ReportingVerbs.get(), Roles.get());
  }

  private static List<StanceCue> readWritten() {
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
    return cues;
  }

  /** Whether {@code lemma} (lower case) is a word of that kind in {@code stance-words.tsv}. */
  boolean is(String kind, String lemma) {
    return words.getOrDefault(kind, Set.of()).contains(lemma);
  }

  /** The written cues, those with examples. */
  List<StanceCue> written() {
    return all.stream().filter(c -> c.example() != null).toList();
  }

  boolean isReportingVerb(Token t) {
    return reportingVerbs.reports(t);
  }

  /** Whether a common noun can name the holder of a stance ("officials", not "violence"). */
  boolean isHolderNoun(Token t) {
    String lemma = lemmaOf(t);
    if (t.pos().equals("NNS") && lemma.equals(t.word().toLowerCase(Locale.ROOT)) && lemma.endsWith("s")) {
      lemma = lemma.substring(0, lemma.length() - 1); // the lemmatiser keeps a capitalised plural: "Troops said"
    }
    return roles.canHold(lemma) || roles.isPerson(lemma); // a person by role acts: "members urged", "troops were surprised"
  }

  /**
   * The cues that start at token {@code i} of its sentence (ending before {@code end}), longest
   * first, those matched by lemma before those matched by word. A multiword cue matches
   * consecutive lemmas.
   */
  List<StanceCue> candidates(Document doc, int i, int end) {
    Token first = doc.tokens().get(i);
    List<StanceCue> out = new ArrayList<>();
    match(doc, i, end, byFirstLemma.get(lemmaOf(first)), out);
    String word = first.word().toLowerCase(Locale.ROOT);
    if (!word.equals(lemmaOf(first))) {
      match(doc, i, end, byFirstLemma.get(word), out);
    }
    return out;
  }

  /** Whether a cue may begin at {@code t}: its lemma or word is the first lemma of a cue (for the parse filter). */
  boolean mayBeginCue(Token t) {
    return byFirstLemma.containsKey(lemmaOf(t)) || byFirstLemma.containsKey(t.word().toLowerCase(Locale.ROOT));
  }

  /** The first of {@link #candidates}, or null. */
  StanceCue match(Document doc, int i, int end) {
    List<StanceCue> all = candidates(doc, i, end);
    return all.isEmpty() ? null : all.get(0);
  }

  private void match(Document doc, int i, int end, List<StanceCue> candidates, List<StanceCue> out) {
    if (candidates == null) {
      return;
    }
    for (StanceCue c : candidates) {
      if (i + c.lemmas().size() > end
          || !(c.pos().accepts(doc.tokens().get(c.head(i)).pos()) || c.pos() == StanceCue.CuePos.VERB && taggedAsNoun(doc, c.head(i)))) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < c.lemmas().size() && all; k++) {
        all = lemmaOf(doc.tokens().get(i + k)).equals(c.lemmas().get(k));
      }
      if (all && hasRequired(doc, c.head(i), c) && !out.contains(c)) {
        out.add(c);
      }
    }
  }

  /**
   * A verb the tagger took for a plural noun: it has a subject and heads a clause ("although Israel
   * disputes this", where "disputes" was tagged NNS).
   */
  private static boolean taggedAsNoun(Document doc, int i) {
    String tag = doc.tokens().get(i).pos();
    String r = doc.relation(i);
    return tag.equals("NNS") && doc.child(i, "nsubj") >= 0
        && (r == null || r.equals("root") || r.equals("advcl") || r.equals("ccomp") || r.equals("conj")
        || r.equals("parataxis"));
  }

  /** Whether the cue's head has every dependent the cue requires ("xcomp", "xcomp/hostile"). */
  private boolean hasRequired(Document doc, int i, StanceCue c) {
    for (String required : c.requires()) {
      int slash = required.indexOf('/');
      int at = required.indexOf('@');
      int cut = slash >= 0 ? slash : at;
      String relation = cut < 0 ? required : required.substring(0, cut);
      String kind = slash < 0 ? null : required.substring(slash + 1);
      String preposition = at < 0 ? null : required.substring(at + 1);
      boolean found = false;
      for (int ch : doc.children(i)) {
        String r = doc.relation(ch);
        if (r != null && startsWithAny(r, relation.split("\\|")) && (kind == null || isKind(doc, ch, kind))
            && (preposition == null || hasCase(doc, ch, preposition))) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a dependent is of a kind: "base" (a verb in the base form, no auxiliary), "holder" (one
   * who can act: a name, a person or body noun, a personal pronoun but "it"), else a word kind.
   */
  private boolean isKind(Document doc, int token, String kind) {
    if (kind.equals("base")) {
      return doc.child(token, "aux") < 0 && (doc.tokens().get(token).pos().equals("VB") || baseAfterSingular(doc, token));
    }
    if (kind.equals("holder")) {
      Token t = doc.tokens().get(token);
      String w = t.word().toLowerCase(Locale.ROOT);
      return HOLDER_NER.contains(t.ner()) || t.isProperNoun() || roles.canHold(lemmaOf(t))
          || t.pos().equals("PRP") && !w.equals("it") || w.equals("all") || w.equals("everyone");
    }
    return is(kind, lemmaOf(doc.tokens().get(token)));
  }

  /**
   * A present-tense form without "-s" after a singular noun is the base form the tagger took for
   * VBP: "insists that Ukraine make no deal".
   */
  private static boolean baseAfterSingular(Document doc, int verb) {
    int subject = doc.child(verb, "nsubj");
    if (!doc.tokens().get(verb).pos().equals("VBP") || subject < 0) {
      return false;
    }
    String tag = doc.tokens().get(subject).pos();
    return (tag.equals("NN") || tag.equals("NNP")) && doc.child(subject, "conj") < 0;
  }

  private static boolean startsWithAny(String relation, String[] prefixes) {
    for (String p : prefixes) {
      if (relation.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCase(Document doc, int token, String preposition) {
    for (int c : doc.children(token)) {
      if ("case".equals(doc.relation(c)) && doc.tokens().get(c).word().equalsIgnoreCase(preposition)) {
        return true;
      }
    }
    return false;
  }

  static String lemmaOf(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
