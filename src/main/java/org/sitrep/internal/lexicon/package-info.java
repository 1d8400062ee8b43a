/**
 * The one reader of sitrep's data files ({@link org.sitrep.internal.lexicon.Table}): headed, tab-separated,
 * UTF-8 tables with {@code #} comments, read by column name, with errors that name the file and
 * line. Uses nothing else of sitrep, so that every package that keeps knowledge as data may use it.
 */
package org.sitrep.internal.lexicon;
