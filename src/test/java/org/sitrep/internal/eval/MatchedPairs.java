package org.sitrep.internal.eval;

import java.util.List;

/**
 * Developer probes' view of the scorer's one-to-one matching (test scope; the scorer keeps it
 * package-private): which gold claim each prediction is matched to, and whether a pair is right
 * on the headline attribute, by exactly the rules {@link Scorer} counts with.
 */
public final class MatchedPairs {

  private MatchedPairs() {}

  /** For each prediction, the index of the gold claim (same type, one article) it is matched to, or -1. */
  public static int[] match(List<EvalClaim> gold, List<EvalClaim> predicted) {
    return Matcher.match(gold, predicted);
  }

  /** Whether a matched pair is right on its headline attribute (for speaker claims: the speaker). */
  public static boolean headlineRight(EvalClaim gold, EvalClaim predicted) {
    return Rules.headlineRight(gold, predicted);
  }
}
