package org.sitrep.internal.extract;

import org.sitrep.extract.ArticleContext;
import org.sitrep.extract.Statements;

import org.sitrep.claim.Place;
import org.sitrep.claim.Source;
import org.sitrep.internal.extract.place.ArticlePlaces;
import org.sitrep.internal.extract.place.PlaceMention;
import org.sitrep.internal.extract.source.ArticleSources;
import org.sitrep.nlp.Document;

/**
 * The {@link ArticleContext} that sitrep's chain builds for one article, with the article's source
 * resolver and place resolver themselves: the built-in extractors use them in full, a host's
 * extractor through the context's two methods. Not part of the extractor SPI.
 *
 * <p>Built per article by {@link Knowledge#context}; used by one thread at a time.
 */
public final class ArticleKnowledge implements ArticleContext {

  private final Document doc;
  private final Statements statements;
  private final ArticleSources sources;
  private final ArticlePlaces places;

  ArticleKnowledge(Document doc, Statements statements, ArticleSources sources, ArticlePlaces places) {
    this.doc = doc;
    this.statements = statements;
    this.sources = sources;
    this.places = places;
  }

  /** A context for {@code doc} with the shared {@link Knowledge} and no statements yet. */
  public static ArticleKnowledge of(Document doc) {
    return Knowledge.shared().context(doc);
  }

  /**
   * The knowledge behind {@code context}: the context itself when sitrep's chain built it for
   * {@code doc}, else a fresh one over the shared {@link Knowledge} with {@code context}'s
   * statements (an extractor run outside the chain still resolves sources and places).
   */
  public static ArticleKnowledge of(Document doc, ArticleContext context) {
    if (context instanceof ArticleKnowledge k && k.doc == doc) {
      return k;
    }
    return of(doc).withStatements(context.statements());
  }

  public Document document() {
    return doc;
  }

  @Override
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

  @Override
  public Source source(int token) {
    checkToken(token);
    return sources.at(token);
  }

  @Override
  public Place place(int token) {
    checkToken(token);
    int i = places.mentionIndexAt(token);
    if (i < 0) {
      return null;
    }
    PlaceMention mention = places.mentions().get(i);
    return mention.place();
  }

  /** This context with {@code found} as its statements. */
  public ArticleKnowledge withStatements(Statements found) {
    return new ArticleKnowledge(doc, found, sources, places);
  }

  private void checkToken(int token) {
    if (token < 0 || token >= doc.tokens().size()) {
      throw new IndexOutOfBoundsException("token " + token + " is outside the document's "
          + doc.tokens().size() + " tokens");
    }
  }
}
