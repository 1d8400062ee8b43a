package org.sitrep.internal.extract.location;

import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.internal.extract.source.ArticleSources;
import org.sitrep.internal.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;

/**
 * "The group swept through Iraq" after "the Islamic State group": a definite group noun with nothing of its own
 * that names it stands for the organisation the article named last before it.
 */
final class GroupAntecedent {

  private static final Set<String> GROUP_NOUNS =
      Table.read(GroupAntecedent.class, "group-nouns.tsv").require("noun").lowerSet("noun");

  private GroupAntecedent() {}

  /** The organisation {@code token} refers back to, or null when it is no bare definite group noun or none is named. */
  static Source of(Document doc, ArticleSources sources, int token) {
    if (token >= 0 && doc.tokens().get(token).pos().startsWith("W") && "acl:relcl".equals(doc.relation(doc.head(token)))) {
      // "the group, which controls ...": the relative pronoun stands for the noun its clause describes
      token = doc.head(doc.head(token));
    }
    if (token < 0 || !isBareDefiniteGroup(doc, token)) {
      return null;
    }
    Mention last = null;
    for (Mention m : doc.mentions()) {
      if (m.endToken() > token) {
        break;
      }
      if (m.type().equals("ORGANIZATION")) {
        Source s = sources.sourceAt(m.endToken() - 1);
        if (s == null || s.kind() != SourceKind.OUTLET) {
          last = m;
        }
      }
    }
    if (last == null) {
      return null;
    }
    Source nation = sources.countryNamedIn(new TokenRange(last.firstToken(), last.endToken()));
    String country = nation == null ? null : nation.country();
    return new Source(last.text(), SourceKind.ORGANIZATION, null, country, last.text(), last.begin(), last.end());
  }

  private static boolean isBareDefiniteGroup(Document doc, int token) {
    Token t = doc.tokens().get(token);
    if (!t.pos().equals("NN") || !GROUP_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int det = doc.child(token, "det");
    if (det < 0 || !Set.of("the", "this").contains(doc.tokens().get(det).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int c : doc.children(token)) {
      String rel = doc.relation(c);
      if ("nmod:poss".equals(rel) || "appos".equals(rel) || rel != null && rel.startsWith("nmod")
          || "compound".equals(rel) && doc.tokens().get(c).isProperNoun()) {
        return false;
      }
    }
    return true;
  }
}
