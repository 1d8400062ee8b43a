package org.sitrep.internal.geo;

/** What a gazetteer entry names; the constants match the contract's {@code PlaceKind}. */
public enum GeoKind {
    COUNTRY,
    /** A first-level region (state, province, oblast, governorate) or a named area such as the Gaza Strip. */
    REGION,
    CITY,
    /** A physical feature or facility: sea, river, strait, bridge, plant, crossing. */
    FEATURE,
    OTHER
}
