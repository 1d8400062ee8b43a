package org.sitrep.nlp;

/**
 * A basic Universal Dependencies edge between two tokens, by their indices in {@link
 * Document#tokens()}; {@code governor} is -1 for the root.
 *
 * @param relation the relation from the dependent to its governor: "nsubj", "obj", "nmod:poss", ...
 * @param governor the governing token's index, or -1 for the root
 * @param dependent the dependent token's index
 */
public record Dependency(String relation, int governor, int dependent) {

  /**
   * Whether this edge attaches the sentence's root.
   *
   * @return true when there is no governor
   */
  public boolean isRoot() {
    return governor < 0;
  }
}
