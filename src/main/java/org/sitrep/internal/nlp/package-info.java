/**
 * Internal: the CoreNLP pass, the only package that touches CoreNLP. {@code CoreNlpAnnotator}
 * runs one pass per article over models loaded once per JVM ({@code NlpModels}) and freezes the
 * result into an {@link org.sitrep.nlp.Document}; nothing of CoreNLP's ({@code CoreMap}, {@code
 * Properties}) leaves this package.
 */
package org.sitrep.internal.nlp;
