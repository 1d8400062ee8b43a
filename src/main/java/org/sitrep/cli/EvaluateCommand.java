package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.Article;
import org.sitrep.ArticleClaims;
import org.sitrep.claim.ClaimType;
import org.sitrep.internal.eval.EvalClaim;
import org.sitrep.internal.eval.EvalFiles;
import org.sitrep.internal.eval.EvalReport;
import org.sitrep.internal.eval.GoldArticle;
import org.sitrep.internal.eval.Scorer;
import org.sitrep.json.SitrepJson;
import org.sitrep.internal.nlp.CoreNlpQuoteBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores predictions against a gold file by the rules of the annotation guidelines: "
          + "precision, recall and F1 per claim type (span-only and headline), attribute accuracy "
          + "on matched pairs, and the overall score (mean of the four headline F1s).",
      "Without --pred, runs sitrep over the gold articles' texts itself."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report was printed",
      "1:nothing to score: the gold has no claims, or no article of the predictions is in the gold",
      "2:wrong usage, or a missing or unreadable file"
    })
final class EvaluateCommand implements Callable<Integer> {

  static final String CORENLP_QUOTES = "corenlp-quotes";

  /** Exit code when the files share nothing to score (an all-zero table would mislead). */
  static final int NOTHING_TO_SCORE = 1;

  /** How many unmatched ids a warning shows. */
  private static final int SHOWN_IDS = 3;

  private final Cli cli;

