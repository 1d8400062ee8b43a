package org.sitrep.internal.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.ArticleClaims;
import org.sitrep.ArticleError;
import org.sitrep.ArticleInfo;
import org.sitrep.claim.ClaimType;

/**
 * A batch's {@code index.html}: one row per article with its claim counts by type and its error
 * code, linking to the article's page. Add the articles in order, then {@link #html()}.
 * Not thread-safe.
 */
public final class IndexPage {

  /** What the index keeps of an article: not its claims, so a large batch stays small. */
  private record Row(String file, String id, String title, long[] counts, ArticleError error) {

    static Row of(String file, ArticleClaims result) {
      ArticleInfo info = result.article();
      long[] counts = new long[ClaimType.values().length];
      for (ClaimType t : ClaimType.values()) {
        counts[t.ordinal()] = result.count(t);
      }
      return new Row(file, info == null ? null : info.id(), info == null ? null : info.title(), counts, result.error());
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final Set<String> names = new HashSet<>();

  /**
   * Adds an article and returns the file name its page should have: its id with every character
   * outside {@code [A-Za-z0-9._-]} replaced, unique within the batch and never {@code index.html}.
   */
  public String add(ArticleClaims result) {
    String id = result.article() == null ? null : result.article().id();
    String base = id == null ? "" : id.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "_");
    if (base.length() > 100) {
      base = base.substring(0, 100);
    }
    if (base.isEmpty()) {
      base = "article-" + (rows.size() + 1);
    }
    String name = base + ".html";
    for (int n = 2; name.toLowerCase(Locale.ROOT).equals("index.html") || !names.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n + ".html";
    }
    rows.add(Row.of(name, result));
    return name;
  }

  public int size() {
    return rows.size();
  }

  public String html() {
    StringBuilder out = new StringBuilder(4096 + rows.size() * 400);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.attr(PageAssets.CSP)).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"sitrep render\">\n")
        .append("<title>sitrep: ").append(Html.text(PageClaim.plural(rows.size(), "article"))).append("</title>\n")
        .append("<style>\n").append(PageAssets.css()).append("</style>\n</head>\n<body>\n")
        .append("<header>\n<h1>").append(Html.text(PageClaim.plural(rows.size(), "article"))).append("</h1>\n</header>\n")
        .append("<div class=\"card batch\">\n<table class=\"sum\">\n<thead><tr><th>Article</th><th>Title</th>");
    for (ClaimType t : ClaimType.values()) {
      out.append("<th class=\"n\">").append(Html.text(PageClaim.typeLabel(t.wireName()))).append("</th>");
    }
    out.append("<th>Error</th></tr></thead>\n<tbody>\n");
    long[] totals = new long[ClaimType.values().length];
    int failed = 0;
    for (Row r : rows) {
      String id = r.id();
      String title = r.title();
      out.append("<tr><td><a href=\"").append(Html.attr(r.file())).append("\">")
          .append(Html.text(id == null || id.isBlank() ? r.file() : id)).append("</a></td><td>")
          .append(Html.text(title == null ? "" : title)).append("</td>");
      for (ClaimType t : ClaimType.values()) {
        long n = r.counts()[t.ordinal()];
        totals[t.ordinal()] += n;
        out.append("<td class=\"n\">").append(n).append("</td>");
      }
      out.append("<td>");
      if (r.error() != null) {
        failed++;
        out.append("<strong>").append(Html.text(r.error().code().name())).append("</strong> <span class=\"note\">")
            .append(Html.text(r.error().message() == null ? "" : r.error().message())).append("</span>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n<tfoot><tr><th>Total</th><th>").append(Html.text(failed == 0 ? "" : failed + " failed")).append("</th>");
    for (long n : totals) {
      out.append("<td class=\"n\">").append(n).append("</td>");
    }
    out.append("<td></td></tr></tfoot>\n</table>\n</div>\n</body>\n</html>\n");
    return out.toString();
  }
}
