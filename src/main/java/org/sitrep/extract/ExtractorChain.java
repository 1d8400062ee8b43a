package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.claim.Claim;
import org.sitrep.nlp.Document;

/**
 * Runs the extractors in order over one {@link ArticleContext} per article: the statement
 * extractor first, then the others, which read its statements. Returns all claims in text order
 * with ids {@code c1, c2, ...}; {@code statement} references are rewritten to the new ids.
 */
public final class ExtractorChain {

  private static final Comparator<Claim> TEXT_ORDER = Comparator.comparingInt(Claim::begin)
      .thenComparing(Comparator.comparingInt(Claim::end).reversed())
      .thenComparing(c -> c.type().ordinal());

  private final Knowledge knowledge;
  private final Extractor statements;
  private final List<Extractor> readers;

  /**
   * @param knowledge what the extractors share: each article's context is built from it
   * @param statements the speaker extractor, or null to run without statements
   * @param readers the extractors that read statements, in the order they run
   */
  public ExtractorChain(Knowledge knowledge, Extractor statements, List<Extractor> readers) {
    this.knowledge = knowledge;
    this.statements = statements;
    this.readers = List.copyOf(readers);
  }

  /** The ids of the extractors, in the order they run. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    if (statements != null) {
      ids.add(statements.id());
    }
    readers.forEach(r -> ids.add(r.id()));
    return ids;
  }

  public List<Claim> run(Document doc) {
    List<Claim> all = new ArrayList<>();
    ArticleContext context = knowledge.context(doc);
    if (statements != null) {
      List<? extends Claim> speakerClaims = statements.extract(doc, context);
      all.addAll(speakerClaims);
      context = context.withStatements(Statements.of(speakerClaims));
    }
    for (Extractor reader : readers) {
      all.addAll(reader.extract(doc, context));
    }
    return renumber(all);
  }

  static List<Claim> renumber(List<Claim> claims) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(TEXT_ORDER);
    Map<String, String> newIds = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      String old = sorted.get(i).id();
      if (old != null) {
        newIds.putIfAbsent(sorted.get(i).type().name() + ":" + old, "c" + (i + 1));
      }
    }
    List<Claim> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Claim c = sorted.get(i);
      String statement = c.statement() == null ? null : newIds.get("SPEAKER:" + c.statement());
      out.add(c.renumbered("c" + (i + 1), statement));
    }
    return out;
  }
}
