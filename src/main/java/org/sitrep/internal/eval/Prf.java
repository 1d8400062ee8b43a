package org.sitrep.internal.eval;

/**
 * Precision, recall and F1. With nothing predicted, precision is 1 when there was nothing to
 * find and 0 otherwise; with nothing to find, recall is 1 when nothing was predicted and 0
 * otherwise. So an empty prediction on an empty gold scores 1, and on a non-empty gold 0.
 */
public record Prf(double precision, double recall, double f1) {

  public static Prf of(int correct, int predicted, int gold) {
    double p = predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) correct / predicted;
    double r = gold == 0 ? (predicted == 0 ? 1.0 : 0.0) : (double) correct / gold;
    double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    return new Prf(p, r, f);
  }
}
