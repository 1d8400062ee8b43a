package org.sitrep.internal.extract.place;

import org.sitrep.claim.Place;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.TokenRange;

/**
 * A place named in the text: its tokens and characters, the token that heads it in the
 * dependency parse, and the place it resolves to in the article's context.
 */
public record PlaceMention(TokenRange tokens, Span span, int head, Place place) {

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }
}
