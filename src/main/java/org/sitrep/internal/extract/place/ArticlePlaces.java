package org.sitrep.internal.extract.place;

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
import org.sitrep.internal.extract.place.NameScanner.Found;
import org.sitrep.internal.geo.Gazetteer;
import org.sitrep.internal.geo.GeoEntry;
import org.sitrep.internal.geo.GeoKind;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;

/**
 * The places one article names, each resolved in the article's context: the one way an extractor
 * turns a place mention into a {@link Place}.
 *
 * <p>Resolution prefers readings in countries the article names; once "the Kursk region" has been
 * read as the oblast, a later bare "Kursk" is the oblast too. A preceding compass adjective makes a
 * country a region of it ("northern Syria"). A name the gazetteer lacks but the NER calls a location
 * becomes an unlisted place in the country that a nationality word beside it, its sentence or the
 * article is about.
 *
 * <p>Built once per article by {@link PlaceResolver#forDocument}; the mentions are found when
 * first asked for. Not shared between threads.
 */
public final class ArticlePlaces {

  private static final int NATIONALITY_WINDOW = 6;

  private final Document doc;
  private final Gazetteer gazetteer;
  private final Areas areas;
  private final PlaceWords words;
  private final NameScanner scanner;
  private List<PlaceMention> mentions;
  private int[] mentionOfToken;

  ArticlePlaces(Document doc, Gazetteer gazetteer, Areas areas, PlaceWords words) {
    this.doc = doc;
    this.gazetteer = gazetteer;
    this.areas = areas;
    this.words = words;
    this.scanner = new NameScanner(gazetteer, areas, words);
  }

  /** Every place the article names, in text order. */
  public List<PlaceMention> mentions() {
    if (mentions == null) {
      mentions = List.copyOf(find());
      mentionOfToken = new int[doc.tokens().size()];
      java.util.Arrays.fill(mentionOfToken, -1);
      for (int i = 0; i < mentions.size(); i++) {
        TokenRange r = mentions.get(i).tokens();
        for (int k = r.first(); k < r.end(); k++) {
          mentionOfToken[k] = i;
        }
      }
    }
    return mentions;
  }

  /** The index in {@link #mentions()} of the mention that holds {@code token}, or -1. */
  public int mentionIndexAt(int token) {
    mentions();
    return mentionOfToken[token];
  }

  /**
   * The place named in a locative phrase ("in the Kursk region", "near Bakhmut") that starts within
   * {@code window} tokens after {@code after}, before {@code end} and before a finite verb or ";"
   * that is not right after {@code after}; null when none.
   */
  public PlaceMention placeAfter(int after, int end, int window) {
    int limit = Math.min(end, after + window);
    for (int k = after; k < limit; k++) {
      Token t = doc.tokens().get(k);
      if ((t.word().equals(";") || t.pos().equals("VBD") || t.pos().equals("VBZ")) && k > after + 1) {
        return null;
      }
      if (!words.isLocative(t.word().toLowerCase(Locale.ROOT)) || k + 1 >= end) {
        continue;
      }
      int i = mentionIndexAt(k + 1);
      if (i < 0 && doc.tokens().get(k + 1).pos().equals("DT") && k + 2 < end) {
        i = mentionIndexAt(k + 2);
      }
      if (i >= 0) {
        return mentions().get(i);
      }
    }
    return null;
  }

