package org.sitrep.internal.extract.place;

import org.sitrep.internal.geo.Gazetteer;
import org.sitrep.nlp.Document;

/**
 * The knowledge that resolves place names: the gazetteer, named areas it lacks ({@code areas.tsv})
 * and the words that shape place names ({@code place-words.tsv}). Immutable and thread-safe; each
 * article gets its own {@link ArticlePlaces} from {@link #forDocument}.
 */
public final class PlaceResolver {

  private final Gazetteer gazetteer;
  private final Areas areas;
  private final PlaceWords words;

  private PlaceResolver(Gazetteer gazetteer, Areas areas, PlaceWords words) {
    this.gazetteer = gazetteer;
    this.areas = areas;
    this.words = words;
  }

  /** A resolver over {@code gazetteer} with the bundled areas and place words. */
  public static PlaceResolver load(Gazetteer gazetteer) {
    return new PlaceResolver(gazetteer, Areas.load(), PlaceWords.get());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public PlaceWords words() {
    return words;
  }

  /** The resolver's view of one article. */
  public ArticlePlaces forDocument(Document doc) {
    return new ArticlePlaces(doc, gazetteer, areas, words);
  }
}
