package org.sitrep.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.claim.Claim;

/** A rendered page parsed by jsoup, with the checks every render test makes. */
record Page(Document doc) {

  static Page parse(String html) {
    return new Page(Jsoup.parse(html));
  }

  String articleText() {
    Element text = doc.getElementById("text");
    assertThat(text).as("the #text container").isNotNull();
    return text.wholeText();
  }

  List<Element> heads() {
    return doc.select("#text mark[data-id]");
  }

  /** The text a claim's highlight covers: its head, then its continuation pieces. */
  String highlighted(Element head) {
    StringBuilder sb = new StringBuilder(head.wholeText());
    for (Element piece : doc.select("mark[data-part-of=" + head.id() + "]")) {
      sb.append(piece.wholeText());
    }
    return sb.toString();
  }

  /** One highlight per claim, carrying its id and offsets and covering exactly its text. */
  void assertOneHighlightPerClaim(List<? extends Claim> claims) {
    List<Element> heads = heads();
    assertThat(heads).hasSize(claims.size());
    List<String> ids = new ArrayList<>();
    for (Claim c : claims) {
      List<Element> mine = doc.select("#text mark[data-id=" + c.id() + "]");
      assertThat(mine).as("highlights of " + c.id()).hasSize(1);
      Element head = mine.get(0);
      assertThat(head.attr("data-begin")).isEqualTo(Integer.toString(c.begin()));
      assertThat(head.attr("data-end")).isEqualTo(Integer.toString(c.end()));
      assertThat(head.attr("data-type")).isEqualTo(c.type().wireName());
      assertThat(head.attr("tabindex")).as("keyboard users reach " + c.id()).isEqualTo("0");
      assertThat(highlighted(head)).as("text under " + c.id()).isEqualTo(c.text());
      ids.add(c.id());
    }
    assertThat(ids).doesNotHaveDuplicates();
    for (Element piece : doc.select("mark[data-part-of]")) {
      assertThat(doc.getElementById(piece.attr("data-part-of"))).as("head of a piece").isNotNull();
      assertThat(piece.hasAttr("data-id")).isFalse();
      assertThat(piece.hasAttr("tabindex")).isFalse();
    }
  }
}
