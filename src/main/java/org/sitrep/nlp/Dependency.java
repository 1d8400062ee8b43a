package org.sitrep.nlp;

/**
 * A basic Universal Dependencies edge between two tokens, by their indices in {@link
 * Document#tokens()}; {@code governor} is -1 for the root.
 */
public record Dependency(String relation, int governor, int dependent) {

  public boolean isRoot() {
    return governor < 0;
  }
}
