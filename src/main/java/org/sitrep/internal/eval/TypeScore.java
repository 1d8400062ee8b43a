package org.sitrep.internal.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.claim.ClaimType;

/**
 * The score of one claim type (in one article, or summed over all).
 *
 * @param gold required gold claims
 * @param optionalGold optional gold claims (they neither reward nor punish)
 * @param predicted predictions that count: all of them except those matched to optional gold
 * @param matched required gold claims matched by a prediction (span true positives)
 * @param headlineMatched matched pairs that are also right on the headline attribute (speaker for
 *     speaker claims, unit for figures; all matched pairs for location and stance)
 * @param falsePositives predictions matched to no gold claim
 * @param falseNegatives required gold claims matched by no prediction
 * @param span span-only precision, recall and F1
 * @param headline the headline precision, recall and F1 (attributed for speaker, unit-checked
 *     for figure)
 * @param attributes accuracy of each listed attribute on matched pairs
 */
public record TypeScore(
    ClaimType type,
    int gold,
    int optionalGold,
    int predicted,
    int matched,
    int headlineMatched,
    int falsePositives,
    int falseNegatives,
    Prf span,
    Prf headline,
    Map<String, Accuracy> attributes) {

  public TypeScore {
    attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  public static TypeScore of(ClaimType type, int gold, int optionalGold, int predicted, int matched,
      int headlineMatched, Map<String, Accuracy> attributes) {
    return new TypeScore(type, gold, optionalGold, predicted, matched, headlineMatched,
        predicted - matched, gold - matched,
        Prf.of(matched, predicted, gold), Prf.of(headlineMatched, predicted, gold), attributes);
  }

  public TypeScore plus(TypeScore other) {
    Map<String, Accuracy> sum = new LinkedHashMap<>(attributes);
    other.attributes.forEach((k, v) -> sum.merge(k, v, Accuracy::plus));
    return of(type, gold + other.gold, optionalGold + other.optionalGold, predicted + other.predicted,
        matched + other.matched, headlineMatched + other.headlineMatched, sum);
  }

  public static TypeScore empty(ClaimType type) {
    Map<String, Accuracy> none = new LinkedHashMap<>();
    for (String name : Rules.attributeNames(type)) {
      none.put(name, Accuracy.of(0, 0));
    }
    return of(type, 0, 0, 0, 0, 0, none);
  }
}
