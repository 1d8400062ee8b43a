package org.sitrep.internal.extract.place;

import java.util.Set;
import org.sitrep.internal.lexicon.Table;

/**
 * The given names of the source resolver's list ({@code extract/source/given-names.tsv}), lower case: a
 * small town called "Vladislav" or "Tamara" is, where the NER calls the word a person, that person.
 */
final class GivenNames {

  private GivenNames() {}

  private static final class Holder {
    static final Set<String> NAMES =
        Set.copyOf(Table.read("/org/sitrep/internal/extract/source/given-names.tsv").require("name").lowerSet("name"));
  }

  static Set<String> get() {
    return Holder.NAMES;
  }
}
