package org.sitrep.internal.extract.source;

import java.util.Locale;
import java.util.Map;
import org.sitrep.internal.geo.Gazetteer;
import org.sitrep.internal.lexicon.Table;

/**
 * The country a word or phrase points at: a demonym ("Ukrainian"), a country name ("Russia"), or a
 * capital or seat used as its government ("Kremlin"). This is the one place that answers the
 * question for the extractors: the gazetteer's demonyms and country names first, then a small
 * lexicon of seats of government and metonyms ({@code countries.tsv}). Immutable and thread-safe.
 */
public final class CountryLexicon {

  private static final String RESOURCE = "/org/sitrep/internal/extract/source/countries.tsv";

  private final Gazetteer gazetteer;
  private final Map<String, String> codes;

  private CountryLexicon(Gazetteer gazetteer, Map<String, String> codes) {
    this.gazetteer = gazetteer;
    this.codes = codes;
  }

  /** Backed by {@code gazetteer}, or by the bundled lexicon alone when it is null. */
  public static CountryLexicon of(Gazetteer gazetteer) {
    return new CountryLexicon(gazetteer, Map.copyOf(Table.read(RESOURCE).lowerMap("phrase", "country")));
  }

  /** Backed by the JVM's shared gazetteer. */
  public static CountryLexicon load() {
    return of(Gazetteer.shared());
  }

  /** The gazetteer's name of the country with ISO code {@code code} ("North Korea" for KP), or {@code code}. */
  public String countryName(String code) {
    if (gazetteer == null) {
      return code;
    }
    return gazetteer.country(code).map(e -> e.name()).orElse(code);
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
    String own = codes.get(key);
    if (own != null || gazetteer == null || key.isEmpty()) {
      return own;
    }
    String folded = key;
    return gazetteer.demonymCountry(folded).or(() -> gazetteer.countryCodeOf(folded)).orElse(null);
  }
}
