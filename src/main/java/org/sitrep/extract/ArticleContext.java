package org.sitrep.extract;

import org.sitrep.extract.place.ArticlePlaces;
import org.sitrep.extract.source.ArticleSources;
import org.sitrep.nlp.Document;

/**
 * What an {@link Extractor} knows about one article besides its {@link Document}: the statements
 * found so far (speaker claims, to attribute what lies inside them), the article's one source
 * resolver (names, titles, pronouns, organisations, countries) and its one place resolver (places
 * in the article's context). Every extractor turns mentions into sources and places through these,
 * so that one mention reads the same in every claim.
 *
 * <p>Built per article by {@link Knowledge#context}; used by one thread at a time.
 */
public final class ArticleContext {

  private final Document doc;
  private final Statements statements;
  private final ArticleSources sources;
  private final ArticlePlaces places;

  ArticleContext(Document doc, Statements statements, ArticleSources sources, ArticlePlaces places) {
    this.doc = doc;
    this.statements = statements;
    this.sources = sources;
    this.places = places;
  }

  /** A context for {@code doc} with the shared {@link Knowledge} and no statements yet. */
  public static ArticleContext of(Document doc) {
    return Knowledge.shared().context(doc);
  }

  public Document document() {
    return doc;
  }

  /** The speaker claims found before this extractor ran; none for the speaker extractor itself. */
  public Statements statements() {
    return statements;
  }

  /** The article's source resolver. */
  public ArticleSources sources() {
    return sources;
  }

  /** The article's place resolver. */
  public ArticlePlaces places() {
    return places;
  }

  /** This context with {@code found} as its statements. */
  public ArticleContext withStatements(Statements found) {
    return new ArticleContext(doc, found, sources, places);
  }
}
