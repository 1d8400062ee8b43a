package org.sitrep.internal.extract;

import java.util.Locale;
import java.util.Set;
import org.sitrep.internal.extract.source.Roles;
import org.sitrep.internal.extract.source.SourceResolver;
import org.sitrep.nlp.ParseFilter;
import org.sitrep.nlp.Token;

/**
 * What the built-in extractors' {@link Extractor#parseFilter() parse filters} share: the tokens
 * that make a sentence's parse worth reading. Each test errs towards parsing, since a sentence
 * left unparsed loses every claim that its parse would have given.
 */
public final class ParseNeeds {

  /** Named-entity tags of names that may be a source, a holder or a place. */
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "MISC", "LOCATION");

  private ParseNeeds() {}

  /**
   * A quotation mark: a double one of any shape, or a single one standing as a token of its own
   * ("'", "‘", "’", "`", not the possessive "'s").
   */
  public static boolean isQuotationMark(Token t) {
    String w = t.word();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
          || c == '\u00BB') {
        return true;
      }
    }
    return w.chars().allMatch(c -> c == '\'' || c == '`' || c == '\u2018' || c == '\u2019' || c == '\u201A'
        || c == '\u201B') && !w.isEmpty();
  }

  /**
   * A word that may name or stand for a source, a holder or a subject, here or as the antecedent
   * of a later "he" or "the official": a name, a pronoun, or a noun for people or bodies
   * ({@code roles.tsv}).
   */
  public static boolean isSourceCandidate(Token t) {
    return NAME_TAGS.contains(t.ner()) || t.isProperNoun() || SourceResolver.isPronoun(t.word())
        || Roles.get().kind(t.lemma().toLowerCase(Locale.ROOT)) != null
        || Roles.get().isTitleWord(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** A word that may begin a place's name: a name tag, a proper noun or a capital letter. */
  public static boolean isPlaceCandidate(Token t) {
    return NAME_TAGS.contains(t.ner()) || t.isProperNoun()
        || !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
  }

  /** Sentences with a source candidate ({@link #isSourceCandidate}). */
  public static ParseFilter sources() {
    return ParseFilter.anyToken(ParseNeeds::isSourceCandidate);
  }
}
