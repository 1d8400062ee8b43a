package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;

/**
 * The country a word or phrase points at: a demonym ("Ukrainian"), a country name ("Russia"), or a
 * capital or seat used as its government ("Kremlin"). This is the one place that answers the
 * question for the extractors: a stand-in lexicon now, to be backed by
 * {@code org.sitrep.geo.Gazetteer#demonymCountry} when that lands. Immutable and thread-safe.
 */
public final class CountryLexicon {

  private static final String RESOURCE = "/org/sitrep/extract/speaker/countries.tsv";

  private final Map<String, String> codes;

  private CountryLexicon(Map<String, String> codes) {
    this.codes = codes;
  }

  public static CountryLexicon load() {
    return new CountryLexicon(Lexicons.map(RESOURCE));
  }

  /** The ISO 3166-1 alpha-2 code for {@code phrase}, case-insensitive, ignoring a possessive; or null. */
  public String countryOf(String phrase) {
    if (phrase == null) {
      return null;
    }
    String key = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').trim();
    if (key.endsWith("'s")) {
      key = key.substring(0, key.length() - 2);
    }
    if (key.startsWith("the ")) {
      key = key.substring(4);
    }
    return codes.get(key);
  }
}
