package org.sitrep.internal.nlp;

import org.sitrep.nlp.Document;
import org.sitrep.nlp.ParseFilter;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedSitrep;

class CoreNlpAnnotatorTest {

  @Test
  void tokenOffsetsPointAtTheirWordsWithCurlyQuotesDashesAndAccents() {
    String text = "The mayor of Zaporizhzhia \u2014 Iv\u00e1n Fedorov \u2014 said: \u201cWe hold the line\u2019s centre.\u201d\n"
        + "Na\u00efve \u00e9lite troops\u2013about 40\u2014left Ma\u00e7\u00e3o.";
    Document doc = SharedSitrep.annotate(text);
    assertThat(doc.tokens()).isNotEmpty();
    for (Token t : doc.tokens()) {
      assertThat(t.word()).isEqualTo(text.substring(t.begin(), t.end()));
      assertThat(t.word()).isNotBlank();
    }
    assertThat(doc.tokens()).extracting(Token::word).contains("Iv\u00e1n", "\u201c", "\u201d", "Ma\u00e7\u00e3o");
  }

  @Test
  void sentenceSpansCoverTheirTokensInOrder() {
    String text = "Shelling hit the port overnight. Two ships burned.\nOfficials said 12 sailors were hurt.";
    Document doc = SharedSitrep.annotate(text);
    int previousEnd = 0;
    for (Sentence s : doc.sentences()) {
      assertThat(s.begin()).isGreaterThanOrEqualTo(previousEnd);
      List<Token> tokens = doc.tokens(s);
      assertThat(tokens).isNotEmpty();
      assertThat(tokens.get(0).begin()).isEqualTo(s.begin());
      assertThat(tokens.get(tokens.size() - 1).end()).isEqualTo(s.end());
      tokens.forEach(t -> assertThat(t.sentence()).isEqualTo(s.index()));
      previousEnd = s.end();
    }
    assertThat(doc.sentences()).hasSize(3);
  }

