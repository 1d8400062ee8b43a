package org.sitrep.extract.speaker;

import org.sitrep.claim.Mode;
import org.sitrep.claim.Source;

/**
 * A statement before its speaker is final: characters {@code begin..end}, how it is reported, the
 * cue lemma, the speaker (null: it continues the previous statement's), and the token of the
 * reporting word (-1 when none stands in the sentence).
 */
record Draft(int begin, int end, Mode mode, String cue, Source speaker, double confidence, int verb) {}
