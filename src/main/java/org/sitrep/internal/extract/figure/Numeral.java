package org.sitrep.internal.extract.figure;

/**
 * A number as written: tokens {@code first}..{@code end} (exclusive, document token indices), its
 * value, the upper bound of a range ({@code high}, else null), whether it is a vague quantity
 * without a numeral ("hundreds"), and a unit written inside the same token ("four-year": year).
 */
record Numeral(int first, int end, double value, Double high, boolean vague, String innerUnit) {

  boolean isRange() {
    return high != null;
  }
}
