package org.sitrep.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ArticleClaims;
import org.sitrep.ArticleInfo;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Claim;
import org.sitrep.cli.Main;
import org.sitrep.json.SitrepJson;

class RenderCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), SharedSitrep::get);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @TempDir Path dir;

  @Test
  void extractsAndWritesOnePagePerArticleAndAnIndex() throws IOException {
    String text = "The mayor said on Tuesday that 14 people were wounded in the shelling of the port.";
    Files.writeString(dir.resolve("port-story.txt"), text, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    Run r = run("render", dir.resolve("port-story.txt").toString(), "-o", out.toString(), "-t", "1");

    assertThat(r.code()).as(r.err()).isZero();
    Page page = Page.parse(Files.readString(out.resolve("port-story.html"), StandardCharsets.UTF_8));
    assertThat(page.articleText()).isEqualTo(text);
    Page index = Page.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
    assertThat(index.doc().select("a[href=port-story.html]")).hasSize(1);
  }

  @Test
  void aSymbolicLinkInTheOutputFolderIsReplacedNotFollowed() throws IOException {
    Files.writeString(dir.resolve("port-story.txt"), "Shelling hit the port.", StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path precious = dir.resolve("precious.txt");
    Files.writeString(precious, "keep me", StandardCharsets.UTF_8);
    Files.createSymbolicLink(out.resolve("port-story.html"), precious);
    Files.createSymbolicLink(out.resolve("index.html"), precious);

    Run r = run("render", dir.resolve("port-story.txt").toString(), "-o", out.toString(), "-t", "1");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(precious, StandardCharsets.UTF_8)).isEqualTo("keep me");
    for (String name : new String[] {"port-story.html", "index.html"}) {
      assertThat(Files.isSymbolicLink(out.resolve(name))).isFalse();
      assertThat(Files.readString(out.resolve(name), StandardCharsets.UTF_8)).contains("<html");
    }
  }

  @Test
  void rendersAClaimsFileWithTheArticlesMatchedById() throws IOException {
    String text = "Officials said \"at least 12 soldiers died near Kharkiv\" on Monday.";
    Claims c = new Claims(text);
    List<Claim> claims = List.of(c.statement("c1", c.at("at least"), c.at("Kharkiv") + 7, "An Official"),
        c.figure("c2", c.at("at least"), c.at("soldiers") + 8), c.location("c3", c.at("Kharkiv"), c.at("Kharkiv") + 7));
    String line = SitrepJson.toLine(ArticleClaims.of(new ArticleInfo("a1", "Title", null, null, "en"), null, claims));
    Files.writeString(dir.resolve("claims.jsonl"), line + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a1.txt"), text, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    Run r = run("render", "--claims", dir.resolve("claims.jsonl").toString(), dir.resolve("a1.txt").toString(),
        "-o", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    Page page = Page.parse(Files.readString(out.resolve("a1.html"), StandardCharsets.UTF_8));
    assertThat(page.articleText()).isEqualTo(text);
    page.assertOneHighlightPerClaim(claims);
    Page index = Page.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
    Element row = index.doc().select("tbody tr").first();
    assertThat(row.select("td").eachText()).containsExactly("a1", "Title", "1", "1", "1", "0");
  }

  @Test
  void aClaimsRecordWithoutItsArticleStillGetsAPageAndExitCodeOne() throws IOException {
    String line = SitrepJson.toLine(ArticleClaims.of(new ArticleInfo("ghost", null, null, null, "en"), null, List.of()));
    Files.writeString(dir.resolve("claims.jsonl"), line + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("other.txt"), "Some other text.", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    Run r = run("render", "--claims", dir.resolve("claims.jsonl").toString(), dir.resolve("other.txt").toString(),
        "-o", out.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no claims for article other").contains("no article text for ghost");
    assertThat(Files.readString(out.resolve("ghost.html"), StandardCharsets.UTF_8)).contains("The article text is not available");
    assertThat(out.resolve("other.html")).exists();
  }

  @Test
  void withoutAnOutputFolderItIsAUsageError() {
    Run r = run("render", "x.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--output");
  }

  @Test
  void indexFileNamesAreSafeAndUnique() {
    IndexPage index = new IndexPage();
    assertThat(index.add(failed("../etc/passwd"))).isEqualTo("__etc_passwd.html");
    assertThat(index.add(failed("index"))).isEqualTo("index-2.html");
    assertThat(index.add(failed("a b"))).isEqualTo("a_b.html");
    assertThat(index.add(failed("a?b"))).isEqualTo("a_b-2.html");
    assertThat(index.add(failed(null))).isEqualTo("article-5.html");
    Page page = Page.parse(index.html());
    HtmlRendererTest.assertOnlyTemplateElementsAndAttributes(page);
    assertThat(page.doc().select("a").eachAttr("href")).allMatch(h -> h.matches("[A-Za-z0-9._-]+\\.html"));
    assertThat(page.doc().select("script")).isEmpty();
  }

  private static ArticleClaims failed(String id) {
    return ArticleClaims.failed(new ArticleInfo(id, "<script>alert(1)</script>", null, null, "en"),
        org.sitrep.ErrorCode.TIMEOUT, "<img src=x onerror=alert(1)>");
  }
}
