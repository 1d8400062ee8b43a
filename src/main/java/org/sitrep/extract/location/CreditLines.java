package org.sitrep.extract.location;

import java.util.List;
import java.util.Locale;
import org.sitrep.lexicon.Row;
import org.sitrep.lexicon.Table;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;

/**
 * A news article's credit line ("Associated Press writers A in Cairo and B in Dubai contributed to this
 * report"): it says where the reporters were, so it places nothing. Cues read once from
 * {@code credit-lines.tsv}.
 */
final class CreditLines {

  private final List<String> verbs;
  private final List<String> openings;

  private CreditLines(List<String> verbs, List<String> openings) {
    this.verbs = List.copyOf(verbs);
    this.openings = List.copyOf(openings);
  }

  static CreditLines load() {
    List<Row> rows = Table.read(CreditLines.class, "credit-lines.tsv").require("cue", "kind").rows();
    return new CreditLines(
        rows.stream().filter(r -> r.required("kind").equals("verb")).map(r -> r.lower("cue")).toList(),
        rows.stream().filter(r -> r.required("kind").equals("opening")).map(r -> r.lower("cue")).toList());
  }

  /** Whether sentence {@code index} is a credit line: its root is a credit verb, or it opens with a credit phrase. */
  boolean isCredit(Document doc, int index) {
    Sentence s = doc.sentences().get(index);
    String text = doc.text(doc.tokens().get(s.firstToken()).begin(), doc.tokens().get(s.endToken() - 1).end())
        .toLowerCase(Locale.ROOT);
    if (openings.stream().anyMatch(text::startsWith)) {
      return true;
    }
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if ("root".equals(doc.relation(k))
          && verbs.contains(doc.tokens().get(k).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
