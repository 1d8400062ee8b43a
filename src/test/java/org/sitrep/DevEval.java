package org.sitrep;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.claim.Claim;
import org.sitrep.internal.eval.Accuracy;
import org.sitrep.internal.eval.EvalClaim;
import org.sitrep.internal.eval.EvalFiles;
import org.sitrep.internal.eval.EvalReport;
import org.sitrep.internal.eval.GoldArticle;
import org.sitrep.internal.eval.Scorer;
import org.sitrep.internal.eval.ScoringError;
import org.sitrep.internal.eval.TypeScore;
import org.sitrep.internal.extract.ExtractorChain;
import org.sitrep.internal.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Document;
import org.sitrep.internal.nlp.NlpOptions;

/**
 * A developer's scoreboard (not part of the library): runs the extractor chain over several gold
 * files with CoreNLP's annotations cached (see {@link DevRun#cached}), and prints one compact
 * block per file plus one for all files after the first together ("dev+dev2" when run by
 * {@code scripts/dev-eval}).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.sitrep.DevEval \
 *   -Dexec.args="[--errors DIR] [--types speaker,figure] GOLD.jsonl [GOLD.jsonl ...]"
 * </pre>
 *
 * With {@code --errors DIR}, writes each file's scoring errors (false positives, false
 * negatives, headline-wrong pairs) to {@code DIR/<name>.errors.jsonl}.
 *
 * <p>Sentences are parsed as a {@code Sitrep} parses them: the cache holds every sentence's parse,
 * and the extractors' parse filter ({@code Extractors.load(...).parseFilter()}) takes away those it turns
 * down ({@link DevRun#filtered}). {@code --parse-all} keeps every parse; {@code --fresh} ignores
 * the cache and annotates every article afresh with the filter in the annotator (minutes).
 * {@code --ner-3crfs} annotates (and caches apart) with CoreNLP's three default coarse CRF models
 * instead of sitrep's one (3-class) and its own date tagger, to compare with what sitrep ran before.
 */
public final class DevEval {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DevEval() {}

  public static void main(String[] args) throws Exception {
    Path errorsDir = null;
    java.util.Set<org.sitrep.claim.ClaimType> types = java.util.EnumSet.allOf(org.sitrep.claim.ClaimType.class);
    List<Path> golds = new ArrayList<>();
    boolean parseAll = false;
    boolean fresh = false;
    boolean threeClass = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--parse-all")) {
        parseAll = true;
      } else if (args[i].equals("--ner-3crfs")) {
        threeClass = true;
      } else if (args[i].equals("--fresh")) {
        fresh = true;
      } else if (args[i].equals("--errors")) {
        errorsDir = Path.of(args[++i]);
      } else if (args[i].equals("--types")) {
        types = java.util.EnumSet.noneOf(org.sitrep.claim.ClaimType.class);
        for (String name : args[++i].split(",")) {
          types.add(org.sitrep.claim.ClaimType.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        }
      } else {
        golds.add(Path.of(args[i]));
      }
    }
    if (golds.isEmpty()) {
      System.err.println("usage: DevEval [--errors DIR] GOLD.jsonl [GOLD.jsonl ...]");
      System.exit(2);
    }
    CoreNlpAnnotator[] annotator = new CoreNlpAnnotator[1];
    Extractors.Loaded loaded = Extractors.load(Extractors.DEFAULT_IDS, List.of());
    ExtractorChain chain = loaded.chain();
    org.sitrep.nlp.ParseFilter filter = loaded.parseFilter();
    List<GoldArticle> rest = new ArrayList<>();
    Map<String, List<EvalClaim>> restPredictions = new LinkedHashMap<>();
    for (int f = 0; f < golds.size(); f++) {
      Path gold = golds.get(f);
      List<GoldArticle> articles = EvalFiles.readGold(gold);
      Map<String, List<EvalClaim>> predictions = new LinkedHashMap<>();
      for (GoldArticle a : articles) {
        Document doc;
        if (fresh) {
          if (annotator[0] == null) {
            annotator[0] = new CoreNlpAnnotator(parseAll ? NlpOptions.defaults()
                : new NlpOptions(NlpOptions.DEFAULT_MAX_PARSE_TOKENS, filter));
          }
          doc = annotator[0].annotate(a.text());
        } else {
          boolean three = threeClass;
          doc = DevRun.cached(DevRun.cacheKey() + (three ? " ner=3crfs" : ""), a.text(), () -> {
            if (annotator[0] == null) {
              annotator[0] = three ? org.sitrep.internal.nlp.NerVariants.threeCrfs(NlpOptions.defaults())
                  : new CoreNlpAnnotator(NlpOptions.defaults());
            }
            return annotator[0];
          });
          if (!parseAll) {
            doc = DevRun.filtered(doc, filter);
          }
        }
        List<Claim> claims = chain.run(doc);
        predictions.put(a.id(), claims.stream().map(EvalClaim::of).toList());
      }
      String name = name(gold);
      EvalReport report = Scorer.score(articles, predictions, types);
      print(name, report);
      if (errorsDir != null) {
        writeErrors(errorsDir.resolve(name + ".errors.jsonl"), report.errors());
      }
      if (f > 0) {
        rest.addAll(articles);
        restPredictions.putAll(predictions);
      }
    }
    if (golds.size() > 2) {
      print("all but first", Scorer.score(rest, restPredictions, types));
    }
  }

  /** "dev2" for ../shared/data/dev2/gold.jsonl, "seed-001.gold" for samples/seed-001.gold.jsonl. */
  private static String name(Path gold) {
    String file = gold.getFileName().toString().replaceFirst("\\.jsonl$", "");
    return file.equals("gold") && gold.getParent() != null ? gold.getParent().getFileName().toString() : file;
  }

  private static void print(String name, EvalReport report) {
    System.out.println(String.format(Locale.ROOT, "== %s: %d articles, overall %.3f", name,
        report.articleCount(), report.overall()));
    for (TypeScore t : report.types().values()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
          "  %-8s gold %4d pred %4d match %4d right %4d | span F1 %.3f | P %.3f R %.3f F1 %.3f |",
          t.type().wireName(), t.gold(), t.predicted(), t.matched(), t.headlineMatched(), t.span().f1(),
          t.headline().precision(), t.headline().recall(), t.headline().f1()));
      for (Map.Entry<String, Accuracy> a : t.attributes().entrySet()) {
        Accuracy acc = a.getValue();
        line.append(String.format(Locale.ROOT, " %s %s", a.getKey(),
            acc.rate() == null ? "-" : String.format(Locale.ROOT, "%.3f", acc.rate())));
      }
      System.out.println(line);
    }
  }

  private static void writeErrors(Path file, List<ScoringError> errors) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (ScoringError e : errors) {
        w.write(JSON.writeValueAsString(e));
        w.write('\n');
      }
    }
  }
}
