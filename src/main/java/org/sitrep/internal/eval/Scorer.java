package org.sitrep.internal.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.claim.ClaimType;

/**
 * Scores predictions against gold by the rules of the annotation guidelines ("What the evaluation
 * reads"); see {@link Rules} for the match rules and {@link Matcher} for the one-to-one matching.
 * Only articles of the gold file count; an article without predictions counts as empty.
 * Stateless and thread-safe.
 */
public final class Scorer {

  private Scorer() {}

  /**
   * @param gold the gold articles
   * @param predictions predicted claims by article id (ids not in gold are ignored)
   */
  public static EvalReport score(List<GoldArticle> gold, Map<String, List<EvalClaim>> predictions) {
    return score(gold, predictions, EnumSet.allOf(ClaimType.class));
  }

  /**
   * Scores only the claim types of {@code types}: the report holds those types alone and its
   * overall score is the mean of their headline F1s.
   *
   * @param gold the gold articles
   * @param predictions predicted claims by article id (ids not in gold are ignored)
   * @param types the claim types to score (not empty)
   */
  public static EvalReport score(List<GoldArticle> gold, Map<String, List<EvalClaim>> predictions,
      Set<ClaimType> types) {
    if (types.isEmpty()) {
      throw new IllegalArgumentException("no claim type to score");
    }
    Map<ClaimType, TypeScore> totals = new EnumMap<>(ClaimType.class);
    for (ClaimType t : types) {
      totals.put(t, TypeScore.empty(t));
    }
    List<ArticleScore> articles = new ArrayList<>();
    for (GoldArticle article : gold) {
      ArticleScore s = scoreArticle(article, predictions.getOrDefault(article.id(), List.of()), types);
      articles.add(s);
      s.types().forEach((t, score) -> totals.merge(t, score, TypeScore::plus));
    }
    return new EvalReport(gold.size(), totals, EvalReport.overall(totals), articles);
  }

  public static ArticleScore scoreArticle(GoldArticle article, List<EvalClaim> predicted) {
    return scoreArticle(article, predicted, EnumSet.allOf(ClaimType.class));
  }

  static ArticleScore scoreArticle(GoldArticle article, List<EvalClaim> predicted, Set<ClaimType> scored) {
    Map<ClaimType, TypeScore> types = new EnumMap<>(ClaimType.class);
    List<ScoringError> errors = new ArrayList<>();
    for (ClaimType t : scored) {
      List<EvalClaim> g = article.claims().stream().filter(c -> c.type() == t).toList();
      List<EvalClaim> p = predicted.stream().filter(c -> c.type() == t).toList();
      types.put(t, scoreType(article.id(), t, g, p, errors));
    }
    errors.sort(java.util.Comparator.comparingInt(ScoringError::begin).thenComparing(ScoringError::type));
    return new ArticleScore(article.id(), types, EvalReport.overall(types), errors);
  }

  private static TypeScore scoreType(String articleId, ClaimType type, List<EvalClaim> gold,
      List<EvalClaim> predicted, List<ScoringError> errors) {
    int[] goldOf = Matcher.match(gold, predicted);
    boolean[] goldMatched = new boolean[gold.size()];
    int required = (int) gold.stream().filter(c -> !c.optional()).count();
    int counted = 0;
    int matched = 0;
    int headline = 0;
    Map<String, int[]> attributeCounts = new LinkedHashMap<>();
    for (String name : Rules.attributeNames(type)) {
      attributeCounts.put(name, new int[2]);
    }
    for (int p = 0; p < predicted.size(); p++) {
      EvalClaim pc = predicted.get(p);
      if (goldOf[p] < 0) {
        counted++;
        errors.add(new ScoringError(articleId, type, ScoringError.Kind.FALSE_POSITIVE, pc.begin(), pc.end(),
            pc.text(), describe(pc)));
        continue;
      }
      goldMatched[goldOf[p]] = true;
      EvalClaim gc = gold.get(goldOf[p]);
      if (gc.optional()) {
        continue;
      }
      counted++;
      matched++;
      boolean headlineRight = Rules.headlineRight(gc, pc);
      if (headlineRight) {
        headline++;
      } else {
        errors.add(new ScoringError(articleId, type, ScoringError.Kind.WRONG_HEADLINE, gc.begin(), gc.end(),
            gc.text(), headlineMiss(gc, pc)));
      }
      List<String> wrong = new ArrayList<>();
      Rules.attributes(gc, pc).forEach((name, right) -> {
        int[] c = attributeCounts.get(name);
        c[1]++;
        if (right) {
          c[0]++;
        } else {
          wrong.add(name);
        }
      });
      if (headlineRight && !wrong.isEmpty()) {
        errors.add(new ScoringError(articleId, type, ScoringError.Kind.WRONG_ATTRIBUTE, gc.begin(), gc.end(),
            gc.text(), "gold: " + describe(gc) + "; got: " + describe(pc) + " (wrong " + String.join(", ", wrong) + ")"));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      EvalClaim gc = gold.get(g);
      if (!goldMatched[g] && !gc.optional()) {
        errors.add(new ScoringError(articleId, type, ScoringError.Kind.FALSE_NEGATIVE, gc.begin(), gc.end(),
            gc.text(), describe(gc)));
      }
    }
    Map<String, Accuracy> attributes = new LinkedHashMap<>();
    attributeCounts.forEach((name, c) -> attributes.put(name, Accuracy.of(c[0], c[1])));
    return TypeScore.of(type, required, gold.size() - required, counted, matched, headline, attributes);
  }

  private static String headlineMiss(EvalClaim gold, EvalClaim predicted) {
    if (gold.type() == ClaimType.FIGURE) {
      return "unit: gold " + gold.unit() + ", got " + predicted.unit();
    }
    return "speaker: gold " + speakerName(gold) + ", got " + speakerName(predicted);
  }

  /** The fields a developer needs to recognise a claim in a list of errors. */
  static String describe(EvalClaim c) {
    String who = "speaker " + speakerName(c);
    return switch (c.type()) {
      case SPEAKER -> who + ", " + c.mode();
      case FIGURE -> String.format(Locale.ROOT, "%s, value %s %s, %s", who, formatValue(c.value()), c.unit(), c.category());
      case LOCATION -> who + ", place " + c.placeName() + " (" + c.placeCountry() + "), subject " + c.subject();
      case STANCE -> who + ", " + c.stance() + " " + c.polarity();
    };
  }

  private static String speakerName(EvalClaim c) {
    return c.speaker() == null ? "(article)" : c.speaker().name();
  }

  private static String formatValue(Double v) {
    if (v == null) {
      return "null";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : Double.toString(v);
  }
}
