/**
 * The evaluation: reads gold files ({@code gold.jsonl}, see the annotation guidelines) and
 * predictions ({@code sitrep.claims/1} JSON Lines) into its own records, matches them one to one
 * per claim type and reports precision, recall, F1 and attribute accuracy. Uses only {@code
 * org.sitrep.claim} and {@code org.sitrep.json}; it never runs the extractors itself.
 */
package org.sitrep.internal.eval;
