package org.sitrep.internal.geo;

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
import java.util.function.Consumer;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;

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
    /** Cities that GeoNames files as a section of another place (a neighbourhood, feature code PPLX). */
    private final Set<GeoEntry> sections = Collections.newSetFromMap(new IdentityHashMap<>());
    /** One string per country code: a hundred thousand rows name about 250 codes. */
    private final Map<String, String> codes = new HashMap<>();

    Gazetteer build() {
        read("countries.tsv", this::country, "code", "name", "lat", "lon", "aliases");
        read("regions.tsv", this::region, "name", "country", "lat", "lon", "geonameId", "aliases");
        read("cities.tsv.gz", this::city, "geonameId", "name", "country", "lat", "lon", "population", "feature");
        read("features.tsv", this::feature, "name", "kind", "country", "lat", "lon", "aliases");
        read("aliases.tsv", this::alias, "alias", "country", "target", "kind");
        read("demonyms.tsv", this::demonym, "word", "code");
        read("demonyms-extra.tsv", this::demonym, "word", "code");
        return new Gazetteer(freeze(names), freeze(acronyms), countries, demonyms, counts,
                maxNameTokens());
    }

    private static void read(String resource, Consumer<Row> sink, String... columns) {
        Table.read(GazetteerBuilder.class, resource).require(columns).rows().forEach(sink);
    }

    private void country(Row row) {
        String code = row.required("code");
        GeoEntry e = new GeoEntry(row.required("name"), GeoKind.COUNTRY, code, row.decimal("lat"), row.decimal("lon"),
                null, 0);
        if (countries.putIfAbsent(code, e) != null) {
            throw row.error("duplicate country " + code);
        }
        index(e, row.get("aliases"));
    }

    private void region(Row row) {
        index(new GeoEntry(row.required("name"), GeoKind.REGION, row.required("country"), row.decimal("lat"),
                row.decimal("lon"), row.integer("geonameId"), 0), row.get("aliases"));
    }

    private void city(Row row) {
        Long population = row.integer("population");
        String country = codes.computeIfAbsent(row.required("country"), c -> c);
        GeoEntry e = new GeoEntry(row.required("name"), GeoKind.CITY, country, row.decimal("lat"),
                row.decimal("lon"), row.integer("geonameId"), population == null ? 0 : population);
        if ("PPLX".equals(row.get("feature"))) {
            sections.add(e);
        }
        index(e, "");
    }

    private void feature(Row row) {
        String country = row.get("country");
        GeoEntry e = new GeoEntry(row.required("name"), row.choice("kind", GeoKind.class),
                country.isEmpty() ? null : country, row.decimal("lat"), row.decimal("lon"), null, 0);
        curated.add(e);
        index(e, row.get("aliases"));
    }

    /** The alias gets every entry of the row's country (and kind, if given) that the target name finds. */
    private void alias(Row row) {
        String country = row.required("country");
        GeoKind kind = row.get("kind").isEmpty() ? null : row.choice("kind", GeoKind.class);
        String target = row.required("target");
        List<GeoEntry> targets = names.getOrDefault(Names.fold(target), List.of()).stream()
                .filter(e -> country.equals(e.country()) && (kind == null || e.kind() == kind))
                .toList();
        if (targets.isEmpty()) {
            throw row.error("no place named " + target + " in " + country);
        }
        targets.forEach(e -> name(row.required("alias"), e));
    }

    private void demonym(Row row) {
        String code = row.required("code");
        if (!countries.containsKey(code)) {
            throw row.error("unknown country code " + code);
        }
        demonyms.put(Names.fold(row.required("word")), code);
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
     * name ("Kursk", "Donetsk"); then regions; then other cities; then sections of cities (neighbourhoods); then
     * other features. Larger population
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
        if (sections.contains(e)) {
            return 5;
        }
        return switch (e.kind()) {
            case CITY -> e.population() >= BIG_CITY && regionCountries.contains(e.country()) ? 2 : 4;
            case REGION -> 3;
            case FEATURE -> 6;
            default -> 7;
        };
    }
}
