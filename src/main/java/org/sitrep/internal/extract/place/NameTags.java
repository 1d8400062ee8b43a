package org.sitrep.internal.extract.place;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Token;

/**
 * What the NER calls the names of one article: the words of its people's full names ("Somers" of
 * "Luke Somers"), its organisations and other names, and its locations. A small town's name that the
 * article uses as a person's name is not a place where the NER happens to leave it untagged. A
 * one-word person mention alone is no evidence: the NER calls unfamiliar towns persons ("hold
 * Bakhmut").
 */
final class NameTags {

  private final Set<String> otherNames;
  private final Set<String> locations;

  private NameTags(Set<String> otherNames, Set<String> locations) {
    this.otherNames = otherNames;
    this.locations = locations;
  }

  static NameTags of(Document doc) {
    Set<String> other = new HashSet<>();
    Set<String> locations = new HashSet<>();
    for (Mention m : doc.mentions()) {
      Set<String> into = switch (m.type()) {
        case "PERSON" -> other;
        case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> locations;
        default -> null;
      };
      if (into == null) {
        continue;
      }
      if (!m.type().equals("PERSON")) {
        into.add(key(m.text()));
      } else if (m.endToken() - m.firstToken() > 1) {
        for (int k = m.firstToken(); k < m.endToken(); k++) {
          Token t = doc.tokens().get(k);
          into.add(key(t.word()));
        }
      }
    }
    return new NameTags(Set.copyOf(other), Set.copyOf(locations));
  }

  /** Whether the article names a person by {@code name} in full, and never a location. */
  boolean namesPerson(String name) {
    String k = key(name);
    return otherNames.contains(k) && !locations.contains(k);
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
