package org.sitrep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.claim.Claim;
import org.sitrep.extract.Extractor;
import org.sitrep.internal.extract.ExtractorChain;
import org.sitrep.internal.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Document;
import org.sitrep.internal.nlp.NlpOptions;
import org.sitrep.nlp.ParseFilter;
import org.sitrep.nlp.Sentence;

/**
 * A developer's check (not part of the library) of the extractors' parse filter: over JSON Lines
 * files ({@code id}, {@code text}; gold files or a corpus), how many of the sentences that would
 * be parsed the filter leaves unparsed (sentences and tokens, per extractor and for their union),
 * and whether the claims change: the chain runs on each article fully parsed and filtered
 * ({@link DevRun#filtered}), and every claim found by one and not the other is printed.
 * Annotations are cached in target/dev-cache like the dev sets'.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.sitrep.ParseFilterCheck \
 *   -Dexec.args="../shared/data/dev2/gold.jsonl ../shared/corpus/articles.jsonl"
 * </pre>
 */
public final class ParseFilterCheck {

  private ParseFilterCheck() {}

  public static void main(String[] args) throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    Extractors.Loaded loaded = Extractors.load(Extractors.DEFAULT_IDS, List.of());
    ExtractorChain chain = loaded.chain();
    ParseFilter union = loaded.parseFilter();
    List<String> ids = new ArrayList<>(Extractors.DEFAULT_IDS);
    List<ParseFilter> each = new ArrayList<>();
    for (String id : ids) {
      each.add(Extractors.parseFilter(List.of(builtIn(id))));
    }
    List<ExtractorChain> alone = new ArrayList<>();
    for (String id : ids) {
      alone.add(Extractors.chain(List.of(id), List.of()));
    }
    int[] lostAlone = new int[ids.size()];
    int[] claimsAlone = new int[ids.size()];
    CoreNlpAnnotator[] annotator = new CoreNlpAnnotator[1];
    for (String file : args) {
      int articles = 0;
      int sentences = 0;
      int skipped = 0;
      long tokens = 0;
      long skippedTokens = 0;
      int[] acceptedBy = new int[ids.size()];
      long[] acceptedTokens = new long[ids.size()];
      java.util.Arrays.fill(lostAlone, 0);
      java.util.Arrays.fill(claimsAlone, 0);
      int claimsFull = 0;
      int lost = 0;
      int gained = 0;
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String id = node.get("id").asText();
        Document full = DevRun.cached(node.get("text").asText(), () -> {
          if (annotator[0] == null) {
            annotator[0] = new CoreNlpAnnotator(NlpOptions.defaults());
          }
          return annotator[0];
        });
        articles++;
        for (Sentence s : full.sentences()) {
          if (!s.parsed()) {
            continue;
          }
          sentences++;
          tokens += s.tokenCount();
          if (!union.needsParse(full.tokens(s))) {
            skipped++;
            skippedTokens += s.tokenCount();
          }
          for (int k = 0; k < each.size(); k++) {
            if (each.get(k).needsParse(full.tokens(s))) {
              acceptedBy[k]++;
              acceptedTokens[k] += s.tokenCount();
            }
          }
        }
        Document filtered = DevRun.filtered(full, union);
        List<Claim> a = chain.run(full);
        List<Claim> b = chain.run(filtered);
        claimsFull += a.size();
        List<String> as = describe(a);
        List<String> bs = describe(b);
        for (String c : as) {
          if (!bs.contains(c)) {
            lost++;
            System.out.println("  only fully parsed  " + id + " " + c);
          }
        }
        for (String c : bs) {
          if (!as.contains(c)) {
            gained++;
            System.out.println("  only filtered      " + id + " " + c);
          }
        }
        for (int k = 0; k < ids.size(); k++) {
          List<String> x = describe(alone.get(k).run(full));
          List<String> y = describe(alone.get(k).run(DevRun.filtered(full, each.get(k))));
          claimsAlone[k] += x.size();
          for (String c : x) {
            if (!y.contains(c)) {
              lostAlone[k]++;
              System.out.println("  " + ids.get(k) + " alone, only fully parsed " + id + " " + c);
            }
          }
          lostAlone[k] += (int) y.stream().filter(c -> !x.contains(c)).count();
        }
      }
      System.out.printf(Locale.ROOT, "%s: %d articles; %d parsed sentences (%d tokens) when all are parsed;"
          + " the filter leaves %d unparsed (%.1f %%), %d tokens (%.1f %%)%n", file, articles, sentences, tokens,
          skipped, 100.0 * skipped / sentences, skippedTokens, 100.0 * skippedTokens / tokens);
      for (int k = 0; k < ids.size(); k++) {
        System.out.printf(Locale.ROOT, "  %-9s alone would parse %d (%.1f %%), %d tokens (%.1f %%); run alone, %d of its %d claims change%n",
            ids.get(k), acceptedBy[k], 100.0 * acceptedBy[k] / sentences, acceptedTokens[k],
            100.0 * acceptedTokens[k] / tokens, lostAlone[k], claimsAlone[k]);
      }
      System.out.printf(Locale.ROOT, "  claims: %d when all are parsed; %d lost and %d gained with the filter%n",
          claimsFull, lost, gained);
    }
  }

  private static Extractor builtIn(String id) {
    return switch (id) {
      case "speaker" -> org.sitrep.internal.extract.speaker.SpeakerExtractor.load();
      case "figure" -> new org.sitrep.internal.extract.figure.FigureExtractor();
      case "stance" -> new org.sitrep.internal.extract.stance.StanceExtractor();
      case "location" -> new org.sitrep.internal.extract.location.LocationExtractor();
      default -> throw new IllegalArgumentException(id);
    };
  }

  /**
   * The claims as the comparison sees them: every field, with ids left out and the statement named
   * by its span (the numbering shifts when a claim is lost).
   */
  private static List<String> describe(List<Claim> claims) {
    java.util.Map<String, Claim> byId = new java.util.HashMap<>();
    claims.forEach(c -> byId.put(c.id(), c));
    List<String> out = new ArrayList<>();
    for (Claim c : claims) {
      Claim st = c.statement() == null ? null : byId.get(c.statement());
      out.add(c.renumbered("-", null) + (st == null ? "" : " statement " + st.begin() + ".." + st.end()));
    }
    return out;
  }
}
