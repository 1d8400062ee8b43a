package org.sitrep.internal.extract.speaker;

import org.sitrep.claim.Source;

/** A speaker found for a reporting word, and how it was found. */
record FoundSpeaker(Source source, SpeakerBasis basis) {}
