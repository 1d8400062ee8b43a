package org.sitrep.extract.location;

import java.util.Locale;
import java.util.Optional;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.geo.GeoKind;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Token;

/**
 * Turns the token of what is placed into a {@link Source}: the noun with its compound and adjective
 * modifiers ("North Korean soldiers"), a person or organisation by its NER mention, a country by its
 * name; the country of a group from its nationality word ("North Korean" KP, "U.S." US).
 */
final class SubjectBuilder {

  private final Gazetteer gazetteer;

  SubjectBuilder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Source subject(Document doc, int token) {
    if (token < 0) {
      return null;
    }
    Token t = doc.tokens().get(token);
    if (isRelativePronoun(t) && "acl:relcl".equals(doc.relation(doc.head(token) < 0 ? token : doc.head(token)))) {
      return subject(doc, doc.head(doc.head(token)));
    }
    if (t.isNumber()) {
      int counted = countedNoun(doc, token);
      if (counted >= 0) {
        return subject(doc, counted);
      }
    }
    Mention m = mentionAt(doc, t);
    if (m != null && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))) {
      SourceKind kind = m.type().equals("PERSON") ? SourceKind.PERSON : SourceKind.ORGANIZATION;
      return Source.of(m.text(), kind, null, null).withMention(m.text(), m.begin(), m.end());
    }
    int first = token;
    for (int c : doc.children(token)) {
      String rel = doc.relation(c);
      if (c < first && c >= first - 4 && (rel.equals("compound") || rel.equals("amod"))) {
        first = Math.min(first, leftmost(doc, c));
      }
    }
    int begin = doc.tokens().get(first).begin();
    String text = doc.text(begin, t.end());
    var country = gazetteer.candidates(text).stream().filter(e -> e.kind() == GeoKind.COUNTRY).findFirst();
    if (country.isPresent()) {
      return Source.of(country.get().name(), SourceKind.COUNTRY, null, country.get().country())
          .withMention(text, begin, t.end());
    }
    String nationality = null;
    for (int k = first; k < token && nationality == null; k++) {
      nationality = nationality(doc, k, token).orElse(null);
    }
    return Source.of(text, SourceKind.GROUP, null, nationality).withMention(text, begin, t.end());
  }

  /**
   * "8,000 of those North Korean forces" is the forces; a bare "8,000" after "10,000 North Korean soldiers"
   * counts the soldiers named before it in the sentence. -1 when neither.
   */
  private static int countedNoun(Document doc, int number) {
    for (int c : doc.children(number)) {
      String rel = doc.relation(c);
      if (rel != null && rel.startsWith("nmod") && doc.tokens().get(c).isNoun() && hasOf(doc, c)) {
        return c;
      }
    }
    int first = doc.sentences().get(doc.tokens().get(number).sentence()).firstToken();
    for (int k = number - 1; k >= first; k--) {
      Token t = doc.tokens().get(k);
      if (t.isNoun() && !t.isProperNoun() && doc.child(k, "nummod") >= 0) {
        return k;
      }
    }
    return -1;
  }

  private static boolean hasOf(Document doc, int noun) {
    for (int c : doc.children(noun)) {
      if ("case".equals(doc.relation(c)) && doc.tokens().get(c).word().equalsIgnoreCase("of")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRelativePronoun(Token t) {
    return t.pos().equals("WDT") || t.pos().equals("WP") || (t.pos().equals("IN") && t.word().equalsIgnoreCase("that"));
  }

  private static int leftmost(Document doc, int token) {
    int first = token;
    for (int c : doc.children(token)) {
      if (c < first) {
        first = leftmost(doc, c);
      }
    }
    return first;
  }

  /** "North Korean" or "U.S." starting at {@code k}, before the noun at {@code end}. */
  private Optional<String> nationality(Document doc, int k, int end) {
    Token t = doc.tokens().get(k);
    if (k + 1 < end) {
      String two = t.word() + " " + doc.tokens().get(k + 1).word();
      Optional<String> c = gazetteer.demonymCountry(two);
      if (c.isPresent()) {
        return c;
      }
    }
    Optional<String> c = gazetteer.demonymCountry(t.word());
    if (c.isPresent()) {
      return c;
    }
    if (Character.isUpperCase(t.word().codePointAt(0))) {
      return gazetteer.countryCodeOf(t.word());
    }
    return Optional.empty();
  }

  private static Mention mentionAt(Document doc, Token t) {
    for (Mention m : doc.mentions()) {
      if (m.firstToken() <= t.index() && t.index() < m.endToken()) {
        return m;
      }
      if (m.firstToken() > t.index()) {
        break;
      }
    }
    return null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
