package org.sitrep.internal.geo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-process gazetteer of countries, first-level regions, cities of at least 15,000 people and a few
 * curated areas and features, read from this package's resources (see their README).
 *
 * <p>Names match case-insensitively and ignore accents, apostrophes, dots, hyphens and a leading "the":
 * "Côte d’Ivoire", "cote divoire" and "the Côte-d'Ivoire" are one name. Acronyms ("US", "U.S.", "UAE",
 * "DPRK") match only in capitals, so "us" is not the United States.
 *
 * <p>Ranking of the readings of one name, best first: countries; the hand-curated areas and features
 * ("Gaza" is the Gaza Strip); a city of at least 100,000 people whose country also has a region of that
 * name ("Kursk" is the city, not Kursk Oblast); regions; other cities by population; other features.
 * A name followed by a region word ("Kursk region", "Donetsk oblast", "Idlib province") reads as the
 * region only, regions whose own name ends in a region word first ("Moscow region" is Moscow Oblast
 * before the federal city); when no region has that name it reads as the bare name ("Bakhmut region"
 * is Bakhmut).
 *
 * <p>An instance is immutable once loaded and safe to share between threads.
 */
public final class Gazetteer {

    private static final Set<String> REGION_WORDS = Set.of("oblast", "region", "province", "governorate",
            "governate", "state", "district", "krai", "kray", "prefecture", "county", "department", "voivodeship",
            "territory");

    private final Map<String, List<GeoEntry>> names;
    private final Map<String, List<GeoEntry>> acronyms;
    private final Map<String, GeoEntry> countries;
    private final Map<String, String> demonyms;
    private final Map<GeoKind, Integer> counts;
    private final int maxNameTokens;

    Gazetteer(Map<String, List<GeoEntry>> names, Map<String, List<GeoEntry>> acronyms,
              Map<String, GeoEntry> countries, Map<String, String> demonyms, Map<GeoKind, Integer> counts,
              int maxNameTokens) {
        this.names = Map.copyOf(names);
        this.acronyms = Map.copyOf(acronyms);
        this.countries = Map.copyOf(countries);
        this.demonyms = Map.copyOf(demonyms);
        this.counts = new EnumMap<>(counts);
        this.maxNameTokens = maxNameTokens;
    }

    /**
     * Reads the gazetteer from the classpath. Takes about half a second of CPU and keeps about 10 MB of heap:
     * load once and keep the instance.
     *
     * @throws IllegalStateException if a resource is missing or malformed
     */
    public static Gazetteer load() {
        return new GazetteerBuilder().build();
    }

    /** One instance for the whole JVM, loaded on first use; it is immutable, so sharing it is safe. */
    public static Gazetteer shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final Gazetteer INSTANCE = load();
    }

    /** Every reading of a surface name, best first (see the class comment); empty if none. */
    public List<GeoEntry> candidates(String name) {
        if (name == null) {
            return List.of();
        }
        String key = Names.fold(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<GeoEntry> found = lookup(name, key);
        if (!found.isEmpty()) {
            return found;
        }
        int space = key.lastIndexOf(' ');
        if (space > 0 && REGION_WORDS.contains(key.substring(space + 1))) {
            List<GeoEntry> bare = names.getOrDefault(key.substring(0, space), List.of());
            List<GeoEntry> regions = new ArrayList<>();
            bare.stream().filter(e -> e.kind() == GeoKind.REGION && hasRegionWord(e.name())).forEach(regions::add);
            bare.stream().filter(e -> e.kind() == GeoKind.REGION && !hasRegionWord(e.name())).forEach(regions::add);
            return regions.isEmpty() ? bare : List.copyOf(regions);
        }
        return List.of();
    }

    /**
     * The best reading of a name in an article: the first candidate whose country is among
     * {@code articleCountries} (the alpha-2 codes the article names unambiguously), else the first
     * candidate. "Georgia" is the country unless the article is about the United States; "Tripoli" is
     * in Libya unless the article names Lebanon.
     */
    public Optional<GeoEntry> resolve(String name, Set<String> articleCountries) {
        List<GeoEntry> all = candidates(name);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (articleCountries != null && !articleCountries.isEmpty()) {
            for (GeoEntry e : all) {
                if (e.country() != null && articleCountries.contains(e.country())) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.of(all.get(0));
    }

    /** The country with an ISO 3166-1 alpha-2 code (case-insensitive). */
    public Optional<GeoEntry> country(String alpha2) {
        return alpha2 == null ? Optional.empty()
                : Optional.ofNullable(countries.get(alpha2.strip().toUpperCase(Locale.ROOT)));
    }

    /** The alpha-2 code of the country that a name or alias denotes ("Britain", "U.S.", "DPRK"); countries only. */
    public Optional<String> countryCodeOf(String nameOrAlias) {
        return candidates(nameOrAlias).stream()
                .filter(e -> e.kind() == GeoKind.COUNTRY)
                .map(GeoEntry::country)
                .findFirst();
    }

    /** The alpha-2 code of a nationality word, adjective or plural noun: "North Korean" KP, "Ukrainians" UA. */
    public Optional<String> demonymCountry(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(demonyms.get(Names.fold(word)));
    }

    /** Whether {@link #candidates(String)} finds anything. */
    public boolean isKnown(String name) {
        return !candidates(name).isEmpty();
    }

    /** The most words any findable name has, including a trailing region word; the width of a token window to scan. */
    public int maxNameTokens() {
        return maxNameTokens;
    }

    /** How many entries of a kind the gazetteer holds (aliases not counted). */
    public int count(GeoKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** "Moscow Oblast" has one, the federal city "Moscow" has none: "Moscow region" prefers the oblast. */
    private static boolean hasRegionWord(String name) {
        String folded = Names.fold(name);
        return REGION_WORDS.contains(folded.substring(folded.lastIndexOf(' ') + 1));
    }

    private List<GeoEntry> lookup(String surface, String key) {
        List<GeoEntry> byName = names.getOrDefault(key, List.of());
        String acronym = Names.acronym(surface);
        List<GeoEntry> byAcronym = acronym == null ? List.of() : acronyms.getOrDefault(acronym, List.of());
        if (byAcronym.isEmpty()) {
            return byName;
        }
        if (byName.isEmpty()) {
            return byAcronym;
        }
        List<GeoEntry> merged = new ArrayList<>(byAcronym);
        byName.stream().filter(e -> !merged.contains(e)).forEach(merged::add);
        return List.copyOf(merged);
    }
}
