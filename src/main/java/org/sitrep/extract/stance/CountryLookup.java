package org.sitrep.extract.stance;

/** The ISO 3166-1 alpha-2 code of a country's name or demonym, or null: the gazetteer's job. */
@FunctionalInterface
public interface CountryLookup {

  String countryCodeOf(String name);

  /** A lookup that knows no country, for when no gazetteer is at hand. */
  static CountryLookup none() {
    return name -> null;
  }
}
