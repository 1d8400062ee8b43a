package org.sitrep.internal.extract.speaker;

import org.sitrep.claim.Mode;
import org.sitrep.claim.Source;

/**
 * A statement before its speaker is final: characters {@code begin..end}, how it is reported, the
 * cue lemma, the speaker (null: it continues the previous statement's) and how it was found
 * (null with it), and the token of the reporting word (-1 when none stands in the sentence).
 */
record Draft(int begin, int end, Mode mode, String cue, Source speaker, SpeakerBasis basis, int verb) {

  Draft(int begin, int end, Mode mode, String cue, FoundSpeaker found, int verb) {
    this(begin, end, mode, cue, found == null ? null : found.source(), found == null ? null : found.basis(), verb);
  }
}