  @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "The gold file (one article a line: id, text, claims).")
  Path gold;

  @Option(names = "--pred", paramLabel = "PRED.jsonl", description = "Predictions (sitrep.claims/1 as extract writes them: JSON Lines or one pretty document). Default: run sitrep over the gold texts.")
  Path pred;

  @Option(names = "--baseline", paramLabel = "NAME", description = "Score a baseline instead of sitrep: "
      + "corenlp-quotes (CoreNLP's quote annotator with quote attribution, as direct speaker claims; needs about 6 GB of heap).")
  String baseline;

  @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "Score only these claim types "
      + "(speaker, figure, location, stance; comma-separated); the others print \"-\" and the overall score is "
      + "the mean of the scored types' headline F1s. Default: all four.")
  List<String> types;

  @Option(names = "--json", description = "Print a machine-readable JSON report instead of tables.")
  boolean json;

  @Option(names = "--per-article", description = "Add a row per article.")
  boolean perArticle;

  @Option(names = "--errors", description = "List every false positive, false negative and wrong speaker/unit with its text.")
  boolean errors;

  EvaluateCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    for (Path p : pred == null ? List.of(gold) : List.of(gold, pred)) {
      if (!Files.isRegularFile(p)) {
        cli.err().println("sitrep: no such file: " + p);
        return Main.USAGE;
      }
    }
    if (baseline != null && !baseline.equals(CORENLP_QUOTES)) {
      cli.err().println("sitrep: unknown baseline " + baseline + " (known: " + CORENLP_QUOTES + ")");
      return Main.USAGE;
    }
    if (baseline != null && pred != null) {
      cli.err().println("sitrep: --baseline and --pred exclude each other");
      return Main.USAGE;
    }
    Set<ClaimType> scored;
    try {
      scored = claimTypes(types);
    } catch (IllegalArgumentException e) {
      cli.err().println("sitrep: " + e.getMessage());
      return Main.USAGE;
    }
    List<GoldArticle> golds;
    Map<String, List<EvalClaim>> predictions;
    try {
      golds = EvalFiles.readGold(gold);
      predictions = pred != null ? EvalFiles.readPredictions(pred)
          : baseline != null ? runQuoteBaseline(golds) : runSitrep(golds);
    } catch (IOException e) {
      cli.err().println("sitrep: " + e.getMessage());
      return Main.USAGE;
    }
    String nothing = nothingToScore(golds, predictions);
    if (nothing != null) {
      cli.err().println("sitrep: " + nothing + ": nothing to score");
      return NOTHING_TO_SCORE;
    }
    if (pred != null) {
      warnUnmatched(golds, predictions);
    }
    EvalReport report = Scorer.score(golds, predictions, scored);
    String source = pred != null ? pred.toString()
        : baseline != null ? "baseline " + baseline + " run on the gold texts" : "sitrep run on the gold texts";
    if (json) {
      cli.out().println(SitrepJson.toPrettyJson(jsonReport(report, source)));
    } else {
      String title = "evaluate: " + report.articleCount() + " articles of " + gold + " vs " + source;
      EvaluationTable.print(report, title, perArticle, errors, cli.out());
    }
    cli.out().flush();
    return Main.OK;
  }

  /** The claim types named by {@code --types}, or all four when it is absent. */
  static Set<ClaimType> claimTypes(List<String> names) {
    if (names == null || names.isEmpty()) {
      return EnumSet.allOf(ClaimType.class);
    }
    Set<ClaimType> out = EnumSet.noneOf(ClaimType.class);
    for (String name : names) {
      String wanted = name.strip().toLowerCase(Locale.ROOT);
      ClaimType type = Arrays.stream(ClaimType.values()).filter(t -> t.wireName().equals(wanted)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown claim type in --types: '" + name
              + "' (known: speaker, figure, location, stance)"));
      out.add(type);
    }
    return out;
  }

  /** Why these files give nothing to score, or null when they do. */
  private String nothingToScore(List<GoldArticle> golds, Map<String, List<EvalClaim>> predictions) {
    if (golds.isEmpty()) {
      return gold + " holds no articles";
    }
    if (golds.stream().allMatch(g -> g.claims().isEmpty())) {
      return gold + " holds " + golds.size() + " articles but no claims";
    }
    if (pred != null && golds.stream().noneMatch(g -> predictions.containsKey(g.id()))) {
      return "no article id of " + pred + " (" + shown(predictions.keySet()) + ") is in " + gold
          + " (" + shown(golds.stream().map(GoldArticle::id).toList()) + ")";
    }
    return null;
  }

  private void warnUnmatched(List<GoldArticle> golds, Map<String, List<EvalClaim>> predictions) {
    java.util.Set<String> goldIds = new java.util.LinkedHashSet<>();
    golds.forEach(g -> goldIds.add(g.id()));
    List<String> extra = predictions.keySet().stream().filter(id -> !goldIds.contains(id)).toList();
    List<String> missing = goldIds.stream().filter(id -> !predictions.containsKey(id)).toList();
    if (!extra.isEmpty()) {
      cli.err().println("sitrep: warning: " + extra.size() + " articles of " + pred + " are not in " + gold
          + " and are not scored (" + shown(extra) + ")");
    }
    if (!missing.isEmpty()) {
      cli.err().println("sitrep: warning: " + missing.size() + " articles of " + gold + " have no predictions in "
          + pred + " and score as empty (" + shown(missing) + ")");
    }
  }

  private static String shown(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return "none";
    }
    List<String> first = ids.stream().limit(SHOWN_IDS).map(id -> "'" + id + "'").toList();
    return String.join(", ", first) + (ids.size() > SHOWN_IDS ? " and " + (ids.size() - SHOWN_IDS) + " more" : "");
  }

  private static Map<String, List<EvalClaim>> runQuoteBaseline(List<GoldArticle> golds) {
    CoreNlpQuoteBaseline quotes = new CoreNlpQuoteBaseline();
    Map<String, List<EvalClaim>> byArticle = new LinkedHashMap<>();
    for (GoldArticle g : golds) {
      byArticle.put(g.id(), QuoteBaselineClaims.of(quotes.quotes(g.text()), g.text()).stream()
          .map(EvalClaim::of).toList());
    }
    return byArticle;
  }

  private Map<String, List<EvalClaim>> runSitrep(List<GoldArticle> golds) {
    Map<String, List<EvalClaim>> byArticle = new LinkedHashMap<>();
    for (GoldArticle g : golds) {
      ArticleClaims result;
      try {
        result = cli.sitrep().extract(Article.of(g.id(), g.text()));
      } catch (RuntimeException e) {
        cli.err().println("sitrep: article " + g.id() + " failed, scored as empty: " + e.getMessage());
        continue;
      }
      byArticle.put(g.id(), result.claims().stream().map(EvalClaim::of).toList());
    }
    return byArticle;
  }

  private Map<String, Object> jsonReport(EvalReport report, String source) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", gold.toString());
    m.put("predictions", source);
    m.put("articles", report.articleCount());
    m.put("overall", report.overall());
    m.put("types", report.types());
    if (perArticle) {
      m.put("perArticle", report.articles().stream().map(a -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", a.id());
        row.put("overall", a.overall());
        row.put("types", a.types());
        return row;
      }).toList());
    }
    if (errors) {
      m.put("errors", report.errors());
    }
    return m;
  }
}
