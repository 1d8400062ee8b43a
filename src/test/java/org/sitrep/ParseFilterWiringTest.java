package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.claim.Claim;
import org.sitrep.claim.FigureClaim;
import org.sitrep.extract.ArticleContext;
import org.sitrep.extract.Extractor;
import org.sitrep.internal.extract.ParseNeeds;
import org.sitrep.internal.extract.figure.FigureExtractor;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.ParseFilter;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.junit.jupiter.api.Test;

/** The extractors' parse filters and their union, on sentences invented for the test. */
class ParseFilterWiringTest {

  private static final String TEXT = "The morning in the valley was quiet.\n"
      + "Shelling killed at least 12 civilians overnight.\n"
      + "\u201CWe will rebuild,\u201D said the mayor.";

  /** A host's extractor that says nothing about the parse. */
  private static final class Silent implements Extractor {
    @Override
    public String id() {
      return "silent";
    }

    @Override
    public List<? extends Claim> extract(Document doc, ArticleContext context) {
      return List.of();
    }
  }

  private static List<Token> sentence(Document doc, int i) {
    return doc.tokens(doc.sentences().get(i));
  }

  @Test
  void theFigureExtractorReadsOnlySentencesWithANumber() {
    Document doc = SharedSitrep.annotate(TEXT);
    ParseFilter figure = new FigureExtractor().parseFilter();
    assertThat(figure.needsParse(sentence(doc, 0))).isFalse();
    assertThat(figure.needsParse(sentence(doc, 1))).isTrue();
    assertThat(figure.needsParse(sentence(doc, 2))).isFalse();
  }

  @Test
  void theSpeakerExtractorReadsQuotationsAndReportingWords() {
    Document doc = SharedSitrep.annotate(TEXT);
    assertThat(sentence(doc, 2).stream().anyMatch(ParseNeeds::isQuotationMark)).isTrue();
    assertThat(sentence(doc, 1).stream().anyMatch(ParseNeeds::isQuotationMark)).isFalse();
    ParseFilter speaker = org.sitrep.internal.extract.speaker.SpeakerExtractor.load().parseFilter();
    assertThat(speaker.needsParse(sentence(doc, 2))).isTrue();
  }

  @Test
  void aPossessiveIsNoQuotationMark() {
    Document doc = SharedSitrep.annotate("The army's convoy left.");
    assertThat(doc.tokens().stream().anyMatch(ParseNeeds::isQuotationMark)).isFalse();
  }

  @Test
  void aHostExtractorThatSaysNothingKeepsEverySentenceParsed() {
    Document doc = SharedSitrep.annotate(TEXT);
    ParseFilter union = Extractors.parseFilter(List.of(new FigureExtractor(), new Silent()));
    for (Sentence s : doc.sentences()) {
      assertThat(union.needsParse(doc.tokens(s))).isTrue();
    }
    assertThat(Extractors.parseFilter(List.of(new FigureExtractor())).needsParse(sentence(doc, 0))).isFalse();
  }

  @Test
  void aSitrepWithTheFigureExtractorAloneParsesOnlyWhatItReads() {
    Sitrep figureOnly = Sitrep.builder().extractors("figure").build();
    Document doc = figureOnly.annotate(TEXT);
    assertThat(doc.sentences().stream().map(Sentence::parsed)).containsExactly(false, true, false);
    assertThat(figureOnly.extract(TEXT).claims()).singleElement().isInstanceOf(FigureClaim.class);
  }
}
