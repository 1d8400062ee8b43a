package org.sitrep.tools;

import java.nio.file.Path;

/**
 * Regenerates every WordNet-derived table of the figure extractor in one folder:
 * {@code noun-classes.tsv} and {@code predicate-nouns.tsv} (from that folder's {@code predicates.tsv}).
 *
 * <p>Run from the repository root: {@code mvn -q -f scripts/wordnet/pom.xml compile exec:java
 * -Dexec.args=src/main/resources/org/sitrep/internal/extract/figure}
 */
public final class Generate {

  private Generate() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: Generate FIGURE-RESOURCE-FOLDER");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    NounClasses.main(new String[] {dir.resolve("noun-classes.tsv").toString()});
    PredicateNouns.main(new String[] {dir.resolve("predicates.tsv").toString(),
        dir.resolve("predicate-nouns.tsv").toString()});
  }
}