  @Test
  void aSingleNewlineEndsASentenceSoAClosingQuoteStaysInItsParagraph() {
    String text = "The commander said, \"We will not retreat\"\nMore Stories Below\nReinforcements arrived on Monday.";
    Document doc = SharedSitrep.annotate(text);
    assertThat(doc.sentences()).hasSize(3);
    Sentence first = doc.sentences().get(0);
    assertThat(text.substring(first.begin(), first.end())).isEqualTo("The commander said, \"We will not retreat\"");
    assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 2);
    for (Sentence s : doc.sentences()) {
      assertThat(text.substring(s.begin(), s.end())).doesNotContain("\n");
    }
  }

  @Test
  void crlfLineEndsAlsoEndSentencesAndKeepOffsets() {
    String text = "Troops crossed the river\r\nThey took the bridge.";
    Document doc = SharedSitrep.annotate(text);
    assertThat(doc.sentences()).hasSize(2);
    assertThat(doc.text(doc.sentences().get(1).span())).isEqualTo("They took the bridge.");
  }

  @Test
  void dependencyEdgesLinkTokensOfTheSameSentence() {
    Document doc = SharedSitrep.annotate("The minister condemned the strike on the hospital.");
    Sentence s = doc.sentences().get(0);
    assertThat(s.parsed()).isTrue();
    int condemned = doc.tokens().stream().filter(t -> t.word().equals("condemned")).findFirst().orElseThrow().index();
    int minister = doc.child(condemned, "nsubj");
    assertThat(minister).isNotNegative();
    assertThat(doc.tokens().get(minister).word()).isEqualTo("minister");
    assertThat(doc.relation(condemned)).isEqualTo("root");
    assertThat(doc.head(condemned)).isEqualTo(-1);
  }

  @Test
  void numbersCarryNerTagsAndNormalizedValues() {
    Document doc = SharedSitrep.annotate("Officials counted approximately 3.5 million shells and 1,200 drones.");
    Token three = doc.tokens().stream().filter(t -> t.word().equals("3.5")).findFirst().orElseThrow();
    assertThat(three.ner()).isEqualTo("NUMBER");
    assertThat(three.normalized()).contains("3500000");
    assertThat(doc.mentions()).anySatisfy(m -> assertThat(m.text()).isEqualTo("1,200"));
  }

  @Test
  void lookupsByOffsetFindTheHoldingSentenceAndToken() {
    String text = "First sentence here.\nSecond one follows.";
    Document doc = SharedSitrep.annotate(text);
    int offset = text.indexOf("follows");
    assertThat(doc.sentenceIndexAt(offset)).isEqualTo(1);
    assertThat(doc.tokens().get(doc.tokenIndexAt(offset)).word()).isEqualTo("follows");
    assertThat(doc.sentenceIndexAt(0)).isZero();
  }

  @Test
  void overlongSentencesAreTaggedButNotParsed() {
    StringBuilder sb = new StringBuilder("Soldiers");
    // 302 tokens: over maxParseTokens (120), under InputBounds.MAX_SENTENCE_TOKENS (400)
    for (int i = 0; i < 150; i++) {
      sb.append(" and villagers");
    }
    sb.append(" left.");
    Document doc = SharedSitrep.annotate(sb.toString());
    assertThat(doc.sentences()).hasSize(1);
    assertThat(doc.sentences().get(0).parsed()).isFalse();
    assertThat(doc.sentences().get(0).dependencies()).isEmpty();
    assertThat(doc.tokens().get(0).pos()).startsWith("NN");
  }

  @Test
  void anArticleAnnotatedInPiecesEqualsItAnnotatedWhole() {
    String text = "Russian forces shelled Kharkiv overnight, the governor Oleh Syniehubov said.\n"
        + "\"We counted 12 strikes,\" he told reporters in Kyiv.\n\n"
        + "The United Nations said 3,000 people had fled toward Poland since Monday.\n"
        + "Ukraine's army said it destroyed 40 tanks near Bakhmut.";
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpOptions.defaults());
    Document whole = annotator.annotate(text, 100_000);
    Document pieces = annotator.annotate(text, 90);
    assertThat(Segments.cuts(text, 90)).hasSizeGreaterThan(3);
    assertThat(pieces.tokens()).isEqualTo(whole.tokens());
    assertThat(pieces.sentences()).isEqualTo(whole.sentences());
    assertThat(pieces.mentions()).isEqualTo(whole.mentions()).isNotEmpty();
    assertThat(pieces.quotations()).isEqualTo(whole.quotations());
  }

  @Test
  void aSentenceOverTheTokenLimitIsCutIntoTaggedPiecesWithOffsetsKept() {
    StringBuilder sb = new StringBuilder("Soldiers");
    for (int i = 0; i < 450; i++) {
      sb.append(" and villagers");
    }
    sb.append(" left Kherson.");
    String text = sb.toString();
    Document doc = SharedSitrep.annotate(text);
    assertThat(doc.sentences()).hasSize(3);
    assertThat(doc.sentences()).allMatch(s -> s.endToken() - s.firstToken() <= InputBounds.MAX_SENTENCE_TOKENS);
    for (Token t : doc.tokens()) {
      assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word());
      assertThat(doc.sentences().get(t.sentence()).span().contains(t.begin())).isTrue();
    }
    assertThat(doc.tokens().get(doc.tokens().size() - 2).ner()).isEqualTo("LOCATION");
  }

  @Test
  void aHugeTokenIsMaskedAndTheRestOfTheArticleIsRead() {
    String text = "The governor said 12 people were killed in Odesa. " + "z".repeat(45_000) + " Rescuers searched the rubble.";
    Document doc = SharedSitrep.annotate(text);
    assertThat(doc.text()).isSameAs(text);
    assertThat(doc.tokens()).extracting(Token::word).contains("governor", "12", "Odesa", "Rescuers").allMatch(w -> w.length() < 100);
  }

  @Test
  void anInterruptedAnnotationStopsWithTheFlagSetAgain() {
    Thread.currentThread().interrupt();
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> SharedSitrep.annotate("Troops crossed the river at dawn."))
          .isInstanceOf(java.util.concurrent.CancellationException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aSentenceTheParseFilterTurnsDownIsTaggedButNotParsed() {
    String text = "Shelling hit the port overnight.\nOfficials said 12 sailors were hurt.";
    ParseFilter numbersOnly = tokens -> tokens.stream().anyMatch(Token::isNumber);
    Document doc = new CoreNlpAnnotator(new NlpOptions(NlpOptions.DEFAULT_MAX_PARSE_TOKENS, numbersOnly)).annotate(text);
    Document all = SharedSitrep.annotate(text);
    assertThat(doc.sentences().get(0).parsed()).isFalse();
    assertThat(doc.sentences().get(0).dependencies()).isEmpty();
    assertThat(doc.tokens(doc.sentences().get(0))).extracting(Token::pos).contains("NN").doesNotContain("");
    assertThat(doc.sentences().get(1)).isEqualTo(all.sentences().get(1));
    assertThat(doc.sentences().get(1).parsed()).isTrue();
    assertThat(doc.tokens()).isEqualTo(all.tokens());
  }

  @Test
  void theFilterSeesEachSentencesTokensWithTheirTags() {
    List<List<Token>> seen = new java.util.ArrayList<>();
    new CoreNlpAnnotator(new NlpOptions(NlpOptions.DEFAULT_MAX_PARSE_TOKENS, tokens -> seen.add(tokens)))
        .annotate("Troops left Kherson.\nThey returned.");
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).extracting(Token::word).containsExactly("Troops", "left", "Kherson", ".");
    assertThat(seen.get(0).get(2).ner()).isEqualTo("LOCATION");
    assertThat(seen.get(1).get(0).index()).isEqualTo(4);
  }

  @Test
  void annotatorsShareOneSetOfModels() {
    CoreNlpAnnotator a = new CoreNlpAnnotator(NlpOptions.defaults());
    CoreNlpAnnotator b = new CoreNlpAnnotator(new NlpOptions(10));
    assertThat(a.models()).isSameAs(b.models());
  }
}
