package org.sitrep.internal.eval;

import org.sitrep.claim.ClaimType;

/**
 * One thing a developer may want to fix: a false positive, a false negative, a matched pair
 * that is wrong on its headline attribute (speaker or unit), or a matched pair right on the
 * headline but wrong on another scored attribute (a figure's category, a location's subject).
 *
 * @param detail for a wrong pair, what was expected and what came ("speaker: gold Blinken, got
 *     Rutte"); for a false positive or negative, the claim's speaker and key fields
 */
public record ScoringError(
    String article, ClaimType type, Kind kind, int begin, int end, String text, String detail) {

  public enum Kind {
    FALSE_POSITIVE,
    FALSE_NEGATIVE,
    WRONG_HEADLINE,
    WRONG_ATTRIBUTE
  }
}
