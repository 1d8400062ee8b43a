package org.sitrep.extract.location;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;

/** Named areas the gazetteer lacks ("the Middle East", "the Balkans"), read once from {@code areas.tsv}. */
final class Areas {

  private static final String RESOURCE = "areas.tsv";

  private final Map<String, Place> byName;

  private Areas(Map<String, Place> byName) {
    this.byName = Map.copyOf(byName);
  }

  static Areas load() {
    Map<String, Place> byName = new HashMap<>();
    try (InputStream in = Areas.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 3) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected 3 columns: " + line);
        }
        String country = f[2].strip().isEmpty() ? null : f[2].strip();
        byName.put(key(f[0]), Places.unlisted(f[0].strip(), PlaceKind.valueOf(f[1].strip()), country));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
