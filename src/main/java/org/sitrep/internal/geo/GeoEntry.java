package org.sitrep.internal.geo;

import java.util.Objects;

/**
 * One place of the gazetteer.
 *
 * @param name       canonical name ("Kursk Oblast", "Kyiv", "United States")
 * @param kind       what the name denotes
 * @param country    ISO 3166-1 alpha-2 code (a country's own code for a country); null for seas and
 *                   disputed or shared areas
 * @param lat        latitude in degrees, or null when unknown
 * @param lon        longitude in degrees, or null when unknown
 * @param geonameId  GeoNames id, or null when the source has none
 * @param population inhabitants as GeoNames gives them; 0 when unknown or not a city
 */
public record GeoEntry(String name, GeoKind kind, String country, Double lat, Double lon, Long geonameId,
                       long population) {

    public GeoEntry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        Objects.requireNonNull(kind, "kind");
        if (country != null && !isAlpha2(country)) {
            throw new IllegalArgumentException("country is not an alpha-2 code: " + country + " (" + name + ")");
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon must be both known or both null: " + name);
        }
        if (population < 0) {
            throw new IllegalArgumentException("population < 0: " + population + " (" + name + ")");
        }
    }

    private static boolean isAlpha2(String s) {
        return s.length() == 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
