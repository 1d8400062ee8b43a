package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A resolved place; {@code lat}, {@code lon} and {@code geonameId} are null when unknown.
 *
 * @param name the place's name ("Kursk Oblast")
 * @param kind what kind of place it is
 * @param country its ISO 3166-1 alpha-2 code, or null
 * @param lat latitude in degrees, or null
 * @param lon longitude in degrees, or null
 * @param geonameId its GeoNames id, or null
 */
@JsonPropertyOrder({"name", "kind", "country", "lat", "lon", "geonameId"})
public record Place(String name, PlaceKind kind, String country, Double lat, Double lon, Long geonameId) {

  /**
   * Checks that a name and a kind are given.
   *
   * @param name the place's name ("Kursk Oblast")
   * @param kind what kind of place it is
   * @param country its ISO 3166-1 alpha-2 code, or null
   * @param lat latitude in degrees, or null
   * @param lon longitude in degrees, or null
   * @param geonameId its GeoNames id, or null
   * @throws IllegalArgumentException for a value the contract does not allow
   */
  public Place {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a place needs a name");
    }
    if (kind == null) {
      throw new IllegalArgumentException("a place needs a kind: " + name);
    }
  }
}
