package org.sitrep.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.Qualifier;
import org.sitrep.claim.StanceClaim;

/** The summary under the text: figures by category, places by country, stances by holder and target. */
final class SummaryTables {

  private SummaryTables() {}

  static void write(StringBuilder out, List<PageClaim> claims) {
    out.append("<section class=\"card\" id=\"summary\" aria-label=\"Summary\">\n<h2>Summary</h2>\n");
    figures(out, claims);
    places(out, claims);
    stances(out, claims);
    out.append("</section>\n");
  }

  private static void figures(StringBuilder out, List<PageClaim> claims) {
    Map<String, List<PageClaim>> byCategory = new TreeMap<>();
    for (PageClaim c : claims) {
      if (c.claim() instanceof FigureClaim f) {
        byCategory.computeIfAbsent(ClaimFields.lower(f.category()), k -> new ArrayList<>()).add(c);
      }
    }
    out.append("<h3>Figures by category</h3>\n");
    if (byCategory.isEmpty()) {
      out.append("<p class=\"note\">No figures.</p>\n");
      return;
    }
    out.append("<table class=\"sum\"><thead><tr><th>Category</th><th class=\"n\">Count</th><th>Figures</th></tr></thead><tbody>\n");
    byCategory.forEach((category, list) -> {
      out.append("<tr><td>").append(Html.text(category)).append("</td><td class=\"n\">").append(list.size()).append("</td><td>");
      for (int i = 0; i < list.size(); i++) {
        PageClaim c = list.get(i);
        out.append(i > 0 ? ", " : "");
        link(out, c, figureLabel((FigureClaim) c.claim()));
      }
      out.append("</td></tr>\n");
    });
    out.append("</tbody></table>\n");
  }

  /** "≥ 12 soldiers": qualifier sign, value, and unit or what is counted. */
  static String figureLabel(FigureClaim f) {
    String sign = switch (f.qualifier() == null ? Qualifier.EXACT : f.qualifier()) {
      case APPROXIMATE -> "~";
      case AT_LEAST -> "\u2265 ";
      case MORE_THAN -> "> ";
      case AT_MOST -> "\u2264 ";
      case LESS_THAN -> "< ";
      default -> "";
    };
    String what = f.unit() != null ? f.unit() : f.counted();
    return sign + ClaimFields.value(f) + (what == null || what.isBlank() ? "" : " " + what);
  }

  private static void places(StringBuilder out, List<PageClaim> claims) {
    Map<String, Map<String, List<PageClaim>>> byCountry = new TreeMap<>();
    for (PageClaim c : claims) {
      if (c.claim() instanceof LocationClaim l) {
        String country = l.place().country() == null ? "(unknown country)" : l.place().country();
        byCountry.computeIfAbsent(country, k -> new LinkedHashMap<>())
            .computeIfAbsent(l.place().name(), k -> new ArrayList<>()).add(c);
      }
    }
    out.append("<h3>Places by country</h3>\n");
    if (byCountry.isEmpty()) {
      out.append("<p class=\"note\">No locations.</p>\n");
      return;
    }
    out.append("<table class=\"sum\"><thead><tr><th>Country</th><th class=\"n\">Count</th><th>Places</th></tr></thead><tbody>\n");
    byCountry.forEach((country, places) -> {
      int n = places.values().stream().mapToInt(List::size).sum();
      out.append("<tr><td>").append(Html.text(country)).append("</td><td class=\"n\">").append(n).append("</td><td>");
      int i = 0;
      for (Map.Entry<String, List<PageClaim>> e : places.entrySet()) {
        out.append(i++ > 0 ? ", " : "");
        link(out, e.getValue().get(0), e.getKey() + (e.getValue().size() > 1 ? " \u00d7" + e.getValue().size() : ""));
      }
      out.append("</td></tr>\n");
    });
    out.append("</tbody></table>\n");
  }

  private static void stances(StringBuilder out, List<PageClaim> claims) {
    Map<String, List<PageClaim>> byPair = new TreeMap<>();
    for (PageClaim c : claims) {
      if (c.claim() instanceof StanceClaim s) {
        String target = s.target() == null ? "(no target)" : s.target().name();
        byPair.computeIfAbsent(c.speakerName() + "\u0000" + target, k -> new ArrayList<>()).add(c);
      }
    }
    out.append("<h3>Stances by holder and target</h3>\n");
    if (byPair.isEmpty()) {
      out.append("<p class=\"note\">No stances.</p>\n");
      return;
    }
    out.append("<table class=\"sum\"><thead><tr><th>Holder</th><th>Target</th><th>Stances</th></tr></thead><tbody>\n");
    byPair.forEach((pair, list) -> {
      String[] parts = pair.split("\u0000", 2);
      out.append("<tr><td>").append(Html.text(parts[0])).append("</td><td>").append(Html.text(parts[1])).append("</td><td>");
      for (int i = 0; i < list.size(); i++) {
        StanceClaim s = (StanceClaim) list.get(i).claim();
        out.append(i > 0 ? ", " : "");
        link(out, list.get(i), ClaimFields.lower(s.stance()) + " (" + ClaimFields.lower(s.polarity()) + ")");
      }
      out.append("</td></tr>\n");
    });
    out.append("</tbody></table>\n");
  }

  /** A link to the claim's highlight, or plain text for a claim that is not in the text. */
  static void link(StringBuilder out, PageClaim c, String label) {
    if (c.placed()) {
      out.append("<a href=\"#").append(c.elementId()).append("\">").append(Html.text(label)).append("</a>");
    } else {
      out.append(Html.text(label));
    }
  }
}