  /**
   * The country on the other side of a border that the text names by one country only ("the Turkish
   * border", "the border with Ukraine"): the first other country its sentence names (a place or a
   * nationality: "Russia has massed troops along the border with Ukraine"), else {@code country}.
   */
  private String otherSide(String country, int token, List<PlaceMention> named) {
    List<Token> tokens = doc.tokens();
    Sentence s = doc.sentences().get(tokens.get(token).sentence());
    int mention = 0;
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      while (mention < named.size() && named.get(mention).tokens().end() <= k) {
        mention++;
      }
      String other = null;
      if (mention < named.size() && named.get(mention).tokens().first() == k) {
        other = named.get(mention).place().country();
      } else if (Character.isUpperCase(tokens.get(k).word().codePointAt(0))) {
        other = gazetteer.demonymCountry(tokens.get(k).word().split("-")[0]).orElse(null);
      }
      if (other != null && !other.equals(country)) {
        return other;
      }
    }
    return country;
  }

  /** A border named by one country's name: "the border with Ukraine", "the Ukraine border". */
  public Place borderOf(PlaceMention m) {
    String country = otherSide(m.place().country(), m.head(), mentions());
    return Places.unlisted(m.place().name() + " border", PlaceKind.OTHER, country);
  }

  /** The words of the place resolver (region words, containers). */
  public PlaceWords words() {
    return words;
  }

  private List<PlaceMention> find() {
    List<Found> found = scanner.scan(doc);
    Set<String> articleCountries = new HashSet<>();
    Map<String, Set<String>> placesInside = new HashMap<>();
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
    // a name the NER calls a person is a place only in a country the article names ("Shakhtarsk" in Ukraine)
    found.removeIf(f -> f.personTagged() && f.readings().stream()
        .noneMatch(e -> e.kind() != GeoKind.COUNTRY && articleCountries.contains(e.country())));
    Map<String, Integer> weights = countryWeights(found);
    Map<String, GeoEntry> regionReadings = new HashMap<>();
    Map<String, Integer> countryCounts = new HashMap<>();
    List<Place> resolved = new ArrayList<>(found.size());
    for (Found f : found) {
      Place place = null;
      if (!f.readings().isEmpty()) {
        String local = localCountry(f);
        GeoEntry e = resolve(f, local, articleCountries, weights, placesInside, regionReadings);
        if (e != null) {
          place = Places.of(e);
          if (e.country() != null && !isModifier(f)) {
            countryCounts.merge(e.country(), 1, Integer::sum);
          }
        } else {
          place = Places.unlisted(f.name(), PlaceKind.CITY, local);
        }
      }
      resolved.add(place);
    }
    String articleCountry = countryCounts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
    List<PlaceMention> named = mentions(found, resolved, articleCountry);
    return withFrontiers(named);
  }

  /**
   * The mentions with the places that a nationality word makes of a frontier noun ("the Turkish border",
   * "Ukrainian territory", "the Russian-Ukrainian border"): unlisted places of kind OTHER in that country, in
   * text order.
   */
  private List<PlaceMention> withFrontiers(List<PlaceMention> named) {
    List<Token> tokens = doc.tokens();
    boolean[] taken = new boolean[tokens.size()];
    for (PlaceMention m : named) {
      for (int k = m.tokens().first(); k < m.tokens().end(); k++) {
        taken[k] = true;
      }
    }
    List<PlaceMention> out = new ArrayList<>(named);
    for (int k = 1; k < tokens.size(); k++) {
      Token noun = tokens.get(k);
      Token before = tokens.get(k - 1);
      if (!noun.isNoun() || !words.isFrontier(noun.word().toLowerCase(Locale.ROOT)) || taken[k - 1] || taken[k]
          || before.sentence() != noun.sentence() || !Character.isUpperCase(before.word().codePointAt(0))) {
        continue;
      }
      String nationality = before.word().split("-")[0];
      Optional<String> country = gazetteer.demonymCountry(nationality);
      if (country.isEmpty()) {
        continue;
      }
      int first = k - 1;
      if (first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("the")
          && tokens.get(first - 1).sentence() == noun.sentence()) {
        first--;
      }
      TokenRange range = new TokenRange(first, k + 1);
      String frontier = noun.word().toLowerCase(Locale.ROOT);
      String code = words.isContainer(frontier) ? otherSide(country.get(), k, named) : country.get();
      String name = before.word() + " " + frontier;
      out.add(new PlaceMention(range, doc.span(range), k, Places.unlisted(name, PlaceKind.OTHER, code)));
    }
    if (out.size() > named.size()) {
      out.sort(java.util.Comparator.comparingInt(PlaceMention::begin));
    }
    return out;
  }

  /** The mentions, with unlisted names given the country of a nationality word, their sentence or the article. */
  private List<PlaceMention> mentions(List<Found> found, List<Place> resolved, String articleCountry) {
    List<PlaceMention> out = new ArrayList<>(found.size());
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
        String local = localCountry(f);
        String country = local != null ? local : lastCountry != null ? lastCountry : articleCountry;
        PlaceKind kind = f.regionWord() != null ? PlaceKind.REGION : PlaceKind.OTHER;
        place = Places.unlisted(f.name(), kind, country);
      } else if (place.country() != null && !isModifier(f)) {
        // "Turkey's news agency says ... in Tel Abyad": an owner does not say where the sentence is
        lastCountry = place.country();
      }
      out.add(mention(f, place));
    }
    return out;
  }

  /**
   * The reading of a name in this article. A country stays the country unless the article names other
   * places in a country that has a region of that name ("Georgia" beside "Atlanta"). Another name takes its
   * reading in the country the text gives it ("Palmyra in Syria", "Hama, Syria", "Syria's Hama", "the Syrian
   * town of Hama"), else its first reading in a country the article names or has places in; a town of fewer than
   * {@link NameScanner#SMALL_TOWN} people only when that country is one of the article's main ones, and not over
   * a large city of the name elsewhere ("Geneva" is in Switzerland though the article names the United States).
   * Null when the text gives a country in which the name has no reading: an unlisted place there.
   */
  private static GeoEntry resolve(Found f, String local, Set<String> articleCountries, Map<String, Integer> weights,
      Map<String, Set<String>> placesInside, Map<String, GeoEntry> regionReadings) {
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
    if (local != null) {
      return f.readings().stream().filter(e -> local.equals(e.country())).findFirst().orElse(null);
    }
    int main = weights.values().stream().max(Integer::compare).orElse(0);
    boolean largeElsewhere = f.readings().stream().anyMatch(e -> !isSmallTown(e));
    for (GeoEntry e : f.readings()) {
      if (e.country() == null || !articleCountries.contains(e.country())) {
        continue;
      }
      if (!isSmallTown(e) || (!largeElsewhere && 3 * weights.getOrDefault(e.country(), 0) >= main)) {
        return e;
      }
    }
    for (GeoEntry e : f.readings()) {
      if (e.country() != null && hasOtherPlaces(placesInside, e.country(), key) && !isSmallTown(e)) {
        return e;
      }
    }
    return top;
  }

  private static boolean isSmallTown(GeoEntry e) {
    return e.kind() == GeoKind.CITY && e.population() < NameScanner.SMALL_TOWN;
  }

  /**
   * How much the article is about each country: the mentions whose every reading lies in it (a country's
   * own name among them), a name that only describes an owner ("U.S. troops") not counted.
   */
  private Map<String, Integer> countryWeights(List<Found> found) {
    Map<String, Integer> weights = new HashMap<>();
    for (Found f : found) {
      if (f.readings().isEmpty() || isModifier(f)) {
        continue;
      }
      String country = f.readings().get(0).country();
      if (country != null && f.readings().stream().allMatch(e -> country.equals(e.country()))) {
        weights.merge(country, 1, Integer::sum);
      }
    }
    return weights;
  }

  /**
   * The country the text gives a place name right beside it: "Hama, Syria", "Palmyra in Syria", "Syria's
   * Hama", "the Syrian town of Hama", "Hama, a Syrian town"; null when none.
   */
  private String localCountry(Found f) {
    List<Token> tokens = doc.tokens();
    int sentence = tokens.get(f.first()).sentence();
    int end = f.regionEnd();
    int next = end < tokens.size() && tokens.get(end).sentence() == sentence ? end : -1;
    if (next >= 0 && (tokens.get(next).word().equals(",") || tokens.get(next).word().equals("in"))
        && next + 1 < tokens.size() && tokens.get(next + 1).sentence() == sentence) {
      String country = countryNamedAt(next + 1, sentence);
      if (country != null) {
        return country;
      }
    }
    int before = f.first() - 1;
    if (before >= 1 && isPossessive(tokens.get(before)) && tokens.get(before - 1).sentence() == sentence) {
      int start = before - 1;
      while (start > 0 && tokens.get(start - 1).sentence() == sentence && NameScanner.isNameToken(tokens.get(start - 1))) {
        start--;
      }
      String name = doc.text(tokens.get(start).begin(), tokens.get(before - 1).end());
      String country = gazetteer.countryCodeOf(name).orElse(null);
      if (country != null) {
        return country;
      }
    }
    return nationalityNear(f).orElse(null);
  }

  /** The code of a country whose name starts at {@code at} ("Syria", "the United States"); null if none. */
  private String countryNamedAt(int at, int sentence) {
    List<Token> tokens = doc.tokens();
    int from = at < tokens.size() && tokens.get(at).word().equalsIgnoreCase("the") ? at + 1 : at;
    for (int len = 4; len >= 1; len--) {
      int last = from + len - 1;
      if (last >= tokens.size() || tokens.get(last).sentence() != sentence) {
        continue;
      }
      String name = doc.text(tokens.get(from).begin(), tokens.get(last).end());
      String country = gazetteer.countryCodeOf(name).orElse(null);
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  private static boolean isPossessive(Token t) {
    String w = t.word();
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
  }

  /** Whether the article names a place in {@code country} other than {@code name} itself. */
  private static boolean hasOtherPlaces(Map<String, Set<String>> placesInside, String country, String name) {
    Set<String> names = placesInside.get(country);
    return names != null && (names.size() > 1 || !names.contains(name));
  }

  /** Whether a feature noun follows the name in its sentence ("Panjshir Valley"). */
  private boolean endsInFeature(Found f) {
    int end = f.regionEnd();
    return f.regionWord() == null && end < doc.tokens().size()
        && doc.tokens().get(end).sentence() == doc.tokens().get(f.first()).sentence()
        && words.isFeatureWord(doc.tokens().get(end));
  }

  private PlaceMention mention(Found f, Place place) {
    List<Token> tokens = doc.tokens();
    int first = f.first();
    int end = f.regionEnd();
    if (first > 0 && words.isCompass(tokens.get(first - 1)) && tokens.get(first - 1).sentence()
        == tokens.get(first).sentence()) {
      first--;
      if (place.kind() != PlaceKind.CITY) {
        String direction = tokens.get(first).word().toLowerCase(Locale.ROOT);
        PlaceKind kind = place.kind() == PlaceKind.COUNTRY ? PlaceKind.REGION : place.kind();
        place = Places.unlisted(direction + " " + place.name(), kind, place.country());
      }
      // "western Mosul" is still the city, named with its part
    }
    if (endsInFeature(f)) {
      // "the Panjshir Valley": the valley of the named place, in its country
      place = Places.unlisted(place.name() + " " + tokens.get(end).word(), PlaceKind.FEATURE, place.country());
      end++;
    }
    if (end > f.end() && first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("the")) {
      first--;
    }
    TokenRange range = new TokenRange(first, end);
    int head = headOf(doc, f.first(), end);
    return new PlaceMention(range, doc.span(range), head, place);
  }

  /**
   * The country of a nationality word that describes the place: "the southern Israeli town of Sderot",
   * "Sderot, a southern Israeli town".
   */
  private Optional<String> nationalityNear(Found f) {
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
        if (tokens.get(n).isNoun() && words.isContainer(tokens.get(n).lemma().toLowerCase(Locale.ROOT))) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  /** "U.S." in "U.S. troops": the name of an owner, which says little about where the article is. */
  private boolean isModifier(Found f) {
    String rel = doc.relation(headOf(doc, f.first(), f.end()));
    return rel != null && (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss"));
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
}
