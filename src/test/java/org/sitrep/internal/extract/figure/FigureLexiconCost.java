package org.sitrep.internal.extract.figure;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;

/**
 * A measured harness (not a test): what the WordNet-derived tables cost a JVM, against what a
 * runtime WordNet would (measured separately with extJWNL; see docs/evaluation.md). Prints the time
 * to read {@code noun-classes.tsv} and {@code predicate-nouns.tsv} into maps, the heap they keep,
 * and the time to build the whole {@link FigureLexicon}. Run in a fresh JVM:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.sitrep.internal.extract.figure.FigureLexiconCost
 * </pre>
 */
public final class FigureLexiconCost {

  private FigureLexiconCost() {}

  public static void main(String[] args) {
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    Map<String, String> classes = read("noun-classes.tsv", "noun", "class");
    Map<String, String> nouns = read("predicate-nouns.tsv", "noun", "lemma");
    long t1 = System.nanoTime();
    long kept = usedAfterGc() - before;
    FigureLexicon lexicon = FigureLexicon.get();
    long t2 = System.nanoTime();
    System.out.printf("WordNet tables: %d + %d rows read in %.0f ms, %.1f MB kept on the heap%n",
        classes.size(), nouns.size(), (t1 - t0) / 1e6, kept / 1e6);
    System.out.printf("whole FigureLexicon (all its tables, roles list included) built in %.0f ms%n", (t2 - t1) / 1e6);
    if (lexicon.category("howitzer") == null || classes.isEmpty()) {
      throw new IllegalStateException("tables not read");
    }
  }

  private static Map<String, String> read(String name, String key, String value) {
    Map<String, String> out = new HashMap<>();
    for (Row row : Table.read(FigureLexicon.class, name).require(key, value).rows()) {
      out.put(row.lower(key), row.lower(value));
    }
    return out;
  }

  private static long usedAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}
