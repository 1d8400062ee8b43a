package org.sitrep.extract.figure;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.GeoKind;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/**
 * A figure's actor (whose people or things: a nationality word or a country's possessive inside
 * the counted phrase, "North Korean troops") and location (a place in a prepositional phrase
 * after it in the same sentence, "in the Kursk region"), through the shared gazetteer.
 */
final class ActorAndPlace {

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "near", "at", "inside", "along", "across", "into", "outside", "around", "throughout");
  /** How far after a figure a place may stand and still be the figure's place. */
  private static final int PLACE_WINDOW = 10;

  private final Gazetteer gazetteer;

  ActorAndPlace(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The country whose people or things the tokens {@code from}..{@code to} (exclusive) count, or null. */
  Source actor(Document doc, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = doc.tokens().get(k);
      if (!Character.isUpperCase(t.word().charAt(0))) {
        continue;
      }
      if (k + 1 < to) {
        Token next = doc.tokens().get(k + 1);
        String two = t.word() + " " + next.word();
        Source s = country(doc, two, t.begin(), next.end());
        if (s != null) {
          return s;
        }
      }
      Source s = country(doc, t.word(), t.begin(), t.end());
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private Source country(Document doc, String words, int begin, int end) {
    Optional<String> code = gazetteer.demonymCountry(words);
    if (code.isEmpty()) {
      code = gazetteer.countryCodeOf(words);
    }
    if (code.isEmpty()) {
      return null;
    }
    String name = gazetteer.country(code.get()).map(GeoEntry::name).orElse(words);
    return new Source(name, SourceKind.COUNTRY, null, code.get(), doc.text(begin, end), begin, end);
  }

  /** The place named in a prepositional phrase after token {@code after} in its sentence, or null. */
  Place place(Document doc, int after, int sentenceEnd) {
    int limit = Math.min(sentenceEnd, after + PLACE_WINDOW);
    for (int k = after; k < limit; k++) {
      Token t = doc.tokens().get(k);
      if (t.word().equals(";") || t.pos().equals("VBD") || t.pos().equals("VBZ")) {
        if (k > after + 1) {
          return null;
        }
      }
      if (!PLACE_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int b = k + 1;
      if (b < sentenceEnd && doc.tokens().get(b).pos().equals("DT")) {
        b++;
      }
      int e = b;
      while (e < sentenceEnd && e - b < gazetteer.maxNameTokens()
          && (doc.tokens().get(e).isProperNoun() || doc.tokens().get(e).ner().equals("LOCATION"))) {
        e++;
      }
      if (e == b) {
        continue;
      }
      if (e < sentenceEnd && isRegionWord(doc.tokens().get(e))) {
        e++;
      }
      for (int end = e; end > b; end--) {
        String name = doc.text(doc.tokens().get(b).begin(), doc.tokens().get(end - 1).end());
        Optional<GeoEntry> entry = gazetteer.resolve(name, Set.of());
        if (entry.isPresent()) {
          GeoEntry g = entry.get();
          return new Place(g.name(), placeKind(g.kind()), g.country(), g.lat(), g.lon(), g.geonameId());
        }
      }
    }
    return null;
  }

  private static boolean isRegionWord(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("region") || w.equals("oblast") || w.equals("province") || w.equals("governorate");
  }

  private static PlaceKind placeKind(GeoKind kind) {
    return PlaceKind.valueOf(kind.name());
  }
}
