package org.sitrep.tools;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What WordNet would cost sitrep at run time (why sitrep ships generated tables instead): the time
 * to open extJWNL's bundled WordNet 3.1, the time of hypernym look-ups for a few nouns, and the heap
 * kept afterwards. Run in a fresh JVM: {@code mvn -q -f scripts/wordnet/pom.xml compile exec:java
 * -Dexec.mainClass=org.sitrep.tools.RuntimeCost} (or with plain {@code java} on the same class path).
 */
public final class RuntimeCost {

  private static final List<String> NOUNS = List.of("fighter", "marine", "tank", "village", "family", "member",
      "relative", "foreigner", "terrorist", "meal", "piece", "crew", "passenger", "strike", "province",
      "helicopter", "howitzer", "launcher", "artillery", "rifle", "detonator", "ferry", "pilgrim", "conscript");

  private RuntimeCost() {}

  public static void main(String[] args) throws Exception {
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    long t1 = System.nanoTime();
    int ancestors = 0;
    for (String noun : NOUNS) {
      IndexWord w = dictionary.lookupIndexWord(POS.NOUN, noun);
      Set<Long> seen = new HashSet<>();
      Deque<Synset> todo = new ArrayDeque<>(List.of(w.getSenses().get(0)));
      while (!todo.isEmpty()) {
        Synset s = todo.poll();
        if (seen.add(s.getOffset())) {
          for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
            todo.add(p.getTargetSynset());
          }
        }
      }
      ancestors += seen.size();
    }
    long t2 = System.nanoTime();
    System.out.printf("open WordNet %.0f ms; %d nouns with their hypernyms (%d synsets) %.0f ms; heap kept %.1f MB%n",
        (t1 - t0) / 1e6, NOUNS.size(), ancestors, (t2 - t1) / 1e6, (usedAfterGc() - before) / 1e6);
  }

  private static long usedAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}
