package org.sitrep.internal.eval;

import java.util.List;

/** One line of a gold file: the article's id and text, and its gold claims. */
public record GoldArticle(String id, String text, List<EvalClaim> claims) {

  public GoldArticle {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a gold article needs an id");
    }
    claims = List.copyOf(claims);
  }
}
