package org.sitrep.extract.location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.GeoKind;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds the places an article names and resolves each in the article's context.
 *
 * <p>Only capitalised tokens are looked up ("Police", "Split" and "Mobile" are real places), in
 * windows of up to {@link Gazetteer#maxNameTokens()} tokens, longest first. A following region word
 * is part of the name ("the Kursk region" is the oblast); a preceding compass adjective makes a
 * country a region of it ("northern Syria"). A name the gazetteer lacks but the NER calls a location
 * becomes an unlisted place in the country the sentence or article is about.
 *
 * <p>Resolution prefers readings in countries the article names, and once "the Kursk region" has
 * been read as the oblast, a later bare "Kursk" is the oblast too.
 */
final class PlaceFinder {

  private static final Set<String> REGION_WORDS = Set.of("region", "regions", "province", "provinces",
      "oblast", "oblasts", "governorate", "district", "area", "state", "county", "territory", "krai");
  private static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western",
      "northeastern", "northwestern", "southeastern", "southwestern", "central", "north", "south", "east",
      "west");
  private static final Set<String> NAME_TAGS = Set.of("O", "LOCATION", "ORGANIZATION", "MISC", "PERSON");
  private static final Set<String> CONNECTORS = Set.of("of", "al", "el", "on", "de", "upon", "the");

  private static final int NATIONALITY_WINDOW = 6;

  private final Gazetteer gazetteer;
  private final Areas areas;
  private final Lexicon lexicon;

  PlaceFinder(Gazetteer gazetteer, Areas areas, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.areas = areas;
    this.lexicon = lexicon;
  }

  /** A name found in the text before resolution. */
  private record Found(int first, int end, String name, String regionWord, int regionEnd, List<GeoEntry> readings,
      boolean personTagged) {}

  List<PlaceMention> find(Document doc) {
    List<Found> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      scan(doc, s, found);
    }
    Set<String> articleCountries = new HashSet<>();
    Map<String, Set<String>> placesInside = new HashMap<>();
    Map<String, Integer> countryCounts = new HashMap<>();
    for (Found f : found) {
      if (f.readings().isEmpty() || f.readings().get(0).country() == null) {
        continue;
      }
      GeoEntry top = f.readings().get(0);
      if (top.kind() != GeoKind.COUNTRY && !f.personTagged()) {
        placesInside.computeIfAbsent(top.country(), k -> new HashSet<>()).add(f.name().toLowerCase(Locale.ROOT));
      } else if (f.readings().stream().noneMatch(e -> e.kind() == GeoKind.REGION && !top.country().equals(e.country()))) {
        // "Georgia" is also a US state, so it does not say which country the article is about; towns named
        // after a country ("Lebanon", Tennessee) do not count
        articleCountries.add(top.country());
      }
    }
    Map<String, GeoEntry> regionReadings = new HashMap<>();
    List<PlaceMention> out = new ArrayList<>(found.size());
    List<Place> resolved = new ArrayList<>(found.size());
    // a name the NER calls a person is a place only in a country the article names ("Shakhtarsk" in Ukraine)
    found.removeIf(f -> f.personTagged() && f.readings().stream()
        .noneMatch(e -> e.kind() != GeoKind.COUNTRY && articleCountries.contains(e.country())));
    for (Found f : found) {
      Place place = null;
      if (!f.readings().isEmpty()) {
        GeoEntry e = resolve(f, articleCountries, placesInside, regionReadings);
        place = Places.of(e);
        if (e.country() != null && !isModifier(doc, f)) {
          countryCounts.merge(e.country(), 1, Integer::sum);
        }
      }
      resolved.add(place);
    }
    String articleCountry = countryCounts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
    String lastCountry = null;
    int lastSentence = -1;
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      Place place = resolved.get(i);
      int sentence = doc.tokens().get(f.first()).sentence();
      if (sentence != lastSentence) {
        lastCountry = null;
        lastSentence = sentence;
      }
      if (place == null) {
        place = areas.find(f.name()).orElse(null);
      }
      if (place == null) {
        String country = nationalityNear(doc, f).orElse(lastCountry != null ? lastCountry : articleCountry);
        PlaceKind kind = f.regionWord() != null ? PlaceKind.REGION : PlaceKind.OTHER;
        place = Places.unlisted(f.name(), kind, country);
      } else if (place.country() != null) {
        lastCountry = place.country();
      }
      out.add(mention(doc, f, place));
    }
    return out;
  }

  /**
   * The reading of a name in this article. A country stays the country unless the article names other
   * places in a country that has a region of that name ("Georgia" beside "Atlanta"); another name takes
   * the first reading in a country the article names or has places in.
   */
  private GeoEntry resolve(Found f, Set<String> articleCountries, Map<String, Set<String>> placesInside,
      Map<String, GeoEntry> regionReadings) {
    String key = f.name().toLowerCase(Locale.ROOT);
    GeoEntry top = f.readings().get(0);
    if (f.regionWord() != null) {
      if (top.kind() == GeoKind.REGION) {
        regionReadings.putIfAbsent(key, top);
      }
      return top;
    }
    GeoEntry earlier = regionReadings.get(key);
    if (earlier != null) {
      return earlier;
    }
    if (top.kind() == GeoKind.COUNTRY) {
      return f.readings().stream()
          .filter(e -> e.kind() == GeoKind.REGION && hasOtherPlaces(placesInside, e.country(), key))
          .findFirst().orElse(top);
    }
    for (GeoEntry e : f.readings()) {
      if (e.country() != null && articleCountries.contains(e.country())) {
        return e;
      }
    }
    for (GeoEntry e : f.readings()) {
      if (e.country() != null && hasOtherPlaces(placesInside, e.country(), key)) {
        return e;
      }
    }
    return top;
  }

  /** Whether the article names a place in {@code country} other than {@code name} itself. */
  private static boolean hasOtherPlaces(Map<String, Set<String>> placesInside, String country, String name) {
    Set<String> names = placesInside.get(country);
    return names != null && (names.size() > 1 || !names.contains(name));
  }

  private PlaceMention mention(Document doc, Found f, Place place) {
    List<Token> tokens = doc.tokens();
    int first = f.first();
    int end = f.regionEnd();
    if (first > 0 && isCompass(tokens.get(first - 1)) && tokens.get(first - 1).sentence()
        == tokens.get(first).sentence() && place.kind() != PlaceKind.CITY) {
      first--;
      String direction = tokens.get(first).word().toLowerCase(Locale.ROOT);
      PlaceKind kind = place.kind() == PlaceKind.COUNTRY ? PlaceKind.REGION : place.kind();
      place = Places.unlisted(direction + " " + place.name(), kind, place.country());
    }
    if (f.regionEnd() > f.end() && first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("the")) {
      first--;
    }
    int head = headOf(doc, f.first(), end);
    return new PlaceMention(first, end, tokens.get(first).begin(), tokens.get(end - 1).end(), head, place);
  }

  /**
   * The country of a nationality word that describes the place: "the southern Israeli town of Sderot",
   * "Sderot, a southern Israeli town".
   */
  private Optional<String> nationalityNear(Document doc, Found f) {
    List<Token> tokens = doc.tokens();
    Sentence s = doc.sentences().get(tokens.get(f.first()).sentence());
    int from = Math.max(s.firstToken(), f.first() - NATIONALITY_WINDOW);
    int to = Math.min(s.endToken(), f.regionEnd() + NATIONALITY_WINDOW);
    for (int k = from; k < to - 1; k++) {
      if (k >= f.first() && k < f.regionEnd()) {
        continue;
      }
      Token t = tokens.get(k);
      if (!Character.isUpperCase(t.word().codePointAt(0))) {
        continue;
      }
      Optional<String> country = gazetteer.demonymCountry(t.word());
      if (country.isEmpty()) {
        continue;
      }
      for (int n = k + 1; n <= k + 2 && n < to; n++) {
        if (tokens.get(n).isNoun() && lexicon.isContainer(tokens.get(n).lemma().toLowerCase(Locale.ROOT))) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  /** "U.S." in "U.S. troops": the name of an owner, which says little about where the article is. */
  private static boolean isModifier(Document doc, Found f) {
    String rel = doc.relation(headOf(doc, f.first(), f.end()));
    return rel != null && (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss"));
  }

  private static boolean isCompass(Token t) {
    return COMPASS.contains(t.word().toLowerCase(Locale.ROOT)) && !t.isProperNoun();
  }

  /** The token of {@code first..end} whose dependency head lies outside it. */
  static int headOf(Document doc, int first, int end) {
    for (int i = end - 1; i >= first; i--) {
      int h = doc.head(i);
      if (h < first || h >= end) {
        return i;
      }
    }
    return end - 1;
  }

  private void scan(Document doc, Sentence s, List<Found> found) {
    List<Token> tokens = doc.tokens();
    int max = Math.max(1, gazetteer.maxNameTokens());
    int i = s.firstToken();
    while (i < s.endToken()) {
      Token t = tokens.get(i);
      if (!isNameToken(t)) {
        i++;
        continue;
      }
      Found hit = null;
      int limit = Math.min(s.endToken(), i + max);
      for (int j = limit; j > i && hit == null; j--) {
        if (!isNameWindow(tokens, i, j)) {
          continue;
        }
        hit = lookup(doc, s, i, j);
      }
      if (hit == null) {
        hit = unlisted(doc, s, i);
      }
      if (hit != null) {
        found.add(hit);
        i = hit.regionEnd();
      } else {
        i++;
      }
    }
  }

  private Found lookup(Document doc, Sentence s, int first, int end) {
    List<Token> tokens = doc.tokens();
    String name = doc.text(tokens.get(first).begin(), tokens.get(end - 1).end());
    int regionAt = end;
    if (regionAt < s.endToken() && tokens.get(regionAt).word().equalsIgnoreCase("border")
        && regionAt + 1 < s.endToken() && isRegionWord(tokens.get(regionAt + 1))) {
      regionAt++;
    }
    if (regionAt < s.endToken() && isRegionWord(tokens.get(regionAt))) {
      String word = singular(tokens.get(regionAt).word().toLowerCase(Locale.ROOT));
      List<GeoEntry> regions = gazetteer.candidates(name + " " + word);
      if (!regions.isEmpty() && regions.get(0).kind() == GeoKind.REGION) {
        return new Found(first, end, name, word, regionAt + 1, regions, false);
      }
    }
    String shared = sharedRegionWord(tokens, s, end);
    if (shared != null) {
      List<GeoEntry> regions = gazetteer.candidates(name + " " + shared);
      if (!regions.isEmpty() && regions.get(0).kind() == GeoKind.REGION) {
        return new Found(first, end, name, shared, end, regions, false);
      }
    }
    List<GeoEntry> readings = gazetteer.candidates(name);
    if (readings.isEmpty()) {
      return areas.find(name).isPresent() ? new Found(first, end, name, null, end, List.of(), false) : null;
    }
    if (insideLongerName(doc, first, end)) {
      return null;
    }
    if (allTagged(tokens, first, end, "ORGANIZATION") && name.indexOf('.') >= 0 && isSmallTown(readings.get(0))) {
      return null;
    }
    return new Found(first, end, name, null, end, readings, allTagged(tokens, first, end, "PERSON"));
  }

  /** "Donetsk" in "the Donetsk and Luhansk regions": the plural region word after the next name, singular. */
  private static String sharedRegionWord(List<Token> tokens, Sentence s, int end) {
    if (end >= s.endToken() || !(tokens.get(end).word().equals("and") || tokens.get(end).word().equals(","))) {
      return null;
    }
    for (int k = end + 1; k < Math.min(s.endToken(), end + 5); k++) {
      Token t = tokens.get(k);
      if (isRegionWord(t)) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.endsWith("s") && k > end + 1 && isNameToken(tokens.get(k - 1)) ? singular(w) : null;
      }
      if (!isNameToken(t) && !t.word().equals("and") && !t.word().equals(",")) {
        return null;
      }
    }
    return null;
  }

  /** A run of tokens the NER calls a location, that the gazetteer does not know. */
  private Found unlisted(Document doc, Sentence s, int first) {
    List<Token> tokens = doc.tokens();
    if (!"LOCATION".equals(tokens.get(first).ner())) {
      return null;
    }
    int end = first + 1;
    while (end < s.endToken() && "LOCATION".equals(tokens.get(end).ner())) {
      end++;
    }
    if (!tokens.get(end - 1).isProperNoun()) {
      return null;
    }
    String name = doc.text(tokens.get(first).begin(), tokens.get(end - 1).end());
    if (end < s.endToken() && isRegionWord(tokens.get(end))) {
      return new Found(first, end, name, singular(tokens.get(end).word().toLowerCase(Locale.ROOT)), end + 1,
          List.of(), false);
    }
    return new Found(first, end, name, null, end, List.of(), false);
  }

  private static boolean isRegionWord(Token t) {
    return REGION_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) && !t.isProperNoun();
  }

  private static String singular(String word) {
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  private static boolean allTagged(List<Token> tokens, int first, int end, String ner) {
    for (int k = first; k < end; k++) {
      if (!ner.equals(tokens.get(k).ner())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Europe" in "the Organization for Security and Cooperation in Europe" and "Abu" in "Adnan Abu Hasna" are
   * part of a longer name.
   */
  private static boolean insideLongerName(Document doc, int first, int end) {
    for (Mention m : doc.mentions()) {
      if (m.firstToken() > first) {
        break;
      }
      boolean name = "ORGANIZATION".equals(m.type()) || "PERSON".equals(m.type());
      if (name && m.firstToken() <= first && m.endToken() >= end
          && m.endToken() - m.firstToken() > end - first) {
        return true;
      }
    }
    return false;
  }

  /** "U.N." is also a small town in India: an organisation's name reads as a town only if it is a large one. */
  private static boolean isSmallTown(GeoEntry e) {
    return e.kind() == GeoKind.CITY && e.population() < 100_000;
  }

  private static boolean isNameWindow(List<Token> tokens, int first, int end) {
    if (!isNameToken(tokens.get(end - 1))) {
      return false;
    }
    for (int k = first + 1; k < end - 1; k++) {
      Token t = tokens.get(k);
      if (!isNameToken(t) && !CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised proper noun, or a capitalised token the NER calls a location; not a date ("March"). */
  static boolean isNameToken(Token t) {
    String w = t.word();
    if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || !NAME_TAGS.contains(t.ner())) {
      return false;
    }
    return t.isProperNoun() || "LOCATION".equals(t.ner());
  }

  Optional<String> demonymCountry(String word) {
    return gazetteer.demonymCountry(word);
  }
}
