package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.GeoKind;
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

  private static final Set<String> NAME_TAGS = Set.of("O", "LOCATION", "ORGANIZATION", "MISC", "PERSON");

  /**
   * A name found in the text: its tokens {@code first..end}, the region word after it and where the
   * name with it ends, its gazetteer readings (best first) and whether the NER calls it a person.
   */
  record Found(int first, int end, String name, String regionWord, int regionEnd, List<GeoEntry> readings,
      boolean personTagged) {}

  private final Gazetteer gazetteer;
  private final Areas areas;
  private final PlaceWords words;

  NameScanner(Gazetteer gazetteer, Areas areas, PlaceWords words) {
    this.gazetteer = gazetteer;
    this.areas = areas;
    this.words = words;
  }

  List<Found> scan(Document doc) {
    List<Found> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      scan(doc, s, found);
    }
    return found;
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
    if (allTagged(tokens, first, end, "ORGANIZATION") && name.indexOf('.') >= 0 && isSmallTown(readings.get(0))) {
      return null;
    }
    return new Found(first, end, name, null, end, readings, allTagged(tokens, first, end, "PERSON"));
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
    return e.kind() == GeoKind.CITY && e.population() < 100_000;
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
