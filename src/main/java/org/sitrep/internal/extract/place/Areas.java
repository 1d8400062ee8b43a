package org.sitrep.internal.extract.place;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;

/** Named areas the gazetteer lacks ("the Middle East", "the Balkans"), read once from {@code areas.tsv}. */
final class Areas {

  private static final String RESOURCE = "/org/sitrep/internal/extract/place/areas.tsv";

  private final Map<String, Place> byName;

  private Areas(Map<String, Place> byName) {
    this.byName = Map.copyOf(byName);
  }

  static Areas load() {
    Map<String, Place> byName = new HashMap<>();
    for (Row row : Table.read(RESOURCE).require("name", "kind", "country").rows()) {
      String name = row.required("name");
      byName.put(key(name), Places.unlisted(name, row.choice("kind", PlaceKind.class), row.optional("country")));
    }
    return new Areas(byName);
  }

  Optional<Place> find(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  private static String key(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT);
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
