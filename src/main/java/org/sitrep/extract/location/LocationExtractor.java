package org.sitrep.extract.location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sitrep.claim.Claim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.PlaceKind;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Statements;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;

/**
 * Finds location claims: a subject placed at a named place by a predicate ("North Korean soldiers are
 * in Kursk", "deployed in the Kursk region", "struck Damascus", "the attack in Manbij"), inside quotes
 * or not, with the speaker of the enclosing statement. A place named only as an actor, an owner or in
 * a title is not a claim. Immutable and safe to share between threads.
 */
public final class LocationExtractor implements Extractor {

  private static final Set<String> CLOSERS = Set.of(".", "!", "?", "\"", "”", "''", "’", "'", ")", "…", ":");

  private final PlaceFinder places;
  private final PlacementFinder placements;
  private final SubjectBuilder subjects;

  /** @param gazetteer the shared gazetteer (load it once) */
  public LocationExtractor(Gazetteer gazetteer) {
    Lexicon lexicon = Lexicon.load();
    this.places = new PlaceFinder(gazetteer, Areas.load(), lexicon);
    this.placements = new PlacementFinder(lexicon);
    this.subjects = new SubjectBuilder(gazetteer);
  }

  @Override
  public String id() {
    return "location";
  }

  @Override
  public List<? extends Claim> extract(Document doc, Statements statements) {
    List<Claim> out = new ArrayList<>();
    List<PlaceMention> found = places.find(doc);
    int[] mentionAt = new int[doc.tokens().size()];
    Arrays.fill(mentionAt, -1);
    for (int i = 0; i < found.size(); i++) {
      for (int k = found.get(i).firstToken(); k < found.get(i).endToken(); k++) {
        mentionAt[k] = i;
      }
    }
    for (int i = 0; i < found.size(); i++) {
      PlaceMention m = found.get(i);
      if (isHeadlineOrCaption(doc, doc.tokens().get(m.firstToken()).sentence()) || describesPlace(doc, m, i, mentionAt)) {
        continue;
      }
      Placement p = placements.placement(doc, m.head(), m.place().kind() == PlaceKind.COUNTRY);
      if (p == null) {
        continue;
      }
      LocationClaim claim = new LocationClaim("l" + (out.size() + 1), null, m.begin(), m.end(),
          doc.text(m.begin(), m.end()), doc.tokens().get(m.firstToken()).sentence(), p.confidence(), null,
          subjects.subject(doc, p.subject()), m.place(), p.predicate());
      out.add(statements.attribute(claim));
    }
    return out;
  }

  /** "Ukraine's" in "Ukraine's Crimea region", "Belarus" in "Minsk, Belarus": a place that locates another. */
  private static boolean describesPlace(Document doc, PlaceMention m, int index, int[] mentionAt) {
    int gov = doc.head(m.head());
    String rel = doc.relation(m.head());
    if (gov < 0 || rel == null) {
      return false;
    }
    boolean describes = rel.equals("nmod:poss") || rel.equals("appos");
    return describes && mentionAt[gov] >= 0 && mentionAt[gov] != index;
  }

  /**
   * A paragraph that does not end in closing punctuation: a headline, a "Read more" teaser or a photo
   * caption, not the article's body.
   */
  private static boolean isHeadlineOrCaption(Document doc, int sentence) {
    List<Sentence> all = doc.sentences();
    int paragraph = all.get(sentence).paragraph();
    int last = sentence;
    while (last + 1 < all.size() && all.get(last + 1).paragraph() == paragraph) {
      last++;
    }
    Sentence s = all.get(last);
    if (s.endToken() == s.firstToken()) {
      return false;
    }
    return !CLOSERS.contains(doc.tokens().get(s.endToken() - 1).word());
  }
}
