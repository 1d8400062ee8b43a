package org.sitrep.internal.eval;

/** How many matched pairs agree on one attribute; {@code rate} is null when there were none. */
public record Accuracy(int correct, int total, Double rate) {

  public static Accuracy of(int correct, int total) {
    return new Accuracy(correct, total, total == 0 ? null : (double) correct / total);
  }

  public Accuracy plus(Accuracy other) {
    return of(correct + other.correct, total + other.total);
  }
}
