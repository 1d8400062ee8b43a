package org.sitrep.internal.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.extract.source.Roles;
import org.sitrep.internal.geo.Gazetteer;
import org.sitrep.internal.geo.GeoEntry;
import org.sitrep.internal.geo.GeoKind;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds the names of places in an article before they are resolved. Only capitalised tokens are
 * looked up ("Police", "Split" and "Mobile" are real places), in windows of up to
 * {@link Gazetteer#maxNameTokens()} tokens, longest first; a following region word is part of the
 * name ("the Kursk region" is the oblast). A run the NER calls a location that the gazetteer lacks
 * is kept, without readings.
 */
final class NameScanner {

  /** Prepositions of movement that, like the locative ones, say that a place follows. */
  private static final Set<String> MOVEMENT = Set.of("from", "to", "toward", "towards", "over", "through", "via");

  private static final Set<String> NAME_TAGS = Set.of("O", "LOCATION", "ORGANIZATION", "MISC", "PERSON");

  /**
   * A name found in the text: its tokens {@code first..end}, the region word after it and where the
   * name with it ends, its gazetteer readings (best first) and whether the NER calls it a person.
   */
  record Found(int first, int end, String name, String regionWord, int regionEnd, List<GeoEntry> readings,
      boolean personTagged, int vote) {

    Found(int first, int end, String name, String regionWord, int regionEnd, List<GeoEntry> readings,
        boolean personTagged) {
      this(first, end, name, regionWord, regionEnd, readings, personTagged, 0);
    }
  }

  private final Gazetteer gazetteer;
  private final Areas areas;
  private final PlaceWords words;
  private final Roles roles = Roles.get();
  private final Set<String> givenNames = GivenNames.get();

  NameScanner(Gazetteer gazetteer, Areas areas, PlaceWords words) {
    this.gazetteer = gazetteer;
    this.areas = areas;
    this.words = words;
  }

  List<Found> scan(Document doc) {
    List<Found> found = new ArrayList<>();
    NameTags tags = NameTags.of(doc);
    for (Sentence s : doc.sentences()) {
      scan(doc, s, found, tags);
    }
    // a small town's name is a place in this article if it reads as one more often than as another name:
    // "fleeing Shakhtarsk" after "in Shakhtarsk", but not "a message from Somers" beside "Luke Somers said"
    Map<String, Integer> votes = new HashMap<>();
    for (Found f : found) {
      votes.merge(f.name().toLowerCase(Locale.ROOT), f.vote(), Integer::sum);
    }
    found.removeIf(f -> votes.get(f.name().toLowerCase(Locale.ROOT)) < 0);
    return found;
  }

  private void scan(Document doc, Sentence s, List<Found> found, NameTags tags) {
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
        hit = lookup(doc, s, i, j, tags);
      }
      if (hit == null) {
        hit = unlisted(doc, s, i);
      }
      if (hit != null) {
        found.add(hit);
        i = hit.regionEnd();
        if (hit.regionWord() == null && i < s.endToken() && words.isFeatureWord(tokens.get(i))) {
          i++; // "Valley" in "Panjshir Valley" belongs to the name's mention
        }
      } else {
        i++;
      }
    }
  }

  private Found lookup(Document doc, Sentence s, int first, int end, NameTags tags) {
    List<Token> tokens = doc.tokens();
    String name = doc.text(tokens.get(first).begin(), tokens.get(end - 1).end());
    int regionAt = end;
    if (regionAt < s.endToken() && tokens.get(regionAt).word().equalsIgnoreCase("border")
        && regionAt + 1 < s.endToken() && words.isRegionWord(tokens.get(regionAt + 1))) {
      regionAt++;
    }
    if (regionAt < s.endToken() && words.isRegionWord(tokens.get(regionAt))) {
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
    if (allTagged(tokens, first, end, "ORGANIZATION") && isInitials(name) && isSmallTown(readings.get(0))) {
      return null;
    }
    int vote = 0;
    if (readings.stream().allMatch(NameScanner::isSmallTown)) {
      if (areas.find(name).isPresent()) {
        // "the Levant" is the area, not a village of that name
        return new Found(first, end, name, null, end, List.of(), false);
      }
      if (isAbbreviation(tokens.get(end - 1).word()) || insideLongerLocation(doc, first, end)
          || (isInitials(name) && !allTagged(tokens, first, end, "LOCATION"))) {
        return null;
      }
      if (allTagged(tokens, first, end, "LOCATION") || afterLocativeWord(doc, first)) {
        vote = 1;
      } else if (namesSomethingElse(doc, first, end, name, tags)) {
        vote = -1;
      }
    }
    return new Found(first, end, name, null, end, readings, allTagged(tokens, first, end, "PERSON"), vote);
  }

  /** "Donetsk" in "the Donetsk and Luhansk regions": the plural region word after the next name, singular. */
  private String sharedRegionWord(List<Token> tokens, Sentence s, int end) {
    if (end >= s.endToken() || !(tokens.get(end).word().equals("and") || tokens.get(end).word().equals(","))) {
      return null;
    }
    for (int k = end + 1; k < Math.min(s.endToken(), end + 5); k++) {
      Token t = tokens.get(k);
      if (words.isRegionWord(t)) {
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
    if (end < s.endToken() && words.isRegionWord(tokens.get(end))) {
      return new Found(first, end, name, singular(tokens.get(end).word().toLowerCase(Locale.ROOT)), end + 1,
          List.of(), false);
    }
    return new Found(first, end, name, null, end, List.of(), false);
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
    return e.kind() == GeoKind.CITY && e.population() < SMALL_TOWN;
  }

  /** Below this many people a town's name is more often something else: a surname, a group, a given name. */
  static final long SMALL_TOWN = 100_000;

  /**
   * Whether a name whose every reading is a small town is here some other name: a word of a person's full
   * name elsewhere in the article ("Somers" beside "Luke Somers"), a name after a title ("President Obama"), an
   * organisation's initials, a group's name or a village's the NER calls an organisation ("NATO", "Taliban",
   * "Tass"), or a given name
   * the NER calls a person ("Vladislav"). Each such use is a vote against the town, each use as a location
   * (tagged so, or after "in", "near", "the village of") a vote for it; the article's votes decide for all its
   * uses. An abbreviation ("Brig."), initials the NER does not call a location ("NGO") and the start of a longer
   * location name the NER found ("Tal" in "Tal Abyad") are never small towns; a named area ("the Levant") is
   * the area.
   */
  private boolean namesSomethingElse(Document doc, int first, int end, String name, NameTags tags) {
    List<Token> tokens = doc.tokens();
    String lower = name.toLowerCase(Locale.ROOT);
    if (tags.namesPerson(name)) {
      return true;
    }
    if (first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
        && roles.isTitleWord(tokens.get(first - 1).word().toLowerCase(Locale.ROOT).replace(".", ""))) {
      return true;
    }
    boolean organization = allTagged(tokens, first, end, "ORGANIZATION") || allTagged(tokens, first, end, "MISC");
    if (organization && (isInitials(name) || roles.kind(lower) != null || isVillage(gazetteer.candidates(name)))) {
      return true;
    }
    return allTagged(tokens, first, end, "PERSON") && end - first == 1 && givenNames.contains(lower);
  }

  /** Below this many people a place whose name the NER calls an organisation is that organisation ("Tass"). */
  private static final long VILLAGE = 10_000;

  private static boolean isVillage(List<GeoEntry> readings) {
    return readings.stream().allMatch(e -> e.kind() == GeoKind.CITY && e.population() < VILLAGE);
  }

  /** "U.N.", "NATO": capitals, with or without periods. */
  private static boolean isInitials(String name) {
    int capitals = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        capitals++;
      } else if (c != '.') {
        return false;
      }
    }
    return capitals >= 2;
  }

  /** "Brig.", "Gov.": a word cut short with a period; "U.S." (all capitals) is a name, not a cut word. */
  private static boolean isAbbreviation(String word) {
    if (!word.endsWith(".") || word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "in Somers", "near Tal", "the village of Yabisa", "the towns of Torez and Shakhtarsk": the word before a
   * name, or before the list of names it ends, says that a place follows.
   */
  private boolean afterLocativeWord(Document doc, int first) {
    List<Token> tokens = doc.tokens();
    int sentence = tokens.get(first).sentence();
    int before = first - 1;
    for (int hop = 0; hop < 4 && before >= 0 && tokens.get(before).sentence() == sentence; hop++) {
      String w = tokens.get(before).word().toLowerCase(Locale.ROOT);
      if (w.equals("of") && before > 0) {
        return words.isContainer(tokens.get(before - 1).lemma().toLowerCase(Locale.ROOT));
      }
      if (words.isLocative(w) || MOVEMENT.contains(w)) {
        return true;
      }
      if (!(w.equals("and") || w.equals("or") || w.equals(","))) {
        return false;
      }
      before--;
      while (before >= 0 && tokens.get(before).sentence() == sentence && isNameToken(tokens.get(before))) {
        before--;
      }
    }
    return false;
  }

  /** Whether a LOCATION mention of the NER holds {@code first..end} and more. */
  private static boolean insideLongerLocation(Document doc, int first, int end) {
    for (Mention m : doc.mentions()) {
      if (m.firstToken() > first) {
        break;
      }
      if ("LOCATION".equals(m.type()) && m.firstToken() <= first && m.endToken() >= end
          && m.endToken() - m.firstToken() > end - first) {
        return true;
      }
    }
    return false;
  }

  private boolean isNameWindow(List<Token> tokens, int first, int end) {
    if (!isNameToken(tokens.get(end - 1))) {
      return false;
    }
    for (int k = first + 1; k < end - 1; k++) {
      Token t = tokens.get(k);
      if (!isNameToken(t) && !words.isConnector(t.word().toLowerCase(Locale.ROOT))) {
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
}
