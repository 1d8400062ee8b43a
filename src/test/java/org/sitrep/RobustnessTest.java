package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.sitrep.claim.Claim;
import org.sitrep.claim.FigureClaim;
import org.sitrep.json.SitrepJson;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Quotation;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** Hostile and unusual inputs: each gives a clear error or a correct result, never a crash. */
class RobustnessTest {

  static ArticleClaims extract(String text) {
    return SharedSitrep.get().extract(Article.of("r", text));
  }

  /** Every offset the library reports points into the text as given. */
  static void assertOffsetsHold(String text, ArticleClaims result, Document doc) {
    for (Token t : doc.tokens()) {
      assertThat(t.begin()).isBetween(0, text.length());
      assertThat(t.end()).isBetween(t.begin(), text.length());
    }
    for (Claim c : result.claims()) {
      assertThat(c.text()).isEqualTo(text.substring(c.begin(), c.end()));
    }
    assertThat(SitrepJson.toLine(result)).doesNotContain("\n");
  }

  @Test
  void whitespaceOnlyTextIsEmptyText() {
    assertThatThrownBy(() -> extract("\u00a0 \r\n\t\u2003"))
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_TEXT));
  }

  @Test
  void tooLargeTextIsRefusedBeforeCoreNlpSeesIt() {
    Sitrep small = Sitrep.builder().maxChars(50).build();
    assertThatThrownBy(() -> small.extract("x".repeat(51)))
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
          assertThat(e.getMessage()).contains("51 characters").contains("limit of 50");
        });
  }

  @Test
  void anArticleOverTheTimeLimitIsATimeout() {
    Sitrep hasty = Sitrep.builder().timeout(Duration.ofNanos(1)).build();
    // long enough that the work cannot finish before the caller waits for it, even when the caller's thread is descheduled
    String article = "The convoy reached the city after two days of shelling.\n".repeat(60);
    assertThatThrownBy(() -> hasty.extract(article))
        .isInstanceOfSatisfying(ExtractionTimeoutException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT));
  }

  @Test
  void nulAndControlCharactersAreReadAsSpacesWithOffsetsKept() {
    String text = "Troops\u0000 crossed\u0007 the river.\u001b\nThe \u0085mayor said 12 people died.";
    ArticleClaims result = extract(text);
    Document doc = SharedSitrep.annotate(text);
    assertOffsetsHold(text, result, doc);
    assertThat(doc.tokens()).extracting(Token::word).contains("Troops", "crossed", "mayor", "12");
    assertThat(doc.tokens()).noneMatch(t -> t.word().chars().anyMatch(ch -> ch < 0x20));
  }

  @Test
  void htmlMarkupIsReadAsTextAndNeverReportedAsClaims() {
    String text = "<html><head><style>p { color: red; }</style><script>var s = \"He said 500 troops\";</script></head>"
        + "<body><p>The governor said <b>40 people</b> were killed in the strike.</p>"
        + "<p onclick=\"alert('x')\">&ldquo;We will rebuild,&rdquo; she said.</p><!-- \"a comment\" --></body></html>";
    ArticleClaims result = extract(text);
    Document doc = SharedSitrep.annotate(text);
    assertOffsetsHold(text, result, doc);
    assertThat(doc.tokens()).extracting(Token::word).doesNotContain("html", "script", "var", "color", "onclick", "alert", "b");
    assertThat(doc.tokens()).extracting(Token::word).contains("governor", "40", "killed", "rebuild");
    int script = text.indexOf("<script>");
    int scriptEnd = text.indexOf("</script>");
    for (Claim c : result.claims()) {
      assertThat(c.end() <= script || c.begin() >= scriptEnd).as(c.toString()).isTrue();
    }
    assertThat(doc.quotations()).extracting(q -> doc.text(q.contentBegin(), q.contentEnd()))
        .contains("We will rebuild,");
    // block tags end sentences: the two paragraphs are not one sentence
    assertThat(doc.sentences().size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void crAndCrlfLineEndsSplitParagraphs() {
    String text = "Shelling resumed at dawn.\rResidents fled west.\r\nAid arrived by noon.";
    Document doc = SharedSitrep.annotate(text);
    assertThat(doc.sentences()).extracting(s -> doc.text(s.span()))
        .containsExactly("Shelling resumed at dawn.", "Residents fled west.", "Aid arrived by noon.");
    assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 2);
  }

  @Test
  void emojiOutsideTheBmpKeepUtf16Offsets() {
    String text = "\uD83D\uDCA5\uD83D\uDCA5 Drones hit 3 depots \uD83D\uDE80 near Odesa, officials said \uD83C\uDDFA\uD83C\uDDE6.";
    ArticleClaims result = extract(text);
    Document doc = SharedSitrep.annotate(text);
    assertOffsetsHold(text, result, doc);
    Token three = doc.tokens().stream().filter(t -> t.word().equals("3")).findFirst().orElseThrow();
    assertThat(three.begin()).isEqualTo(text.indexOf(" 3 ") + 1);
    for (Token t : doc.tokens()) {
      assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word());
    }
  }

  @Test
  void cyrillicAndRightToLeftTextGiveResultsWithoutErrors() {
    String text = "\u0417\u0435\u043b\u0435\u043d\u0441\u044c\u043a\u0438\u0439 \u0437\u0430\u044f\u0432\u0438\u0432, \u0449\u043e 12 \u0441\u043e\u043b\u0434\u0430\u0442.\n"
        + "\u05d4\u05e6\u05d1\u05d0 \u05d0\u05de\u05e8 \u05db\u05d9 5 \u05d0\u05e0\u05e9\u05d9\u05dd \u05e0\u05e4\u05e6\u05e2\u05d5.\n"
        + "\u0642\u0627\u0644 \u0627\u0644\u062c\u064a\u0634 \"\u0644\u0646 \u0646\u062a\u0631\u0627\u062c\u0639\".";
    ArticleClaims result = extract(text);
    assertThat(result.error()).isNull();
    assertOffsetsHold(text, result, SharedSitrep.annotate(text));
    assertThat(result.stats().sentences()).isEqualTo(3);
  }

  @Test
  void aTenThousandWordSentenceIsTaggedButNotParsed() {
    StringBuilder sb = new StringBuilder("The militia");
    String[] words = {"and", "the", "villagers", "who", "said", "that", "troops", "moved", "near", "Kharkiv"};
    for (int i = 0; i < 10_000; i++) {
      sb.append(' ').append(words[i % words.length]);
    }
    sb.append('.');
    String text = sb.toString();
    ArticleClaims result = extract(text);
    Document doc = SharedSitrep.annotate(text);
    assertThat(result.stats().tokens()).isGreaterThan(10_000);
    assertThat(doc.sentences()).allMatch(s -> !s.parsed());
    assertOffsetsHold(text, result, doc);
  }

  @Test
  void aThousandUnclosedQuotationMarksDoNotSwallowTheArticle() {
    String text = "\u201cIt began. ".repeat(1000) + "\nThe minister said 30 shells fell.\n" + "\" open ".repeat(1000);
    ArticleClaims result = extract(text);
    Document doc = SharedSitrep.annotate(text);
    assertOffsetsHold(text, result, doc);
    int narration = text.indexOf("The minister");
    for (Quotation q : doc.quotations()) {
      assertThat(q.span().contains(narration)).as("quotation %s covers the narration", q).isFalse();
    }
  }

  @Test
  void deeplyNestedQuotesGiveAResult() {
    String text = "He said \u201c" + "she said \u2018they said \u201c".repeat(200) + "stop" + "\u201d\u2019".repeat(200) + "\u201d.";
    ArticleClaims result = extract(text);
    assertOffsetsHold(text, result, SharedSitrep.annotate(text));
  }

  static final String GOOD = "The governor said 12 people were killed in the shelling of Kharkiv on Monday.";

  static String claimsJson(ArticleClaims result) {
    return SitrepJson.toLine(result.claims());
  }

  @Test
  void aHugeTokenOrAHundredThousandDigitsLeaveTheArticlesOtherClaimsAsTheyWere() {
    String alone = claimsJson(extract(GOOD));
    assertThat(alone).contains("\"value\":12");
    for (String junk : new String[] {"k".repeat(45_000), "0123456789".repeat(10_000), "=".repeat(100_000)}) {
      String text = GOOD + "\n" + junk + "\n";
      ArticleClaims result = extract(text);
      assertThat(claimsJson(result)).isEqualTo(alone);
      assertOffsetsHold(text, result, SharedSitrep.annotate(text));
    }
  }

  @Test
  void aNumberTooLargeForADoubleDropsThatFigureOnly() {
    String huge = "Officials said 5" + " hundred".repeat(160) + " soldiers were killed. ";
    String digits = "Officials said " + "9".repeat(309) + " soldiers were killed. ";
    for (String first : new String[] {huge, digits}) {
      ArticleClaims result = extract(first + GOOD);
      assertThat(result.error()).isNull();
      List<FigureClaim> figures = result.claimsOf(FigureClaim.class);
      assertThat(figures).extracting(FigureClaim::value).contains(12.0).allMatch(v -> v < 1e300);
    }
  }

  @Test
  void fiveThousandNestedQuotationMarksGiveOneQuotationAndAResult() {
    String text = "He said \u201c" + "she said \u2018they said \u201c".repeat(2_500) + "stop" + "\u201d\u2019".repeat(2_500) + "\u201d.\n" + GOOD;
    ArticleClaims result = extract(text);
    Document doc = SharedSitrep.annotate(text);
    assertOffsetsHold(text, result, doc);
    // opening marks inside an open quotation do not nest: the outer quotation is the only one
    assertThat(doc.quotations()).hasSize(1);
    assertThat(claimsJson(result)).contains("\"value\":12");
  }
}
