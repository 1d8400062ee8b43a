/**
 * The only package that touches CoreNLP. {@link org.sitrep.nlp.CoreNlpAnnotator} runs one CoreNLP
 * pass per article and freezes the result into an immutable {@link org.sitrep.nlp.Document} of
 * records; nothing of CoreNLP's ({@code CoreMap}, {@code Properties}) leaves this package.
 *
 * <p>All offsets are UTF-16 indices into the original article text, end exclusive. Token
 * indices are positions in {@link org.sitrep.nlp.Document#tokens()}.
 */
package org.sitrep.nlp;
