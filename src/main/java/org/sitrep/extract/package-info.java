/**
 * Extraction. Its top level holds the extractor SPI, which is API: {@link
 * org.sitrep.extract.Extractor} (the extension point a host implements), {@link
 * org.sitrep.extract.ArticleContext} (what an extractor reads besides the document: the statements
 * found before it, the article's sources and places) and {@link org.sitrep.extract.Statements};
 * with the document model of {@code org.sitrep.nlp}, that is all an extractor needs.
 *
 * <p>The rest is internal (and is to move under {@code org.sitrep.internal.extract}): the chain
 * that runs the extractors ({@link org.sitrep.extract.ExtractorChain}: speaker first, then the
 * extractors that read its statements, then a host's), the knowledge they share ({@link
 * org.sitrep.extract.Knowledge}, {@link org.sitrep.extract.ArticleKnowledge}: the article's source
 * resolver from {@code source}, its place resolver from {@code place}), the shared word lists, and
 * one sub-package per built-in extractor.
 */
package org.sitrep.extract;
