package org.sitrep.internal.extract.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.extract.ArticleContext;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.extract.Extractor;
import org.sitrep.internal.extract.ReportingVerbs;
import org.sitrep.nlp.Document;
import org.sitrep.internal.extract.ParseNeeds;
import org.sitrep.nlp.ParseFilter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who said what: one {@link SpeakerClaim} per direct quotation and per reported clause.
 *
 * <p>The work is split in parts, built per article: {@link ReportedClauses} finds the clauses that
 * reporting words report ({@code reporting-verbs.tsv}; bounds by {@link ClauseBounds});
 * {@link Quotations} attributes each quotation; {@link SpeakerFinder} turns a reporting word into
 * its speaker through the article's source resolver ({@link ArticleKnowledge#sources()}); {@link Continuations} gives speakerless
 * statements the previous speaker. Immutable and thread-safe.
 */
public final class SpeakerExtractor implements Extractor {

  private final ReportingVerbs verbs;

  public SpeakerExtractor(ReportingVerbs verbs) {
    this.verbs = verbs;
  }

  /** An extractor with the bundled reporting verbs. */
  public static SpeakerExtractor load() {
    return new SpeakerExtractor(ReportingVerbs.get());
  }

  @Override
  public String id() {
    return "speaker";
  }

  /**
   * Sentences with a quotation mark, a word that may begin a reporting phrase (by lemma or word),
   * or a possible speaker (also read as the antecedent of a later "he said").
   */
  @Override
  public ParseFilter parseFilter() {
    Set<String> first = verbs.all().stream().map(e -> e.words().get(0)).collect(Collectors.toUnmodifiableSet());
    return ParseFilter.anyToken(t -> ParseNeeds.isQuotationMark(t)
        || first.contains(t.lemma().toLowerCase(Locale.ROOT)) || first.contains(t.word().toLowerCase(Locale.ROOT)))
        .or(ParseNeeds.sources());
  }

  @Override
  public List<SpeakerClaim> extract(Document doc, ArticleContext context) {
    Syntax syntax = new Syntax(doc);
    QuoteIndex quotes = QuoteIndex.of(doc);
    ClauseBounds bounds = new ClauseBounds(doc, verbs, syntax);
    SpeakerFinder speakers = new SpeakerFinder(doc, verbs, syntax, quotes, ArticleKnowledge.of(doc, context).sources(), bounds);
    Quotations quotations = new Quotations(doc, verbs, syntax, quotes, speakers);
    List<Draft> indirect = new ReportedClauses(doc, verbs, syntax, quotes, bounds, speakers).find();
    List<Draft> all = new ArrayList<>(quotations.find(indirect));
    for (Draft d : indirect) {
      Draft kept = quotations.withoutStatementQuotes(d);
      if (kept != null) {
        all.add(kept);
      }
    }
    all.sort(Comparator.comparingInt(Draft::begin).thenComparingInt(Draft::end));
    return new Continuations(doc).claims(all);
  }
}
