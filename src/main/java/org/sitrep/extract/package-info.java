/**
 * The extractor SPI, which is API: {@link org.sitrep.extract.Extractor} (the extension point a
 * host implements), {@link org.sitrep.extract.ArticleContext} (what an extractor reads besides the
 * document: the statements found before it, the article's sources and places) and {@link
 * org.sitrep.extract.Statements}; with the document model of {@code org.sitrep.nlp}, that is all
 * an extractor needs. The built-in extractors live in {@code org.sitrep.internal.extract}.
 */
package org.sitrep.extract;
