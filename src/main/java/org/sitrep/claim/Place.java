package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A resolved place; {@code lat}, {@code lon} and {@code geonameId} are null when unknown. */
@JsonPropertyOrder({"name", "kind", "country", "lat", "lon", "geonameId"})
public record Place(String name, PlaceKind kind, String country, Double lat, Double lon, Long geonameId) {

  public Place {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a place needs a name");
    }
    if (kind == null) {
      throw new IllegalArgumentException("a place needs a kind: " + name);
    }
  }
}
