/**
 * Extraction: the {@link org.sitrep.extract.Extractor} extension point, the per-article
 * {@link org.sitrep.extract.ArticleContext} every extractor reads (statements, the article's
 * source resolver from {@code source}, its place resolver from {@code place}), the order in which
 * extractors run ({@link org.sitrep.extract.ExtractorChain}: speaker first, then the extractors
 * that read its statements), the shared word lists, and one sub-package per claim type.
 */
package org.sitrep.extract;
