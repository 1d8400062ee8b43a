package org.sitrep.internal.extract.speaker;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Source;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.nlp.Document;

/**
 * Turns drafts, in text order, into claims: a draft without a speaker continues the previous
 * statement's speaker ("He added", a quote-only paragraph) when that statement is at most
 * {@value #CONTINUATION_PARAGRAPHS} paragraphs back, and is dropped otherwise; of two drafts with one
 * span, the one whose reporting word stands inside it goes.
 */
final class Continuations {

  private static final int CONTINUATION_PARAGRAPHS = 2;

  private final Document doc;

  Continuations(Document doc) {
    this.doc = doc;
  }

  List<SpeakerClaim> claims(List<Draft> drafts) {
    List<SpeakerClaim> out = new ArrayList<>();
    Draft previous = null;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (i + 1 < drafts.size() && sameSpan(drafts.get(i + 1), d) && verbInside(d)) {
        continue;
      }
      if (!out.isEmpty() && out.get(out.size() - 1).begin() == d.begin() && out.get(out.size() - 1).end() == d.end()) {
        continue;
      }
      Source speaker = d.speaker();
      SpeakerBasis basis = d.basis();
      if (speaker == null) {
        int back = previous == null ? Integer.MAX_VALUE : paragraphOf(d.begin()) - paragraphOf(previous.begin());
        if (back > CONTINUATION_PARAGRAPHS) {
          continue;
        }
        speaker = previous.speaker().withoutMention();
        basis = back == 0 ? SpeakerBasis.CONTINUATION : SpeakerBasis.PARAGRAPH;
      } else if (!nestedInLast(out, d)) {
        previous = d; // a statement relayed inside a quotation does not take over the quotation's speaker
      }
      int sentence = doc.sentenceIndexAt(d.begin());
      out.add(new SpeakerClaim("s" + (out.size() + 1), speaker, d.begin(), d.end(),
          doc.text(d.begin(), d.end()), sentence, basis.confidence(), null, d.mode(), d.cue()));
    }
    return out;
  }

  private static boolean nestedInLast(List<SpeakerClaim> out, Draft d) {
    if (out.isEmpty()) {
      return false;
    }
    SpeakerClaim last = out.get(out.size() - 1);
    return last.mode() == Mode.DIRECT && last.begin() <= d.begin() && d.end() <= last.end();
  }

  private static boolean sameSpan(Draft c, Draft d) {
    return c.begin() == d.begin() && c.end() == d.end();
  }

  private boolean verbInside(Draft d) {
    if (d.verb() < 0) {
      return false;
    }
    int at = doc.tokens().get(d.verb()).begin();
    return d.begin() <= at && at < d.end();
  }

  private int paragraphOf(int offset) {
    return doc.sentences().get(doc.sentenceIndexAt(offset)).paragraph();
  }
}
