package org.sitrep.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sitrep.Article;
import org.sitrep.ArticleClaims;
import org.sitrep.ArticleInfo;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Claim;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;

class HtmlRendererTest {

  private static ArticleClaims result(String id, List<Claim> claims) {
    return ArticleClaims.of(new ArticleInfo(id, "A test article", "Test Wire", "2024-11-02", "en"), null, claims);
  }

  @Test
  void foundingArticleHasOneHighlightPerClaimAndItsExactText() throws IOException {
    String text = Files.readString(Path.of("samples/seed-001.txt"), StandardCharsets.UTF_8);
    ArticleClaims result = SharedSitrep.get().extract(Article.of("seed-001", text));
    assertThat(result.claims()).isNotEmpty();

    Page page = Page.parse(HtmlRenderer.render(result, text));

    assertThat(page.articleText()).isEqualTo(text);
    page.assertOneHighlightPerClaim(result.claims());
    assertThat(page.doc().select("aside a[href^=#h-]")).hasSizeGreaterThanOrEqualTo(result.claims().size());
  }

  @Test
  void crossingAndNestedClaimsEachGetOneHighlightCoveringTheirText() {
    String text = "Officials said \"at least 12 soldiers died near Kharkiv on Monday\" and condemned the "
        + "shelling of Kharkiv's outskirts.\nNext line.";
    Claims c = new Claims(text);
    int quote = c.at("at least");
    int monday = c.at("Monday") + "Monday".length();
    List<Claim> claims = List.of(
        c.statement("s1", quote, monday, "An Official"),
        c.figure("f1", quote, c.at("soldiers") + "soldiers".length()),
        // starts inside the statement and ends after it
        c.location("l1", c.at("Kharkiv"), c.at("condemned") + "condemned".length()),
        // starts inside l1 and ends after it, and shares its end with l2
        c.stance("st1", c.at("condemned"), c.at("Kharkiv", 1) + "Kharkiv".length(), null),
        c.location("l2", c.at("Kharkiv", 1), c.at("Kharkiv", 1) + "Kharkiv".length()),
        // same span as l2, and an empty span
        c.figure("f2", c.at("Kharkiv", 1), c.at("Kharkiv", 1) + "Kharkiv".length()),
        c.figure("f3", c.at("Next"), c.at("Next")));

    Page page = Page.parse(HtmlRenderer.render(result("t1", claims), text));

    assertThat(page.articleText()).isEqualTo(text);
    page.assertOneHighlightPerClaim(claims);
    assertThat(page.doc().select("mark[data-part-of]")).as("crossing claims are cut into pieces").isNotEmpty();
    Element statement = page.doc().getElementById("h-0");
    assertThat(statement.select("mark[data-id=f1]")).as("the figure nests in its statement").hasSize(1);
  }

  @Test
  void nonAsciiEmojiAndLineBreaksSurviveWithTheirOffsets() {
    String text = "Der Bürgermeister sagte: \u00abStraße gesperrt\u00bb \uD83C\uDDFA\uD83C\uDDE6 über 30 Häuser \uD83D\uDE00!\r\n"
        + "Zweite Zeile\r\rmit \u0645\u0631\u062d\u0628\u0627 und \u4f60\u597d\t\u00a0Ende \uD83D\uDCA5";
    Claims c = new Claims(text);
    List<Claim> claims = List.of(
        c.statement("s1", c.at("Straße"), c.at("\u00bb"), "Der Bürgermeister"),
        c.figure("f1", c.at("über"), c.at("Häuser") + "Häuser".length()),
        c.location("l1", c.at("\uD83D\uDE00"), c.at("\uD83D\uDE00") + 2),
        c.location("l2", c.at("\u0645"), c.at("\u4f60") + 2),
        c.figure("f2", c.at("\uD83D\uDCA5"), text.length()));

    Page page = Page.parse(HtmlRenderer.render(result("t2", claims), text));

    assertThat(page.articleText()).isEqualTo(text);
    page.assertOneHighlightPerClaim(claims);
  }

  @Test
  void hostileMarkupInTextAndFieldsStaysText() {
    String text = "Before <script>alert(1)</script> and <img src=x onerror=alert(1)> then "
        + "<a href=\"javascript:alert(1)\">click</a> &amp; \"quotes\" 'single' </div></mark><!-- c --> end.";
    Claims c = new Claims(text);
    Source hostile = Source.of("\"><script>alert(2)</script>", SourceKind.PERSON, "<img src=y onerror=alert(3)>", "' onmouseover='x");
    List<Claim> claims = List.of(
        c.statement("s\"1", c.at("<script>"), c.at("</script>") + 9, "<b onclick=alert(4)>Evil</b>"),
        c.figure("f1' onfocus='alert(5)", c.at("<img"), c.at("alert(1)>") + 9),
        c.stance("st1", c.at("<a href"), c.at("</a>") + 4, hostile),
        c.location("l1", c.at("</div>"), c.at("end")));
    ArticleClaims result = ArticleClaims.of(
        new ArticleInfo("x\"><script>alert(6)</script>", "</title><script>alert(7)</script>",
            "<iframe src=javascript:alert(8)>", "<style>*{display:none}</style>", "en"), null, claims);

    String html = HtmlRenderer.render(result, text, "index.html");
    Page page = Page.parse(html);

    assertThat(page.articleText()).isEqualTo(text);
    assertThat(page.heads()).hasSize(claims.size());
    for (Claim claim : claims) {
      Element head = page.doc().getElementById(page.heads().get(claims.indexOf(claim)).id());
      assertThat(head.attr("data-id")).isEqualTo(claim.id());
      assertThat(page.highlighted(head)).isEqualTo(claim.text());
    }
    assertOnlyTemplateMarkup(page);
    assertThat(page.doc().title()).isEqualTo("</title><script>alert(7)</script> \u2014 sitrep");
    assertThat(page.doc().getElementById("h-2").attr("data-speaker")).isEqualTo("\"><script>alert(2)</script>");
  }

