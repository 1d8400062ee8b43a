/**
 * The place resolver: {@link org.sitrep.internal.extract.place.PlaceResolver} (the gazetteer, named areas,
 * place words) and {@link org.sitrep.internal.extract.place.ArticlePlaces}, one per article, which finds
 * the article's place names once and resolves each in the article's context.
 */
package org.sitrep.internal.extract.place;
