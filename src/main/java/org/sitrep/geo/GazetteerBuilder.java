package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the resources into mutable indexes, then ranks and freezes them into a {@link Gazetteer}. */
final class GazetteerBuilder {

    /** A city this large is what a bare name means even when a same-named region of its country exists. */
    static final long BIG_CITY = 100_000;

    private final Map<String, List<GeoEntry>> names = new HashMap<>(1 << 16);
    private final Map<String, List<GeoEntry>> acronyms = new HashMap<>();
    private final Map<String, GeoEntry> countries = new LinkedHashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<GeoKind, Integer> counts = new EnumMap<>(GeoKind.class);
    /** Entries of the hand-made features file; identity matters, not value. */
    private final Set<GeoEntry> curated = Collections.newSetFromMap(new IdentityHashMap<>());

    Gazetteer build() {
        Tsv.read("countries.tsv", 6, this::country);
        Tsv.read("regions.tsv", 6, this::region);
        Tsv.read("cities.tsv", 6, this::city);
        Tsv.read("features.tsv", 5, this::feature);
        Tsv.read("aliases.tsv", 3, this::alias);
        Tsv.read("demonyms.tsv", 2, this::demonym);
        Tsv.read("demonyms-extra.tsv", 2, this::demonym);
        return new Gazetteer(freeze(names), freeze(acronyms), countries, demonyms, counts,
                maxNameTokens());
    }

    private void country(Tsv.Row row) {
        String code = row.get(0);
        GeoEntry e = new GeoEntry(row.get(1), GeoKind.COUNTRY, code, Tsv.decimal(row, 2), Tsv.decimal(row, 3),
                null, 0);
        if (countries.putIfAbsent(code, e) != null) {
            throw new IllegalStateException(row.where() + ": duplicate country " + code);
        }
        index(e, row.get(5));
    }

    private void region(Tsv.Row row) {
        index(new GeoEntry(row.get(0), GeoKind.REGION, row.get(1), Tsv.decimal(row, 2), Tsv.decimal(row, 3),
                Tsv.integer(row, 4), 0), row.get(5));
    }

    private void city(Tsv.Row row) {
        Long population = Tsv.integer(row, 5);
        index(new GeoEntry(row.get(1), GeoKind.CITY, row.get(2), Tsv.decimal(row, 3), Tsv.decimal(row, 4),
                Tsv.integer(row, 0), population == null ? 0 : population), "");
    }

    private void feature(Tsv.Row row) {
        String country = row.get(2);
        GeoEntry e = new GeoEntry(row.get(0), GeoKind.valueOf(row.get(1)), country.isEmpty() ? null : country,
                Tsv.decimal(row, 3), Tsv.decimal(row, 4), null, 0);
        curated.add(e);
        index(e, row.get(5));
    }

    /** The alias gets every entry of the row's country (and kind, if given) that the target name finds. */
    private void alias(Tsv.Row row) {
        String country = row.get(1);
        GeoKind kind = row.get(3).isEmpty() ? null : GeoKind.valueOf(row.get(3));
        List<GeoEntry> targets = names.getOrDefault(Names.fold(row.get(2)), List.of()).stream()
                .filter(e -> country.equals(e.country()) && (kind == null || e.kind() == kind))
                .toList();
        if (targets.isEmpty()) {
            throw new IllegalStateException(row.where() + ": no place named " + row.get(2) + " in " + country);
        }
        targets.forEach(e -> name(row.get(0), e));
    }

    private void demonym(Tsv.Row row) {
        String code = row.get(1);
        if (!countries.containsKey(code)) {
            throw new IllegalStateException(row.where() + ": unknown country code " + code);
        }
        demonyms.put(Names.fold(row.get(0)), code);
    }

    private void index(GeoEntry e, String aliases) {
        counts.merge(e.kind(), 1, Integer::sum);
        name(e.name(), e);
        if (!aliases.isEmpty()) {
            for (String alias : aliases.split("\\|")) {
                name(alias, e);
            }
        }
    }

    private void name(String surface, GeoEntry e) {
        String acronym = Names.acronym(surface);
        String key = acronym != null ? acronym : Names.fold(surface);
        if (key.isEmpty()) {
            return;
        }
        List<GeoEntry> list = (acronym != null ? acronyms : names).computeIfAbsent(key, k -> new ArrayList<>(1));
        for (GeoEntry x : list) {
            if (x == e) {
                return;
            }
        }
        list.add(e);
    }

    private int maxNameTokens() {
        int max = 1;
        for (Map.Entry<String, List<GeoEntry>> e : names.entrySet()) {
            boolean region = false;
            for (GeoEntry x : e.getValue()) {
                region |= x.kind() == GeoKind.REGION;
            }
            // A region name may be followed by a region word: "Kursk Oblast", "Donetsk region".
            max = Math.max(max, Names.tokens(e.getKey()) + (region ? 1 : 0));
        }
        return max;
    }

    private Map<String, List<GeoEntry>> freeze(Map<String, List<GeoEntry>> index) {
        index.replaceAll((key, list) -> List.copyOf(ranked(list)));
        return Map.copyOf(index);
    }

    /**
     * The default order of the readings of one name: countries; then the hand-curated areas and
     * features; then cities of at least {@link #BIG_CITY} people whose country also has a region of that
     * name ("Kursk", "Donetsk"); then regions; then other cities; then other features. Larger population
     * first within a rank; otherwise the order of the resource files.
     */
    private List<GeoEntry> ranked(List<GeoEntry> list) {
        if (list.size() < 2) {
            return list;
        }
        Set<String> regionCountries = new HashSet<>();
        for (GeoEntry e : list) {
            if (e.kind() == GeoKind.REGION && e.country() != null) {
                regionCountries.add(e.country());
            }
        }
        List<GeoEntry> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt((GeoEntry e) -> rank(e, regionCountries))
                .thenComparing(Comparator.comparingLong(GeoEntry::population).reversed()));
        return sorted;
    }

    private int rank(GeoEntry e, Set<String> regionCountries) {
        if (e.kind() == GeoKind.COUNTRY) {
            return 0;
        }
        if (curated.contains(e)) {
            return 1;
        }
        return switch (e.kind()) {
            case CITY -> e.population() >= BIG_CITY && regionCountries.contains(e.country()) ? 2 : 4;
            case REGION -> 3;
            case FEATURE -> 5;
            default -> 6;
        };
    }
}
