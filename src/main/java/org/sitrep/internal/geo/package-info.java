/**
 * An in-process gazetteer: countries with their aliases and demonyms, first-level regions, cities and a
 * few curated areas and features, loaded from TSV resources with their origin stated beside them. Entry
 * point: {@link org.sitrep.internal.geo.Gazetteer}. Returns its own immutable {@link org.sitrep.internal.geo.GeoEntry}
 * records; this package depends on nothing else of sitrep's and nothing of CoreNLP's.
 */
package org.sitrep.internal.geo;
