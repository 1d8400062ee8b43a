package org.sitrep.internal.extract.place;

import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.internal.geo.GeoEntry;

/** Converts the gazetteer's entries to the contract's {@link Place}: the one place where that happens. */
final class Places {

  private Places() {}

  static Place of(GeoEntry e) {
    return new Place(e.name(), PlaceKind.valueOf(e.kind().name()), e.country(), e.lat(), e.lon(), e.geonameId());
  }

  /** A named area that no gazetteer has ("northern Syria", "Shashdarak"), with the country it belongs to. */
  static Place unlisted(String name, PlaceKind kind, String country) {
    return new Place(name, kind, country, null, null, null);
  }
}
