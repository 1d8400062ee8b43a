package org.sitrep.internal.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer GAZ = Gazetteer.shared();

    private static GeoEntry best(String name) {
        return GAZ.resolve(name, Set.of()).orElseThrow(() -> new AssertionError("not found: " + name));
    }

    private static GeoEntry best(String name, String... articleCountries) {
        return GAZ.resolve(name, Set.of(articleCountries)).orElseThrow(() -> new AssertionError("not found: " + name));
    }

    @Test
    void holdsEveryCountryAndThousandsOfRegionsAndCities() {
        assertThat(GAZ.count(GeoKind.COUNTRY)).isGreaterThanOrEqualTo(190);
        assertThat(GAZ.count(GeoKind.REGION)).isGreaterThanOrEqualTo(2_000);
        assertThat(GAZ.count(GeoKind.CITY)).isGreaterThanOrEqualTo(20_000);
        assertThat(GAZ.country("UA")).map(GeoEntry::name).contains("Ukraine");
        assertThat(GAZ.country("ua")).map(GeoEntry::name).contains("Ukraine");
    }

    @Test
    void resolvesGeorgiaToTheCountryUnlessTheArticleIsAboutTheUnitedStates() {
        assertThat(best("Georgia")).extracting(GeoEntry::kind, GeoEntry::country)
                .containsExactly(GeoKind.COUNTRY, "GE");
        assertThat(best("Georgia", "US")).extracting(GeoEntry::kind, GeoEntry::country)
                .containsExactly(GeoKind.REGION, "US");
        assertThat(best("Georgia", "US", "GE").kind()).isEqualTo(GeoKind.COUNTRY);
        assertThat(GAZ.candidates("Georgia")).extracting(GeoEntry::country).startsWith("GE", "US");
    }

    @Test
    void resolvesTripoliToLibyaUnlessTheArticleNamesLebanon() {
        assertThat(best("Tripoli")).extracting(GeoEntry::kind, GeoEntry::country)
                .containsExactly(GeoKind.CITY, "LY");
        assertThat(best("Tripoli", "LB")).extracting(GeoEntry::kind, GeoEntry::country)
                .containsExactly(GeoKind.CITY, "LB");
    }

    @Test
    void resolvesBareKurskToTheCityAndKurskWithARegionWordToTheOblast() {
        GeoEntry city = best("Kursk");
        assertThat(city.kind()).isEqualTo(GeoKind.CITY);
        assertThat(city.country()).isEqualTo("RU");
        assertThat(city.geonameId()).isEqualTo(538560L);
        assertThat(best("Kursk", "RU")).isEqualTo(city);

        for (String surface : List.of("Kursk region", "Kursk Oblast", "the Kursk region", "Kursk oblast")) {
            GeoEntry region = best(surface);
            assertThat(region.name()).as(surface).isEqualTo("Kursk Oblast");
            assertThat(region.kind()).isEqualTo(GeoKind.REGION);
            assertThat(region.country()).isEqualTo("RU");
            assertThat(region.lat()).isNotNull();
        }
        assertThat(GAZ.candidates("Kursk")).extracting(GeoEntry::name).contains("Kursk Oblast");
    }

    @Test
    void prefersTheSameNamedRegionWhenTheCityIsSmall() {
        // Donetsk: the Ukrainian city (about 1 million) outranks Donetsk Oblast; a small town would not.
        assertThat(best("Donetsk")).extracting(GeoEntry::kind, GeoEntry::country)
                .containsExactly(GeoKind.CITY, "UA");
        assertThat(best("Donetsk region").name()).isEqualTo("Donetsk Oblast");
        assertThat(best("Kharkiv").kind()).isEqualTo(GeoKind.CITY);
        assertThat(best("Kharkiv Oblast").kind()).isEqualTo(GeoKind.REGION);
        // Idlib city has ~129k: the city; Sumy likewise; a region without a city of its name stays a region.
        assertThat(best("Idlib province").name()).isEqualTo("Idlib Governorate");
        assertThat(best("Crimea")).extracting(GeoEntry::kind, GeoEntry::country)
                .containsExactly(GeoKind.REGION, "UA");
    }

    @Test
    void prefersTheRegionNamedWithARegionWordAfterARegionWord() {
        assertThat(best("Moscow region").name()).isEqualTo("Moscow Oblast");
        assertThat(best("Moscow")).extracting(GeoEntry::kind, GeoEntry::country)
                .containsExactly(GeoKind.CITY, "RU");
    }

    @Test
    void listsSevastopolUnderUkraineAsIso31662Does() {
        assertThat(GAZ.candidates("Sevastopol")).extracting(GeoEntry::country).containsOnly("UA");
        assertThat(best("Sevastopol").kind()).isEqualTo(GeoKind.CITY);
    }

    @Test
    void doesNotTakeAdjectivesForRegionNames() {
        assertThat(GAZ.isKnown("Jewish")).isFalse();
        assertThat(GAZ.isKnown("Chechen")).isFalse();
        assertThat(best("Chechnya").name()).isEqualTo("Chechen Republic");
    }

    @Test
    void fallsBackToTheBareNameWhenNoRegionHasIt() {
        assertThat(best("Bakhmut region")).extracting(GeoEntry::name, GeoEntry::kind)
                .containsExactly("Bakhmut", GeoKind.CITY);
    }

    @Test
    void resolvesCountryAliases() {
        assertThat(GAZ.countryCodeOf("U.S.")).contains("US");
        assertThat(GAZ.countryCodeOf("US")).contains("US");
        assertThat(GAZ.countryCodeOf("USA")).contains("US");
        assertThat(GAZ.countryCodeOf("the United States")).contains("US");
        assertThat(GAZ.countryCodeOf("United States of America")).contains("US");
        assertThat(GAZ.countryCodeOf("America")).contains("US");
        assertThat(GAZ.countryCodeOf("Britain")).contains("GB");
        assertThat(GAZ.countryCodeOf("Great Britain")).contains("GB");
        assertThat(GAZ.countryCodeOf("UK")).contains("GB");
        assertThat(GAZ.countryCodeOf("DPRK")).contains("KP");
        assertThat(GAZ.countryCodeOf("North Korea")).contains("KP");
        assertThat(GAZ.countryCodeOf("Republic of Korea")).contains("KR");
        assertThat(GAZ.countryCodeOf("ROK")).contains("KR");
        assertThat(GAZ.countryCodeOf("Ivory Coast")).contains("CI");
        assertThat(GAZ.countryCodeOf("Côte d’Ivoire")).contains("CI");
        assertThat(GAZ.countryCodeOf("Russian Federation")).contains("RU");
        assertThat(GAZ.countryCodeOf("Czechia")).contains("CZ");
        assertThat(GAZ.countryCodeOf("Burma")).contains("MM");
        assertThat(GAZ.countryCodeOf("Palestine")).contains("PS");
        assertThat(GAZ.countryCodeOf("Syria")).contains("SY");
        assertThat(GAZ.countryCodeOf("Iran")).contains("IR");
        assertThat(GAZ.countryCodeOf("DRC")).contains("CD");
        assertThat(GAZ.countryCodeOf("the Netherlands")).contains("NL");
        assertThat(GAZ.countryCodeOf("Holland")).contains("NL");
        assertThat(GAZ.countryCodeOf("UAE")).contains("AE");
        assertThat(GAZ.countryCodeOf("Turkey")).contains("TR");
        assertThat(GAZ.countryCodeOf("Türkiye")).contains("TR");
    }

    @Test
    void matchesAcronymsOnlyInCapitals() {
        assertThat(GAZ.isKnown("us")).isFalse();
        assertThat(GAZ.isKnown("Us")).isFalse();
        assertThat(GAZ.countryCodeOf("uk")).isEmpty();
        assertThat(GAZ.countryCodeOf("The U.S.")).contains("US");
    }

    @Test
    void countryCodeOfIgnoresPlacesThatAreNotCountries() {
        assertThat(GAZ.countryCodeOf("Kyiv")).isEmpty();
        assertThat(GAZ.countryCodeOf("Gaza Strip")).isEmpty();
    }

    @Test
    void mapsDemonymsToCountries() {
        assertThat(GAZ.demonymCountry("North Korean")).contains("KP");
        assertThat(GAZ.demonymCountry("north korean")).contains("KP");
        assertThat(GAZ.demonymCountry("South Korean")).contains("KR");
        assertThat(GAZ.demonymCountry("Emirati")).contains("AE");
        assertThat(GAZ.demonymCountry("Ukrainians")).contains("UA");
        assertThat(GAZ.demonymCountry("UKRAINIAN")).contains("UA");
        assertThat(GAZ.demonymCountry("Israelis")).contains("IL");
        assertThat(GAZ.demonymCountry("Palestinians")).contains("PS");
        assertThat(GAZ.demonymCountry("Russians")).contains("RU");
        assertThat(GAZ.demonymCountry("American")).contains("US");
        assertThat(GAZ.demonymCountry("British")).contains("GB");
        assertThat(GAZ.demonymCountry("Saudi")).contains("SA");
        for (String[] pair : new String[][] {{"Israeli", "IL"}, {"Iranian", "IR"}, {"Syrian", "SY"},
                {"Lebanese", "LB"}, {"Yemeni", "YE"}, {"Sudanese", "SD"}, {"Chinese", "CN"},
                {"Belarusian", "BY"}, {"Georgian", "GE"}, {"Russian", "RU"}}) {
            assertThat(GAZ.demonymCountry(pair[0])).as(pair[0]).contains(pair[1]);
        }
    }

    @Test
    void leavesGroupsThatAreNotNationalitiesOut() {
        assertThat(GAZ.demonymCountry("Houthi")).isEmpty();
        assertThat(GAZ.demonymCountry("Kurdish")).isEmpty();
    }

    @Test
    void resolvesKyivAndKievToTheSameCity() {
        GeoEntry kyiv = best("Kyiv");
        assertThat(kyiv).extracting(GeoEntry::kind, GeoEntry::country).containsExactly(GeoKind.CITY, "UA");
        assertThat(kyiv.population()).isGreaterThan(1_000_000);
        assertThat(best("Kiev")).isEqualTo(kyiv);
        assertThat(best("Kiev region").name()).isEqualTo("Kyiv Oblast");
    }

    @Test
    void resolvesSpellingVariantsOfConflictPlaces() {
        String[][] sameAs = {
                {"Kharkov", "Kharkiv"}, {"Slavyansk", "Sloviansk"}, {"Odesa", "Odessa"}, {"Lugansk", "Luhansk"},
                {"Zaporozhye", "Zaporizhzhia"}, {"Dnipropetrovsk", "Dnipro"}, {"Nikolaev", "Mykolaiv"},
                {"Artemivsk", "Bakhmut"}, {"Avdiivka", "Avdeyevka"}, {"Khan Younis", "Khan Yunis"},
                {"Sana'a", "Sanaa"}, {"Sana’a", "Sanaa"}, {"Hodeidah", "Hudaydah"}, {"Raqqa", "Ar Raqqah"},
                {"Kramatorsk", "Kramators’k"}, {"Gaza City", "Gaza City"},
                {"St. Petersburg", "Saint Petersburg"}, {"Rostov-on-Don", "Rostov"}};
        for (String[] pair : sameAs) {
            GeoEntry a = best(pair[0]);
            assertThat(a.kind()).as(pair[0]).isEqualTo(GeoKind.CITY);
            assertThat(best(pair[1])).as(pair[1]).isEqualTo(a);
        }
        for (String place : List.of("Donetsk", "Mariupol", "Rafah", "Aleppo", "Idlib", "Homs", "Mosul",
                "Khartoum", "Omdurman", "El Fasher", "Benghazi", "Goma", "Mogadishu", "Sudzha")) {
            assertThat(best(place).kind()).as(place).isEqualTo(GeoKind.CITY);
        }
    }

    @Test
    void resolvesCuratedAreasAndFeatures() {
        assertThat(best("Gaza Strip")).extracting(GeoEntry::kind, GeoEntry::country)
                .containsExactly(GeoKind.REGION, "PS");
        assertThat(best("Gaza").name()).isEqualTo("Gaza Strip");
        assertThat(best("the West Bank").country()).isEqualTo("PS");
        assertThat(best("Donbass").name()).isEqualTo("Donbas");
        assertThat(best("DPR").name()).isEqualTo("Donetsk People's Republic");
        assertThat(best("Nagorno Karabakh").name()).isEqualTo("Nagorno-Karabakh");
        GeoEntry redSea = best("Red Sea");
        assertThat(redSea.kind()).isEqualTo(GeoKind.FEATURE);
        assertThat(redSea.country()).isNull();
        assertThat(best("Black Sea").kind()).isEqualTo(GeoKind.FEATURE);
        assertThat(best("Sea of Azov").kind()).isEqualTo(GeoKind.FEATURE);
        assertThat(best("Dnieper").name()).isEqualTo("Dnipro River");
        assertThat(best("Dnipro").kind()).isEqualTo(GeoKind.CITY);
    }

    @Test
    void ignoresCaseAccentsHyphensAndApostrophes() {
        GeoEntry kyiv = best("Kyiv");
        assertThat(best("KYIV")).isEqualTo(kyiv);
        assertThat(best("  kyiv ")).isEqualTo(kyiv);
        assertThat(best("Zürich")).isEqualTo(best("zurich"));
        assertThat(best("São Paulo")).isEqualTo(best("sao paulo"));
        assertThat(best("Ivano Frankivsk")).isEqualTo(best("Ivano-Frankivsk"));
        assertThat(best("Cote d'Ivoire")).isEqualTo(best("Côte d’Ivoire"));
    }

    @Test
    void returnsNothingForUnknownPlacesWithoutThrowing() {
        assertThat(GAZ.candidates("Qwertyuiopville")).isEmpty();
        assertThat(GAZ.resolve("Qwertyuiopville", Set.of("US"))).isEmpty();
        assertThat(GAZ.resolve("", null)).isEmpty();
        assertThat(GAZ.candidates(null)).isEmpty();
        assertThat(GAZ.candidates("  -- ")).isEmpty();
        assertThat(GAZ.isKnown("the")).isFalse();
        assertThat(GAZ.demonymCountry(null)).isEqualTo(Optional.empty());
        assertThat(GAZ.country("ZZ")).isEmpty();
        assertThat(GAZ.country(null)).isEmpty();
    }

    /**
     * Capitalised English words that are also towns somewhere (GeoNames places of 1,000 people and more):
     * sentence-initial or headline words would otherwise read as villages in Poland, South Africa or the
     * United States. Cities of 100,000 and more keep their name ("Split", "Reading", "Mobile").
     */
    @Test
    void guardsAgainstSmallTownsNamedByCommonEnglishWords() {
        for (String word : List.of("Police", "Hope", "Mission", "Union", "Deal", "Success", "Unity",
                "March", "Bath", "Federal", "Research", "Page", "Young", "Marathon")) {
            assertThat(GAZ.candidates(word)).as(word).noneMatch(e -> e.kind() == GeoKind.CITY);
        }
        assertThat(GAZ.candidates("Split")).extracting(GeoEntry::country).contains("HR");
        assertThat(GAZ.isKnown("As")).as("names shorter than three letters").isFalse();
    }

    @Test
    void holdsVillagesAndDistrictTownsDownToAThousandPeople() {
        assertThat(GAZ.count(GeoKind.CITY)).isGreaterThan(100_000);
        assertThat(best("Metulla")).extracting(GeoEntry::kind, GeoEntry::country).containsExactly(GeoKind.CITY, "IL");
        assertThat(best("Soledar")).extracting(GeoEntry::country).isEqualTo("UA");
        assertThat(best("Novoazovsk")).extracting(GeoEntry::country).isEqualTo("UA");
        // a district seat whose population GeoNames does not give
        assertThat(best("Velyka Novosilka")).extracting(GeoEntry::country).isEqualTo("UA");
        assertThat(best("Geneva")).extracting(GeoEntry::country).isEqualTo("CH");
    }

    @Test
    void leavesOrdinaryWordsThatNameRegionsOut() {
        assertThat(GAZ.isKnown("Northern")).isFalse();
        assertThat(GAZ.isKnown("Littoral")).isFalse();
    }

    @Test
    void reportsTheLongestNameInWords() {
        assertThat(GAZ.maxNameTokens()).isBetween(4, 12);
    }

    @Test
    void returnsImmutableCandidateLists() {
        List<GeoEntry> list = GAZ.candidates("Tripoli");
        assertThatThrownBy(() -> list.add(list.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void answersTheSameFromManyThreads() throws Exception {
        List<String> names = List.of("Kursk", "Kursk region", "Georgia", "Tripoli", "Kiev", "U.S.", "Gaza");
        List<GeoEntry> expected = names.stream().map(n -> best(n)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<GeoEntry>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> names.stream().map(n -> best(n)).toList()));
            }
            for (Future<List<GeoEntry>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void dependsOnNothingElseOfSitrepButTheLexiconReaderNorOnCoreNlp() throws IOException {
        Path dir = Path.of("src/main/java/org/sitrep/internal/geo");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("import ") && !line.startsWith("import org.sitrep.internal.lexicon.")) {
                        assertThat(line).as(file.getFileName().toString())
                                .doesNotContain("org.sitrep.").doesNotContain("edu.stanford.");
                    }
                }
            }
        }
    }
}
