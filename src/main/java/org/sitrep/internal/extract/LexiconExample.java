package org.sitrep.internal.extract;

import java.util.function.Predicate;
import org.sitrep.claim.Claim;

/**
 * A sentence that travels with a lexicon row: on it, the row must give a claim that {@code claim}
 * accepts ({@code gives}), or must give none ({@code gives} false: a counter-example). One
 * parameterized test runs every lexicon's examples through the whole extractor chain.
 *
 * @param lexicon the data file, e.g. "reporting-verbs.tsv"
 * @param entry the row's key, e.g. "say"
 */
public record LexiconExample(String lexicon, String entry, String sentence, boolean gives, Predicate<Claim> claim) {

  @Override
  public String toString() {
    return lexicon + " " + entry + (gives ? "" : " (counter-example)");
  }
}
