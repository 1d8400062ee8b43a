package org.sitrep.extract.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/** The stance cues of {@code cues.tsv} and the reporting verbs, indexed by first lemma. Immutable. */
final class CueLexicon {

  private static final String CUES = "cues.tsv";
  private static final String REPORTING = "reporting-verbs.txt";
  private static final String HOLDER_NOUNS = "holder-nouns.txt";

  private final Map<String, List<StanceCue>> byFirstLemma;
  private final List<StanceCue> all;
  private final Set<String> reportingVerbs;
  private final Set<String> holderNouns;

  private CueLexicon(List<StanceCue> cues, Set<String> reportingVerbs, Set<String> holderNouns) {
    this.all = List.copyOf(cues);
    Map<String, List<StanceCue>> index = new HashMap<>();
    for (StanceCue c : cues) {
      index.computeIfAbsent(c.lemmas().get(0), k -> new ArrayList<>()).add(c);
    }
    index.values().forEach(l -> l.sort(Comparator.comparingInt((StanceCue c) -> -c.lemmas().size())));
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstLemma = Map.copyOf(index);
    this.reportingVerbs = Set.copyOf(reportingVerbs);
    this.holderNouns = Set.copyOf(holderNouns);
  }

  static CueLexicon load() {
    List<StanceCue> cues = new ArrayList<>();
    for (String line : lines(CUES)) {
      String[] f = line.split("\t", -1);
      if (f[0].equals("cue")) {
        continue;
      }
      if (f.length != 9) {
        throw new IllegalStateException(CUES + ": expected 9 columns: " + line);
      }
      String cue = f[0].trim().toLowerCase(Locale.ROOT);
      boolean negated = cue.startsWith("not ");
      if (negated) {
        cue = cue.substring(4);
      }
      cues.add(new StanceCue(
          Arrays.asList(cue.split(" +")),
          StanceCue.CuePos.valueOf(f[1].trim()),
          negated,
          StanceAct.valueOf(f[2].trim()),
          Polarity.valueOf(f[3].trim()),
          f[4].trim().equals("-") ? null : StanceAct.valueOf(f[4].trim()),
          StanceCue.HolderRule.valueOf(f[5].trim()),
          f[6].trim().equals("-") ? List.of() : Arrays.asList(f[6].trim().split("\\+")),
          f[7].trim(),
          f[8].trim().equals("-") ? null : f[8].trim()));
    }
    return new CueLexicon(cues, Set.copyOf(lines(REPORTING)), Set.copyOf(lines(HOLDER_NOUNS)));
  }

  private static List<String> lines(String resource) {
    InputStream in = CueLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  List<StanceCue> all() {
    return all;
  }

  boolean isReportingVerb(Token t) {
    return t.isVerb() && reportingVerbs.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether a common noun can name the holder of a stance ("officials", not "violence"). */
  boolean isHolderNoun(Token t) {
    return holderNouns.contains(lemmaOf(t));
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
