/**
 * Internal: the chain that runs the extractors ({@link
 * org.sitrep.internal.extract.ExtractorChain}: speaker first, then the extractors that read its
 * statements, then a host's), the knowledge they share ({@link
 * org.sitrep.internal.extract.Knowledge}, {@link org.sitrep.internal.extract.ArticleKnowledge}: the
 * article's source resolver from {@code source}, its place resolver from {@code place}), the
 * shared word lists, and one sub-package per built-in extractor.
 */
package org.sitrep.internal.extract;
