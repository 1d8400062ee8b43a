package org.sitrep.internal.extract;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.Statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.claim.Claim;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.nlp.Document;

/**
 * Runs extractors in order over one {@link ArticleContext} per article; the speaker claims of each
 * become statements that the extractors after it read (so the speaker extractor runs first).
 * Returns all claims in text order with ids {@code c1, c2, ...}; {@code statement} references are
 * rewritten to the new ids.
 */
public final class ExtractorChain {

  private static final Comparator<Claim> TEXT_ORDER = Comparator.comparingInt(Claim::begin)
      .thenComparing(Comparator.comparingInt(Claim::end).reversed())
      .thenComparing(c -> c.type().ordinal());

  private final Knowledge knowledge;
  private final List<Extractor> extractors;

  /**
   * @param knowledge what the extractors share: each article's context is built from it
   * @param extractors the extractors in the order they run, ids unique
   * @throws IllegalArgumentException for two extractors with one id
   */
  public ExtractorChain(Knowledge knowledge, List<Extractor> extractors) {
    this.knowledge = knowledge;
    this.extractors = List.copyOf(extractors);
    Set<String> seen = new HashSet<>();
    for (Extractor e : this.extractors) {
      if (!seen.add(e.id())) {
        throw new IllegalArgumentException("two extractors have the id '" + e.id() + "'");
      }
    }
  }

  /** The ids of the extractors, in the order they run. */
  public List<String> ids() {
    return extractors.stream().map(Extractor::id).toList();
  }

  public List<Claim> run(Document doc) {
    ArticleKnowledge context = knowledge.context(doc);
    List<Claim> all = new ArrayList<>();
    List<SpeakerClaim> statements = new ArrayList<>();
    for (int k = 0; k < extractors.size(); k++) {
      List<Claim> found = chainIds(k, extractors.get(k).extract(doc, context), doc, context.statements());
      all.addAll(found);
      int before = statements.size();
      found.stream().filter(SpeakerClaim.class::isInstance).map(SpeakerClaim.class::cast).forEach(statements::add);
      if (statements.size() > before) {
        context = context.withStatements(Statements.of(statements, doc.text()));
      }
    }
    return renumber(all);
  }

  /**
   * The claims of extractor {@code k}, checked against the text, with ids unique in the chain
   * ({@code k:i}) and statement references resolved to those ids: the extractor's own speaker
   * claims first, then the statements it was given; a reference to neither is dropped.
   */
  private List<Claim> chainIds(int k, List<? extends Claim> claims, Document doc, Statements given) {
    String id = extractors.get(k).id();
    if (claims == null) {
      throw new IllegalStateException("extractor '" + id + "' returned null instead of a list of claims");
    }
    Map<String, String> own = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = checked(id, claims.get(i), doc);
      if (c instanceof SpeakerClaim && c.id() != null) {
        own.putIfAbsent(c.id(), k + ":" + i);
      }
    }
    Set<String> known = new HashSet<>();
    given.all().forEach(s -> known.add(s.id()));
    List<Claim> out = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      String ref = c.statement();
      String statement = ref == null ? null : own.containsKey(ref) ? own.get(ref) : known.contains(ref) ? ref : null;
      out.add(c.renumbered(k + ":" + i, statement));
    }
    return out;
  }

  private static Claim checked(String extractor, Claim claim, Document doc) {
    if (claim == null) {
      throw new IllegalStateException("extractor '" + extractor + "' returned a null claim");
    }
    String text = doc.text();
    if (claim.end() > text.length() || !text.substring(claim.begin(), claim.end()).equals(claim.text())) {
      throw new IllegalStateException("extractor '" + extractor + "' returned a claim whose text is not the article's"
          + " text at " + claim.begin() + ".." + claim.end() + " (the text has " + text.length() + " characters): '"
          + claim.text() + "'");
    }
    return claim;
  }

  /** All claims in text order, numbered {@code c1, c2, ...}; statement references follow their claims. */
  static List<Claim> renumber(List<Claim> claims) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(TEXT_ORDER);
    Map<String, String> newIds = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      newIds.put(sorted.get(i).id(), "c" + (i + 1));
    }
    List<Claim> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Claim c = sorted.get(i);
      out.add(c.renumbered("c" + (i + 1), c.statement() == null ? null : newIds.get(c.statement())));
    }
    return out;
  }
}
