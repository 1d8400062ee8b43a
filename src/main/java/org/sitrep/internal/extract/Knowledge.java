package org.sitrep.internal.extract;

import org.sitrep.extract.Statements;

import org.sitrep.internal.extract.place.PlaceResolver;
import org.sitrep.internal.extract.source.CountryLexicon;
import org.sitrep.internal.extract.source.SourceResolver;
import org.sitrep.internal.geo.Gazetteer;
import org.sitrep.nlp.Document;

/**
 * The knowledge every extractor shares, loaded once: the source resolver's lexicons and the place
 * resolver over the gazetteer. Immutable and thread-safe; {@link #context} gives one article's view.
 */
public final class Knowledge {

  private final SourceResolver sources;
  private final PlaceResolver places;

  private Knowledge(SourceResolver sources, PlaceResolver places) {
    this.sources = sources;
    this.places = places;
  }

  /** The bundled lexicons over {@code gazetteer}. */
  public static Knowledge load(Gazetteer gazetteer) {
    return new Knowledge(SourceResolver.load(CountryLexicon.of(gazetteer)), PlaceResolver.load(gazetteer));
  }

  private static final class Holder {
    static final Knowledge SHARED = load(Gazetteer.shared());
  }

  /** One instance per JVM over {@link Gazetteer#shared()}, loaded when first asked for. */
  public static Knowledge shared() {
    return Holder.SHARED;
  }

  public SourceResolver sources() {
    return sources;
  }

  public PlaceResolver places() {
    return places;
  }

  /** A fresh context for one article, without statements. */
  public ArticleKnowledge context(Document doc) {
    return new ArticleKnowledge(doc, Statements.none(), sources.forDocument(doc), places.forDocument(doc));
  }
}
