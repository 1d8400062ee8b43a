package org.sitrep.extract;

import java.util.List;
import org.sitrep.claim.Claim;
import org.sitrep.nlp.Document;

/**
 * Turns an annotated article into claims of one type. Implementations are immutable and safe to
 * share between threads; all per-article state lives on the stack of {@link #extract}.
 */
public interface Extractor {

  /** A short stable name, e.g. "speaker". */
  String id();

  /**
   * The claims this extractor finds in {@code doc}. {@code context} holds the speaker claims found
   * before (none for the speaker extractor itself), so that a figure inside a quotation can take
   * its speaker, and the article's source and place resolvers. Ids need only be unique among this
   * extractor's claims: the chain renumbers all claims in text order afterwards.
   */
  List<? extends Claim> extract(Document doc, ArticleContext context);
}
