package org.sitrep.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.ArticleClaims;
import org.sitrep.ArticleInfo;
import org.sitrep.Provenance;
import org.sitrep.claim.Claim;
import org.sitrep.claim.ClaimType;
import org.sitrep.claim.SpeakerClaim;

/**
 * One article's page: a single HTML file with its style and script inline and nothing fetched
 * (a Content-Security-Policy forbids it), showing the text with every claim highlighted, a
 * legend, a side panel of the claims and a summary. Every piece of the article and its claims
 * goes through {@link Html#text} or {@link Html#attr}; claim data lives in data attributes that
 * the script reads as text, never in the script itself.
 */
public final class HtmlRenderer {

  private HtmlRenderer() {}

  /** The page of {@code result}, whose claims' offsets index into {@code text} (null if unknown). */
  public static String render(ArticleClaims result, String text) {
    return render(result, text, null);
  }

  /** As {@link #render(ArticleClaims, String)}, with a link back to a batch's index page. */
  public static String render(ArticleClaims result, String text, String indexHref) {
    List<PageClaim> claims = pageClaims(result.claims(), text);
    StringBuilder out = new StringBuilder(text == null ? 8192 : text.length() * 3 + 8192);
    ArticleInfo info = result.article();
    String heading = heading(info);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.attr(PageAssets.CSP)).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"sitrep render\">\n")
        .append("<title>").append(Html.text(heading)).append(" \u2014 sitrep</title>\n")
        .append("<style>\n").append(PageAssets.css()).append("</style>\n</head>\n<body>\n");
    header(out, result, heading, claims, indexHref);
    out.append("<div class=\"layout\">\n<main>\n");
    legend(out, claims);
    out.append("<section class=\"card\" aria-label=\"Article text\">\n");
    if (text == null) {
      out.append("<p class=\"note\">The article text is not available.</p>\n");
    } else {
      out.append("<div id=\"text\" class=\"text\">");
      Highlighter.write(text, spans(claims), out);
      out.append("</div>\n");
    }
    out.append("</section>\n");
    SummaryTables.write(out, claims);
    provenance(out, result.provenance());
    out.append("</main>\n");
    ClaimPanel.write(out, claims);
    out.append("</div>\n<div id=\"tip\" role=\"tooltip\"></div>\n<script>\n").append(PageAssets.script())
        .append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  /** What produced the claims, in one line at the page's end; nothing for a document without provenance. */
  static void provenance(StringBuilder out, Provenance p) {
    if (p == null) {
      return;
    }
    String line = "Claims by sitrep " + p.sitrep() + " with CoreNLP " + p.corenlp()
        + " (" + String.join(", ", p.annotators()) + "); extractors: " + String.join(", ", p.extractors())
        + "; knowledge " + (p.knowledge() == null ? "unknown" : p.knowledge());
    out.append("<p class=\"note provenance\">").append(Html.text(line)).append("</p>\n");
  }

  static String heading(ArticleInfo info) {
    if (info == null) {
      return "Untitled article";
    }
    if (info.title() != null && !info.title().isBlank()) {
      return info.title();
    }
    return info.id() != null && !info.id().isBlank() ? info.id() : "Untitled article";
  }

  static List<PageClaim> pageClaims(List<Claim> claims, String text) {
    Map<String, Integer> colours = new LinkedHashMap<>();
    List<PageClaim> out = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      boolean placed = text != null && c.begin() >= 0 && c.begin() <= c.end() && c.end() <= text.length();
      boolean matches = placed && c.text() != null && text.regionMatches(c.begin(), c.text(), 0, c.text().length())
          && c.text().length() == c.end() - c.begin();
      int colour = -1;
      if (c instanceof SpeakerClaim s) {
        colour = colours.computeIfAbsent(s.speaker().name(), k -> colours.size()) % PageAssets.SPEAKER_COLOURS.length;
      }
      out.add(new PageClaim(c, "h-" + i, placed, matches, colour));
    }
    return out;
  }

  private static List<Span> spans(List<PageClaim> claims) {
    List<Span> spans = new ArrayList<>();
    for (PageClaim pc : claims) {
      if (!pc.placed()) {
        continue;
      }
      Claim c = pc.claim();
      StringBuilder head = new StringBuilder("<mark class=\"c ").append(pc.classes()).append("\" id=\"")
          .append(pc.elementId()).append("\" tabindex=\"0\" data-begin=\"").append(c.begin())
          .append("\" data-end=\"").append(c.end()).append("\" data-id=\"").append(Html.attr(c.id())).append('"');
      for (ClaimFields.Field f : ClaimFields.of(c)) {
        head.append(" data-").append(f.key()).append("=\"").append(Html.attr(f.value())).append('"');
      }
      head.append('>');
      String piece = "<mark class=\"c " + pc.classes() + " part\" data-part-of=\"" + pc.elementId() + "\">";
      spans.add(new Span(c.begin(), c.end(), rank(c.type()), head.toString(), piece));
    }
    return spans;
  }

  /** Which of two claims with the same span is the outer one. */
  private static int rank(ClaimType type) {
    return switch (type) {
      case SPEAKER -> 0;
      case STANCE -> 1;
      case LOCATION -> 2;
      case FIGURE -> 3;
    };
  }

  private static void header(StringBuilder out, ArticleClaims result, String heading, List<PageClaim> claims, String indexHref) {
    ArticleInfo info = result.article();
    out.append("<header>\n<h1>").append(Html.text(heading)).append("</h1>\n<div class=\"meta\">");
    if (indexHref != null) {
      out.append("<span><a href=\"").append(Html.attr(indexHref)).append("\">All articles</a></span>");
    }
    if (info != null) {
      if (!heading.equals(info.id())) {
        meta(out, "Id ", info.id());
      }
      meta(out, "", info.source());
      meta(out, "", info.published());
    }
    out.append("<span>").append(Html.text(PageClaim.plural(claims.size(), "claim"))).append("</span>");
    out.append("</div>\n</header>\n");
    if (result.error() != null) {
      out.append("<div class=\"error\" role=\"alert\"><strong>").append(Html.text(result.error().code().name()))
          .append("</strong> ").append(Html.text(result.error().message() == null ? "" : result.error().message()))
          .append("</div>\n");
    }
    long off = claims.stream().filter(c -> c.placed() && !c.textMatches()).count();
    long unplaced = claims.stream().filter(c -> !c.placed()).count();
    if (off > 0 || unplaced > 0) {
      out.append("<div class=\"error\" role=\"alert\">").append(Html.text(
          (unplaced > 0 ? "Outside the text, not highlighted: " + PageClaim.plural(unplaced, "claim") + ". " : "")
          + (off > 0 ? "Not matching the text at their offsets: " + PageClaim.plural(off, "claim")
              + " (were the claims made from another version of the text?)" : ""))).append("</div>\n");
    }
  }

  private static void meta(StringBuilder out, String label, String value) {
    if (value != null && !value.isBlank()) {
      out.append("<span>").append(Html.text(label + value)).append("</span>");
    }
  }

  private static void legend(StringBuilder out, List<PageClaim> claims) {
    out.append("<section class=\"card legend\" aria-label=\"Legend\">\n");
    for (ClaimType t : ClaimType.values()) {
      long n = claims.stream().filter(c -> c.claim().type() == t).count();
      out.append("<span><span class=\"sw sw-").append(t.wireName()).append("\"></span>")
          .append(Html.text(PageClaim.typeLabel(t.wireName()) + " (" + n + ")")).append("</span>");
    }
    Map<String, Integer> speakers = new LinkedHashMap<>();
    for (PageClaim c : claims) {
      if (c.colour() >= 0) {
        speakers.putIfAbsent(c.speakerName(), c.colour());
      }
    }
    if (!speakers.isEmpty()) {
      out.append("<span><b>Statements by:</b></span>");
      speakers.forEach((name, colour) -> out.append("<span><span class=\"sw spk spk-").append(colour)
          .append("\"></span>").append(Html.text(name)).append("</span>"));
    }
    out.append("\n</section>\n");
  }
}
