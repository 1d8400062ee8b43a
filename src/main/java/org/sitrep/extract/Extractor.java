package org.sitrep.extract;

import java.util.List;
import org.sitrep.claim.Claim;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.ParseFilter;

/**
 * Finds claims of the contract's types in an annotated article: the one extension point of sitrep.
 * The four built-in extractors ({@code speaker}, {@code figure}, {@code stance}, {@code
 * location}) implement it, and so can a host's own, added with {@code
 * Sitrep.builder().addExtractor(...)}; its claims then appear in the article's claims and JSON
 * like the others.
 *
 * <pre>{@code
 * final class CeasefireCalls implements Extractor {
 *   public String id() { return "ceasefire-calls"; }
 *   public List<StanceClaim> extract(Document doc, ArticleContext context) { ... }
 * }
 * Sitrep sitrep = Sitrep.builder().addExtractor(new CeasefireCalls()).build();
 * }</pre>
 *
 * <p>An implementation is immutable and safe to share between threads: one {@code Sitrep} calls
 * it for many articles at once, and all per-article state lives on the stack of {@link #extract}.
 * It reads the article only through {@code doc} and {@code context}. An exception it throws fails
 * that article's extraction.
 */
public interface Extractor {

  /**
   * A short stable name, written into every document's provenance: letters, digits, {@code .},
   * {@code _} and {@code -}, unique among the extractors of a {@code Sitrep} (the built-in ids
   * are taken). Give a changed extractor a new id ({@code "acme-ceasefire-2"}) so that documents
   * tell what made them.
   *
   * @return the id, e.g. {@code "speaker"}
   */
  String id();

  /**
   * The claims this extractor finds in {@code doc}, in any order. Each claim's span lies inside
   * the text and its {@code text} is {@code doc.text().substring(begin, end)} (sitrep checks,
   * and fails the article otherwise). Ids need only be unique among this extractor's claims:
   * sitrep numbers all claims {@code c1, c2, ...} in text order afterwards. A claim's {@code
   * statement} is the id of one of this extractor's own speaker claims or of a claim in {@code
   * context.statements()}, or null; sitrep rewrites it to the new ids.
   *
   * @param doc the article's text and annotation
   * @param context the statements found before this extractor ran, and the article's source and
   *     place resolvers
   * @return the claims found, possibly none; never null
   */
  List<? extends Claim> extract(Document doc, ArticleContext context);

  /**
   * The sentences whose dependency parse this extractor (and what it asks of its context) reads:
   * sitrep parses only the sentences that some extractor's filter accepts, the parse being most of
   * its cost. A sentence left unparsed still has its tokens, tags and entities, with {@link
   * org.sitrep.nlp.Sentence#parsed()} false and no dependencies. The default, {@link
   * ParseFilter#ALL}, is always safe; a narrower filter must accept every sentence whose parse
   * could change the claims.
   *
   * @return the filter; never null
   */
  default ParseFilter parseFilter() {
    return ParseFilter.ALL;
  }
}
