package org.sitrep.extract.location;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.extract.Lexicons;

/** Named areas the gazetteer lacks ("the Middle East", "the Balkans"), read once from {@code areas.tsv}. */
final class Areas {

  private static final String RESOURCE = "/org/sitrep/extract/location/areas.tsv";

  private final Map<String, Place> byName;

  private Areas(Map<String, Place> byName) {
    this.byName = Map.copyOf(byName);
  }

  static Areas load() {
    Map<String, Place> byName = new HashMap<>();
    for (Lexicons.Row row : Lexicons.table(RESOURCE, 3)) {
      String[] f = row.cells();
      String country = f[2].isEmpty() ? null : f[2];
      byName.put(key(f[0]), Places.unlisted(f[0], PlaceKind.valueOf(f[1]), country));
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
