package org.sitrep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.claim.Claim;
import org.sitrep.claim.ClaimType;
import org.sitrep.internal.eval.EvalClaim;
import org.sitrep.internal.eval.EvalFiles;
import org.sitrep.internal.eval.GoldArticle;
import org.sitrep.internal.eval.MatchedPairs;
import org.sitrep.internal.extract.ExtractorChain;
import org.sitrep.internal.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Document;
import org.sitrep.internal.nlp.NlpOptions;

/**
 * A developer's probe (not part of the library): speaker claims of the given gold files grouped
 * by their {@code confidence}, with the share whose span matches gold (precision) and the share of
 * matched ones with the right speaker, by the scorer's own matching; from the dev cache (see
 * {@link DevRun#cached}). A prediction matched to an optional gold claim is left out, as the
 * scorer leaves it out.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.sitrep.ConfidenceBands \
 *   -Dexec.args="[--list CONFIDENCE] ../shared/data/dev/gold.jsonl ../shared/data/dev2/gold.jsonl"
 * </pre>
 *
 * With {@code --list 0.75}, also prints that band's claims that match no gold (FP) or name the
 * wrong speaker (WRONG), with the gold speaker.
 */
public final class ConfidenceBands {

  private ConfidenceBands() {}

  /** Counts of one band: claims counted, matched by span, and matched with the right speaker. */
  private static final class Band {
    int claims;
    int matched;
    int right;
  }

  public static void main(String[] args) throws Exception {
    Double list = null;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--list")) {
        list = Double.parseDouble(args[++i]);
      } else {
        files.add(args[i]);
      }
    }
    if (files.isEmpty()) {
      System.err.println("usage: ConfidenceBands GOLD.jsonl [GOLD.jsonl ...]");
      System.exit(2);
    }
    CoreNlpAnnotator[] annotator = new CoreNlpAnnotator[1];
    ExtractorChain chain = Extractors.chain();
    Map<Double, Band> bands = new TreeMap<>((a, b) -> Double.compare(b, a));
    int articles = 0;
    for (String file : files) {
      for (GoldArticle a : EvalFiles.readGold(Path.of(file))) {
        articles++;
        Document doc = DevRun.cached(a.text(), () -> {
          if (annotator[0] == null) {
            annotator[0] = new CoreNlpAnnotator(NlpOptions.defaults());
          }
          return annotator[0];
        });
        List<Claim> claims = new ArrayList<>();
        for (Claim c : chain.run(doc)) {
          if (c.type() == ClaimType.SPEAKER) {
            claims.add(c);
          }
        }
        List<EvalClaim> predicted = claims.stream().map(EvalClaim::of).toList();
        List<EvalClaim> gold = a.claims().stream().filter(c -> c.type() == ClaimType.SPEAKER).toList();
        int[] goldOf = MatchedPairs.match(gold, predicted);
        for (int p = 0; p < predicted.size(); p++) {
          if (goldOf[p] >= 0 && gold.get(goldOf[p]).optional()) {
            continue;
          }
          Claim c = claims.get(p);
          Band band = bands.computeIfAbsent(c.confidence(), k -> new Band());
          band.claims++;
          boolean right = goldOf[p] >= 0 && MatchedPairs.headlineRight(gold.get(goldOf[p]), predicted.get(p));
          if (goldOf[p] >= 0) {
            band.matched++;
            band.right += right ? 1 : 0;
          }
          if (list != null && Math.abs(list - c.confidence()) < 1e-9 && !right) {
            System.out.printf(Locale.ROOT, "%s %s %d [%s] %s%n", goldOf[p] < 0 ? "FP" : "WRONG", a.id(), c.begin(),
                c.speaker() == null ? "-" : c.speaker().name() + (goldOf[p] < 0 ? "" : " / gold "
                    + (gold.get(goldOf[p]).speaker() == null ? "-" : gold.get(goldOf[p]).speaker().name())),
                c.text().length() > 110 ? c.text().substring(0, 110) + "..." : c.text());
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "speaker claims by confidence, %d articles%n", articles);
    System.out.println("| confidence | claims | span matched | precision | speaker right | speaker accuracy | attributed precision |");
    System.out.println("|---|---|---|---|---|---|---|");
    Band all = new Band();
    for (Map.Entry<Double, Band> e : bands.entrySet()) {
      Band b = e.getValue();
      row(String.format(Locale.ROOT, "%.2f", e.getKey()), b);
      all.claims += b.claims;
      all.matched += b.matched;
      all.right += b.right;
    }
    row("all", all);
  }

  private static void row(String label, Band b) {
    System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %d | %s | %s |%n", label, b.claims, b.matched,
        rate(b.matched, b.claims), b.right, rate(b.right, b.matched), rate(b.right, b.claims));
  }

  private static String rate(int n, int d) {
    return d == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) n / d);
  }
}
