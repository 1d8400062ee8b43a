package org.sitrep.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.claim.ClaimType;
import org.sitrep.claim.Source;

/** The side panel: type filters, then the claims grouped by type and by speaker, each a link. */
final class ClaimPanel {

  private ClaimPanel() {}

  static void write(StringBuilder out, List<PageClaim> claims) {
    out.append("<aside aria-label=\"Claims\">\n<section class=\"card filters\">\n<h2>Show</h2>\n");
    for (ClaimType t : ClaimType.values()) {
      out.append("<label><input type=\"checkbox\" checked data-filter=\"").append(t.wireName()).append("\"> ")
          .append("<span class=\"sw sw-").append(t.wireName()).append("\"></span>")
          .append(Html.text(PageClaim.typeLabel(t.wireName()))).append("</label>");
    }
    out.append("\n</section>\n<section class=\"card\">\n<h2>Claims by type</h2>\n");
    boolean any = false;
    for (ClaimType t : ClaimType.values()) {
      List<PageClaim> ofType = claims.stream().filter(c -> c.claim().type() == t).toList();
      if (!ofType.isEmpty()) {
        any = true;
        group(out, PageClaim.typeLabel(t.wireName()), null, ofType, true);
      }
    }
    if (!any) {
      out.append("<p class=\"note\">No claims.</p>\n");
    }
    out.append("</section>\n<section class=\"card\">\n<h2>Claims by speaker</h2>\n");
    Map<String, List<PageClaim>> bySpeaker = new LinkedHashMap<>();
    for (PageClaim c : claims) {
      bySpeaker.computeIfAbsent(c.speakerName(), k -> new ArrayList<>()).add(c);
    }
    if (bySpeaker.isEmpty()) {
      out.append("<p class=\"note\">No claims.</p>\n");
    }
    bySpeaker.forEach((name, list) -> group(out, name, describe(list.get(0).claim().speaker()), list, false));
    out.append("</section>\n</aside>\n");
  }

  private static String describe(Source s) {
    if (s == null) {
      return null;
    }
    StringBuilder d = new StringBuilder(ClaimFields.lower(s.kind()));
    if (s.title() != null && !s.title().isBlank()) {
      d.append(", ").append(s.title());
    }
    if (s.country() != null && !s.country().isBlank()) {
      d.append(", ").append(s.country());
    }
    return d.toString();
  }

  private static void group(StringBuilder out, String heading, String note, List<PageClaim> list, boolean open) {
    out.append(open ? "<details open>" : "<details>").append("<summary>").append(Html.text(heading))
        .append(" <small>").append(Html.text("(" + list.size() + (note == null ? "" : "; " + note) + ")"))
        .append("</small></summary>\n<ol class=\"claims\">\n");
    for (PageClaim c : list) {
      out.append("<li class=\"i-").append(c.type()).append(c.colour() >= 0 ? " spk-" + c.colour() : "").append("\">");
      SummaryTables.link(out, c, c.claim().id() == null ? "?" : c.claim().id());
      out.append(' ').append(Html.text(c.excerpt(110)));
      if (!c.placed()) {
        out.append(" <span class=\"note\">(outside the text)</span>");
      }
      out.append("</li>\n");
    }
    out.append("</ol></details>\n");
  }
}
