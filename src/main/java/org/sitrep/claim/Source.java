package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A speaker, a target or an actor: the canonical {@code name} (the fullest form the article uses),
 * and, where the source is mentioned at this claim, the surface {@code mention} and its offsets.
 *
 * @param name the canonical name: the fullest form the article uses ("Volodymyr Zelenskyy")
 * @param kind what kind of entity it is
 * @param title the role as the article states it ("US Secretary of State"), or null
 * @param country the ISO 3166-1 alpha-2 code of its state affiliation, or null
 * @param mention the surface form at this claim (may be a pronoun), or null when implicit
 * @param mentionBegin where the mention begins (UTF-16 index), or null
 * @param mentionEnd where the mention ends, exclusive, or null
 */
@JsonPropertyOrder({"name", "kind", "title", "country", "mention", "mentionBegin", "mentionEnd"})
public record Source(
    String name,
    SourceKind kind,
    String title,
    String country,
    String mention,
    Integer mentionBegin,
    Integer mentionEnd) {

  /**
   * Checks that a name and a kind are given and that mention offsets come in pairs.
   *
   * @param name the canonical name: the fullest form the article uses ("Volodymyr Zelenskyy")
   * @param kind what kind of entity it is
   * @param title the role as the article states it ("US Secretary of State"), or null
   * @param country the ISO 3166-1 alpha-2 code of its state affiliation, or null
   * @param mention the surface form at this claim (may be a pronoun), or null when implicit
   * @param mentionBegin where the mention begins (UTF-16 index), or null
   * @param mentionEnd where the mention ends, exclusive, or null
   * @throws IllegalArgumentException for a value the contract does not allow
   */
  public Source {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a source needs a name");
    }
    if (kind == null) {
      throw new IllegalArgumentException("a source needs a kind: " + name);
    }
    if ((mentionBegin == null) != (mentionEnd == null)) {
      throw new IllegalArgumentException("mention offsets come in pairs: " + mentionBegin + ".." + mentionEnd);
    }
  }

  /**
   * A source with no mention at this claim.
   *
   * @param name the canonical name
   * @param kind what kind of entity it is
   * @param title the role, or null
   * @param country the ISO country code, or null
   * @return the source
   */
  public static Source of(String name, SourceKind kind, String title, String country) {
    return new Source(name, kind, title, country, null, null, null);
  }

  /**
   * This source as mentioned at a claim.
   *
   * @param mention the surface form
   * @param begin where it begins (UTF-16 index)
   * @param end where it ends, exclusive
   * @return a copy with the mention
   */
  public Source withMention(String mention, int begin, int end) {
    return new Source(name, kind, title, country, mention, begin, end);
  }

  /**
   * This source without a mention.
   *
   * @return a copy with mention and offsets null
   */
  public Source withoutMention() {
    return new Source(name, kind, title, country, null, null, null);
  }
}
