package org.sitrep.internal.extract.stance;

import java.util.List;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.StanceAct;

/**
 * One entry of the cue lexicon: the lemmas that carry an evaluative act ("condemn", "call on",
 * "war crime"), the part of speech of its head, whether it counts only when negated ("cannot
 * tolerate"), the act and polarity it gives (and the act it gives toward a proposition, when that
 * differs), who holds it, the dependents it needs ({@code "xcomp"}, or {@code "xcomp/hostile"}: a
 * dependent whose lemma is of a kind of {@code stance-words.tsv}), and the examples that test it
 * (null for the rows of {@code evaluative-words.tsv}, tested by kind).
 */
record StanceCue(
    List<String> lemmas,
    CuePos pos,
    boolean negated,
    StanceAct act,
    Polarity polarity,
    StanceAct clauseAct,
    HolderRule holder,
    List<String> requires,
    String example,
    String counter) {

  StanceCue {
    lemmas = List.copyOf(lemmas);
    requires = List.copyOf(requires);
    if (lemmas.isEmpty()) {
      throw new IllegalArgumentException("a cue needs at least one lemma");
    }
  }

  /** The act toward a target: {@link #clauseAct} for a proposition when the lexicon gives one. */
  StanceAct actToward(boolean proposition) {
    return proposition && clauseAct != null ? clauseAct : act;
  }

  /** The cue as the contract reports it: its lemmas joined by spaces. */
  String lemma() {
    return String.join(" ", lemmas);
  }

  /**
   * The token that heads a match starting at token {@code first}: the last word of a noun
   * compound ("war crime"), the first word otherwise (the verb of "call on").
   */
  int head(int first) {
    return pos == CuePos.NOUN ? first + lemmas.size() - 1 : first;
  }

  /**
   * The part of speech a cue's first word has, as the lexicon names it: ADJ takes participles too
   * ("surprised"), EVALUATIVE only words tagged as adjectives (the rated words of
   * {@code evaluative-words.tsv}: "killed" is an event, "reckless" a judgement).
   */
  enum CuePos {
    VERB,
    NOUN,
    ADJ,
    EVALUATIVE;

    boolean accepts(String tag) {
      return switch (this) {
        case VERB -> tag.startsWith("VB");
        case NOUN -> tag.startsWith("NN");
        case ADJ -> tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("VBG");
        case EVALUATIVE -> tag.startsWith("JJ");
      };
    }

    /** Whether the cue evaluates (is held by whoever utters it) rather than names an act. */
    boolean adjectival() {
      return this == ADJ || this == EVALUATIVE;
    }
  }

  /** Who holds the act a cue carries. */
  enum HolderRule {
    /** The performer: the cue's subject, a passive's agent, the subject of a light verb. */
    SUBJECT,
    /** Whoever utters the evaluative word: the statement's speaker, or the describer. */
    SPEAKER
  }
}
