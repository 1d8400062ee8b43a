package org.sitrep.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

  private static final String VERBS = """
      # Reporting verbs, written for this test.
      # A second comment line.
      lemma\tuses\tquotes
      say\tboth\tyes

      # a comment between rows
      Tell\tindirect
      """;

  enum Use { BOTH, INDIRECT, DIRECT }

  @Test
  void readsCellsByColumnNameSkippingCommentsAndBlankLines() {
    Table t = Table.parse("verbs.tsv", VERBS);

    assertThat(t.columns()).containsExactly("lemma", "uses", "quotes");
    assertThat(t.rows()).hasSize(2);
    Row tell = t.rows().get(1);
    assertThat(tell.lower("lemma")).isEqualTo("tell");
    assertThat(tell.choice("uses", Use.class)).isEqualTo(Use.INDIRECT);
    assertThat(tell.get("quotes")).isEmpty();
    assertThat(tell.flag("quotes")).isFalse();
    assertThat(t.rows().get(0).flag("quotes")).isTrue();
    assertThat(tell.line()).isEqualTo(7);
  }

  @Test
  void collectsLowerCasedSetsAndMaps() {
    Table t = Table.parse("verbs.tsv", VERBS);

    assertThat(t.lowerSet("lemma")).containsExactly("say", "tell");
    assertThat(t.lowerMap("lemma", "uses")).containsEntry("tell", "indirect").hasSize(2);
  }

  @Test
  void errorsNameTheResourceAndTheLine() {
    Table t = Table.parse("verbs.tsv", VERBS);
    Row say = t.rows().get(0);

    assertThatThrownBy(() -> say.choice("lemma", Use.class)).hasMessageStartingWith("verbs.tsv:4: ")
        .hasMessageContaining("'say' is not a Use");
    assertThatThrownBy(() -> t.rows().get(1).required("quotes")).hasMessage("verbs.tsv:7: column 'quotes' is empty");
    assertThatThrownBy(() -> say.flag("uses")).hasMessageContaining("verbs.tsv:4: column 'uses' is yes or no");
    assertThatThrownBy(() -> say.get("speaker")).hasMessageContaining("no column 'speaker'");
  }

  @Test
  void refusesARowWithMoreCellsThanTheHeaderNames() {
    assertThatThrownBy(() -> Table.parse("x.tsv", "a\tb\n1\t2\t3\n"))
        .hasMessageStartingWith("x.tsv:2: 3 cells, but the header at line 1 names 2 columns");
  }

  @Test
  void refusesAMissingRequiredColumnAndATableWithoutHeader() {
    assertThatThrownBy(() -> Table.parse("x.tsv", "# c\na\tb\n").require("a", "c"))
        .hasMessageStartingWith("x.tsv:2: no column 'c'");
    assertThatThrownBy(() -> Table.parse("x.tsv", "# only comments\n"))
        .hasMessageContaining("x.tsv: no header line");
  }

  @Test
  void readsNumbersListsAndAByteOrderMark() {
    Table t = Table.parse("n.tsv", "\uFEFFname\tvalue\tparts\nmillion\t1e6\tin, near ,at\nnone\t\t-\n");

    assertThat(t.columns()).containsExactly("name", "value", "parts");
    assertThat(t.rows().get(0).decimal("value")).isEqualTo(1e6);
    assertThat(t.rows().get(0).list("parts", ",")).isEqualTo(List.of("in", "near", "at"));
    assertThat(t.rows().get(1).decimal("value")).isNull();
    assertThat(t.rows().get(1).list("parts", ",")).isEmpty();
    assertThatThrownBy(() -> Table.parse("n.tsv", "v\nabc\n").rows().get(0).decimal("v"))
        .hasMessage("n.tsv:2: column 'v': not a number: abc");
  }

  @Test
  void readsAClassPathResourceRelativeToItsOwner() {
    Table t = Table.read("/org/sitrep/internal/geo/demonyms-extra.tsv").require("word", "code");

    assertThat(t.resource()).isEqualTo("/org/sitrep/internal/geo/demonyms-extra.tsv");
    assertThat(t.lowerMap("word", "code")).containsEntry("saudis", "SA");
    assertThatThrownBy(() -> Table.read(TableTest.class, "missing.tsv"))
        .hasMessage("missing resource /org/sitrep/internal/lexicon/missing.tsv");
  }
}
