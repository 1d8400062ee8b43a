/**
 * The annotated article: the document model of the extractor SPI, which is API. {@link
 * org.sitrep.nlp.Document} and its records {@link org.sitrep.nlp.Sentence}, {@link
 * org.sitrep.nlp.Token}, {@link org.sitrep.nlp.Mention}, {@link org.sitrep.nlp.Quotation}, {@link
 * org.sitrep.nlp.Dependency}, {@link org.sitrep.nlp.Span} and {@link org.sitrep.nlp.TokenRange} are
 * immutable and free of CoreNLP's types; a test can build a {@code Document} by hand. {@link
 * org.sitrep.nlp.ParseFilter} says which sentences an extractor needs parsed.
 *
 * <p>All offsets are UTF-16 indices into the original article text, end exclusive. Token
 * indices are positions in {@link org.sitrep.nlp.Document#tokens()}.
 */
package org.sitrep.nlp;
