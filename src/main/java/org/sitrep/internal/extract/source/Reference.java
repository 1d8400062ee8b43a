package org.sitrep.internal.extract.source;

/**
 * How the words that name a source name it, as {@link ArticleSources#referenceAt} reads them: the
 * speaker extractor's confidence in a speaker starts here.
 */
public enum Reference {
  /** A name: a person, an organisation, a place or an outlet the article names ("Anna Kovalenko", "the Interior Ministry", "Reuters"). */
  NAME,
  /** A pronoun, resolved to an antecedent before it ("he", "they"). */
  PRONOUN,
  /** A role or description that stands for the one person the article names with it ("the Afghan president"). */
  ROLE,
  /** A description that names no one the article names: "officials", "a witness", "the group's spokesman". */
  DESCRIPTION
}