  @Test
  void thePageSaysWhatProducedTheClaimsAndAHandWrittenDocumentShowsNothing() {
    String text = "Plain text.";
    org.sitrep.Provenance provenance = new org.sitrep.Provenance("9.8.7", "4.5.10", List.of("tokenize", "ner"),
        java.util.Map.of(), List.of("speaker", "figure"), new org.sitrep.Provenance.Limits(10, 5, 0), "sha256:<b>");
    Page page = Page.parse(HtmlRenderer.render(result("t4", List.of()).withProvenance(provenance), text));
    assertThat(page.doc().select("p.provenance").text()).isEqualTo(
        "Claims by sitrep 9.8.7 with CoreNLP 4.5.10 (tokenize, ner); extractors: speaker, figure; knowledge sha256:<b>");
    assertOnlyTemplateMarkup(page);
    assertThat(Page.parse(HtmlRenderer.render(result("t5", List.of()), text)).doc().select("p.provenance")).isEmpty();
  }

  @Test
  void pageFetchesNothing() {
    String text = "Plain text.";
    Page page = Page.parse(HtmlRenderer.render(result("t3", List.of()), text));

    assertThat(page.doc().select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
    assertThat(page.doc().select("[src], link, iframe, img, object, embed")).isEmpty();
    assertThat(page.articleText()).isEqualTo(text);
  }

  @Test
  void failedArticleShowsItsErrorAndNoText() {
    ArticleClaims failed = ArticleClaims.failed(new ArticleInfo("bad", null, null, null, "en"),
        org.sitrep.ErrorCode.EMPTY_TEXT, "the text is <blank>");
    Page page = Page.parse(HtmlRenderer.render(failed, null));

    assertThat(page.doc().getElementById("text")).isNull();
    assertThat(page.doc().select(".error").text()).contains("EMPTY_TEXT").contains("the text is <blank>");
  }

  @Test
  void claimsThatDoNotFitTheTextAreListedButNotHighlighted() {
    String text = "Short text about Kharkiv.";
    String other = "A much longer text about Kharkiv and more.";
    Claims c = new Claims(other);
    List<Claim> claims = List.of(c.location("l1", 0, 5), c.location("l2", 30, 40));

    Page page = Page.parse(HtmlRenderer.render(result("t4", claims), text));

    assertThat(page.articleText()).isEqualTo(text);
    assertThat(page.heads()).hasSize(1);
    assertThat(page.doc().select(".error").text()).contains("Outside the text, not highlighted: 1 claim")
        .contains("Not matching the text at their offsets: 1 claim");
    assertThat(page.doc().select("aside li")).hasSizeGreaterThanOrEqualTo(2);
  }

  /** Elements and attributes the template writes; anything else came from the data. */
  static void assertOnlyTemplateMarkup(Page page) {
    assertOnlyTemplateElementsAndAttributes(page);
    List<String> hrefs = page.doc().select("[href]").eachAttr("href");
    assertThat(hrefs).allMatch(h -> h.equals("index.html") || h.matches("#h-\\d+"));
    assertThat(page.doc().select("script")).hasSize(1);
    assertThat(page.doc().select("style")).hasSize(1);
    assertThat(page.doc().select("script").first().data()).isEqualTo("\n" + PageAssets.script());
    assertThat(page.doc().select("style").first().data()).isEqualTo("\n" + PageAssets.css());
  }

  static void assertOnlyTemplateElementsAndAttributes(Page page) {
    Set<String> elements = Set.of("html", "head", "meta", "title", "style", "script", "body", "header", "h1", "h2", "h3",
        "div", "main", "aside", "section", "span", "strong", "b", "small", "a", "p", "mark", "details", "summary",
        "ol", "li", "label", "input", "table", "thead", "tbody", "tfoot", "tr", "th", "td");
    Set<String> attributes = new TreeSet<>(Set.of("lang", "charset", "http-equiv", "content", "name", "class", "id",
        "tabindex", "href", "role", "aria-label", "type", "checked", "open", "data-filter", "data-part-of",
        "data-begin", "data-end", "data-id"));
    ClaimFields.LABELS.forEach(l -> attributes.add("data-" + l[0]));
    List<String> problems = new ArrayList<>();
    for (Element e : page.doc().getAllElements()) {
      if (e == page.doc()) {
        continue;
      }
      if (!elements.contains(e.tagName())) {
        problems.add("element " + e.tagName());
      }
      for (Attribute a : e.attributes()) {
        if (!attributes.contains(a.getKey())) {
          problems.add("attribute " + a.getKey() + " on " + e.tagName());
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
