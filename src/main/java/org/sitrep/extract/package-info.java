/**
 * Extraction: the {@link org.sitrep.extract.Extractor} extension point, the order in which
 * extractors run ({@link org.sitrep.extract.ExtractorChain}: speaker first, then the extractors
 * that read its statements), and one sub-package per claim type.
 */
package org.sitrep.extract;
