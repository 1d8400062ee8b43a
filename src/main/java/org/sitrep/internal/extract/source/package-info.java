/**
 * The source resolver: {@link org.sitrep.internal.extract.source.SourceResolver} (the shared knowledge:
 * roles, given names, honorifics, outlets, country words) and
 * {@link org.sitrep.internal.extract.source.ArticleSources}, one per article, the only way an extractor
 * turns a mention into a {@link org.sitrep.claim.Source}.
 */
package org.sitrep.internal.extract.source;
