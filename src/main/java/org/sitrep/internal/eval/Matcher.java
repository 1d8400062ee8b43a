package org.sitrep.internal.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of the gold and predicted claims of one type in one article.
 *
 * <p>Algorithm: a maximum-cardinality bipartite matching by augmenting paths (Kuhn's algorithm).
 * Gold claims are visited required first, then optional; each tries the predictions it matches
 * in order of {@link Rules#preference} (right on the headline first, then larger overlap). An
 * augmenting path never unmatches a gold claim, so the required gold claims matched are as many
 * as any matching allows, and optional ones only take predictions no required one needed: a
 * prediction that could match a required gold claim is never spent on an optional one.
 * Articles hold tens of claims per type, so the cubic worst case costs nothing.
 */
final class Matcher {

  private final List<EvalClaim> gold;
  private final List<EvalClaim> predicted;
  private final int[][] candidates;
  private final int[] goldOfPrediction;
  private boolean[] visited;

  private Matcher(List<EvalClaim> gold, List<EvalClaim> predicted) {
    this.gold = gold;
    this.predicted = predicted;
    this.candidates = new int[gold.size()][];
    for (int g = 0; g < gold.size(); g++) {
      EvalClaim gc = gold.get(g);
      List<Integer> list = new ArrayList<>();
      for (int p = 0; p < predicted.size(); p++) {
        if (Rules.matches(gc, predicted.get(p))) {
          list.add(p);
        }
      }
      Comparator<EvalClaim> preference = Rules.preference(gc);
      list.sort(Comparator.comparing((Integer p) -> predicted.get(p), preference).thenComparingInt(p -> p));
      candidates[g] = list.stream().mapToInt(Integer::intValue).toArray();
    }
    this.goldOfPrediction = new int[predicted.size()];
    Arrays.fill(goldOfPrediction, -1);
  }

  /** For each prediction, the index of the gold claim it is matched to, or -1. */
  static int[] match(List<EvalClaim> gold, List<EvalClaim> predicted) {
    Matcher m = new Matcher(gold, predicted);
    for (boolean optionalPass : new boolean[] {false, true}) {
      for (int g = 0; g < gold.size(); g++) {
        if (gold.get(g).optional() == optionalPass) {
          m.visited = new boolean[predicted.size()];
          m.augment(g);
        }
      }
    }
    return m.goldOfPrediction;
  }

  private boolean augment(int g) {
    for (int p : candidates[g]) {
      if (visited[p]) {
        continue;
      }
      visited[p] = true;
      if (goldOfPrediction[p] < 0 || augment(goldOfPrediction[p])) {
        goldOfPrediction[p] = g;
        return true;
      }
    }
    return false;
  }
}
