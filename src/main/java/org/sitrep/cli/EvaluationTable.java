package org.sitrep.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.sitrep.claim.ClaimType;
import org.sitrep.internal.eval.Accuracy;
import org.sitrep.internal.eval.ArticleScore;
import org.sitrep.internal.eval.EvalReport;
import org.sitrep.internal.eval.Prf;
import org.sitrep.internal.eval.ScoringError;
import org.sitrep.internal.eval.TypeScore;

/** Prints an {@link EvalReport} as fixed-width tables for a terminal. */
final class EvaluationTable {

  /** Longest claim text shown in the error list (the JSON report has it whole). */
  static final int MAX_TEXT = 140;

  private EvaluationTable() {}

  static void print(EvalReport report, String title, boolean perArticle, boolean errors, PrintStream out) {
    out.println(title);
    out.println();
    out.println(String.format(Locale.ROOT, "%-9s %5s %4s %5s %5s %5s %5s %5s | %6s %6s %6s | %6s %6s %6s",
        "type", "gold", "opt", "pred", "match", "right", "fp", "fn", "span P", "span R", "spanF1", "P", "R", "F1"));
    for (ClaimType type : ClaimType.values()) {
      TypeScore t = report.type(type);
      if (t == null) {
        out.println(String.format(Locale.ROOT, "%-9s %5s %4s %5s %5s %5s %5s %5s | %6s %6s %6s | %6s %6s %6s",
            type.wireName(), "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"));
        continue;
      }
      out.println(String.format(Locale.ROOT, "%-9s %5d %4d %5d %5d %5d %5d %5d | %s | %s",
          t.type().wireName(), t.gold(), t.optionalGold(), t.predicted(), t.matched(), t.headlineMatched(),
          t.falsePositives(), t.falseNegatives(), prf(t.span()), prf(t.headline())));
    }
    out.println("(match: required gold matched by span rule; right: matched and right speaker/unit; P R F1: headline)");
    out.println(String.format(Locale.ROOT, "overall (mean of the %s headline F1s): %.3f", scoredTypes(report),
        report.overall()));
    out.println();
    out.println("attribute accuracy on matched pairs (right/matched):");
    for (TypeScore t : report.types().values()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-9s", t.type().wireName()));
      for (Map.Entry<String, Accuracy> a : t.attributes().entrySet()) {
        line.append(String.format(Locale.ROOT, "  %s %s", a.getKey(), accuracy(a.getValue())));
      }
      out.println(line);
    }
    if (perArticle) {
      out.println();
      out.println("per article: headline F1 (span F1)");
      StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-28s", "article"));
      for (ClaimType t : ClaimType.values()) {
        header.append(String.format(Locale.ROOT, " %-13s", t.wireName()));
      }
      out.println(header.append(" overall"));
      for (ArticleScore a : report.articles()) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-28s", a.id()));
        for (ClaimType t : ClaimType.values()) {
          TypeScore s = a.types().get(t);
          row.append(s == null ? String.format(Locale.ROOT, " %-13s", "-")
              : String.format(Locale.ROOT, " %.3f (%.3f)", s.headline().f1(), s.span().f1()));
        }
        out.println(row.append(String.format(Locale.ROOT, " %.3f", a.overall())));
      }
    }
    if (errors) {
      out.println();
      out.println("errors: FP = predicted, not in gold; FN = gold, not predicted; WRONG = matched, wrong speaker/unit; ATTR = matched, another attribute wrong");
      for (ScoringError e : report.errors()) {
        out.println(String.format(Locale.ROOT, "%-5s %-8s %s %d..%d \"%s\" [%s]", kind(e.kind()),
            e.type().wireName(), e.article(), e.begin(), e.end(), shorten(e.text()), e.detail()));
      }
    }
  }

  /** "four" when every type was scored, else the scored types' names: "speaker", "speaker, figure". */
  private static String scoredTypes(EvalReport report) {
    if (report.types().size() == ClaimType.values().length) {
      return "four";
    }
    return String.join(", ", report.types().keySet().stream().map(ClaimType::wireName).toList());
  }

  private static String prf(Prf p) {
    return String.format(Locale.ROOT, "%6.3f %6.3f %6.3f", p.precision(), p.recall(), p.f1());
  }

  private static String accuracy(Accuracy a) {
    return a.rate() == null ? a.correct() + "/" + a.total() + " -"
        : String.format(Locale.ROOT, "%d/%d %.3f", a.correct(), a.total(), a.rate());
  }

  private static String kind(ScoringError.Kind kind) {
    return switch (kind) {
      case FALSE_POSITIVE -> "FP";
      case FALSE_NEGATIVE -> "FN";
      case WRONG_HEADLINE -> "WRONG";
      case WRONG_ATTRIBUTE -> "ATTR";
    };
  }

  static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= MAX_TEXT ? flat : flat.substring(0, MAX_TEXT - 1) + "…";
  }
}
