package org.sitrep.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceAct;
import org.sitrep.claim.StanceClaim;
import org.sitrep.extract.ArticleContext;
import org.sitrep.extract.Extractor;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/** Who calls for, backs or wants a ceasefire, as a stance in favour of it. */
public final class CeasefireCalls implements Extractor {

  private static final Set<String> TRUCES = Set.of("ceasefire", "cease-fire", "truce");
  private static final Set<String> SUPPORTING = Set.of("call", "back", "support", "want", "urge", "demand");

  @Override
  public String id() {
    return "ceasefire-calls";
  }

  @Override
  public List<StanceClaim> extract(Document doc, ArticleContext context) {
    List<StanceClaim> out = new ArrayList<>();
    for (Token truce : doc.tokens()) {
      int verb = doc.head(truce.index());
      if (!TRUCES.contains(truce.word().toLowerCase(Locale.ROOT)) || verb < 0
          || !SUPPORTING.contains(doc.tokens().get(verb).lemma())) {
        continue;
      }
      int subject = doc.child(verb, "nsubj");
      Source holder = subject < 0 ? null : context.source(subject);
      int begin = doc.tokens().get(verb).begin();
      SpeakerClaim statement = context.statements().enclosing(begin, truce.end());
      if (holder == null && statement != null) {
        holder = statement.speaker();
      }
      Source target = new Source("ceasefire", SourceKind.CLAIM, null, null, truce.word(), truce.begin(), truce.end());
      out.add(new StanceClaim("t" + out.size(), holder, begin, truce.end(), doc.text(begin, truce.end()),
          truce.sentence(), 0.6, statement == null ? null : statement.id(), target, StanceAct.SUPPORT,
          Polarity.POSITIVE, doc.tokens().get(verb).lemma()));
    }
    return out;
  }
}
