/**
 * The annotated article, and the only package that touches CoreNLP.
 *
 * <p>The document model is part of the extractor SPI, which is API: {@link
 * org.sitrep.nlp.Document} and its records {@link org.sitrep.nlp.Sentence}, {@link
 * org.sitrep.nlp.Token}, {@link org.sitrep.nlp.Mention}, {@link org.sitrep.nlp.Quotation}, {@link
 * org.sitrep.nlp.Dependency}, {@link org.sitrep.nlp.Span} and {@link org.sitrep.nlp.TokenRange},
 * immutable and free of CoreNLP's types. The rest is internal (and is to move under {@code
 * org.sitrep.internal.nlp}): {@code CoreNlpAnnotator} runs one CoreNLP pass per article and
 * freezes the result into a {@code Document}; nothing of CoreNLP's ({@code CoreMap}, {@code
 * Properties}) leaves this package.
 *
 * <p>All offsets are UTF-16 indices into the original article text, end exclusive. Token
 * indices are positions in {@link org.sitrep.nlp.Document#tokens()}.
 */
package org.sitrep.nlp;
