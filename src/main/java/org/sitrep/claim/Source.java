package org.sitrep.claim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A speaker, a target or an actor: the canonical {@code name} (the fullest form the article uses),
 * and, where the source is mentioned at this claim, the surface {@code mention} and its offsets.
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

  /** A source with no mention at this claim. */
  public static Source of(String name, SourceKind kind, String title, String country) {
    return new Source(name, kind, title, country, null, null, null);
  }

  public Source withMention(String mention, int begin, int end) {
    return new Source(name, kind, title, country, mention, begin, end);
  }

  public Source withoutMention() {
    return new Source(name, kind, title, country, null, null, null);
  }
}
