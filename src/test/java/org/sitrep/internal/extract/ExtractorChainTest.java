package org.sitrep.internal.extract;

import org.sitrep.extract.ArticleContext;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.sitrep.claim.Claim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** The chain on a document built by hand and extractors written in the test: no model loads. */
class ExtractorChainTest {

  private static final String TEXT = "Ships left Odesa, the navy said. Ships left Izmail.";
  private static final Document DOC = document(TEXT);
  private static final Source NAVY = Source.of("the navy", SourceKind.ORGANIZATION, null, null);
  private static final Place ODESA = new Place("Odesa", PlaceKind.CITY, "UA", null, null, null);
  private static final Place IZMAIL = new Place("Izmail", PlaceKind.CITY, "UA", null, null, null);

  /** One token a word (capitalised: a proper noun), one sentence a period; no parse, no NER. */
  private static Document document(String text) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    var word = java.util.regex.Pattern.compile("\\w+|[^\\w\\s]").matcher(text);
    int sentenceStart = 0;
    int firstToken = 0;
    while (word.find()) {
      String pos = Character.isUpperCase(word.group().charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), sentences.size(), word.group(), word.group(), pos, "O", null,
          word.start(), word.end()));
      if (word.group().equals(".")) {
        sentences.add(new Sentence(sentences.size(), 0, sentenceStart, word.end(), firstToken, tokens.size(), false,
            List.of()));
        sentenceStart = word.end() + 1;
        firstToken = tokens.size();
      }
    }
    return new Document(text, sentences, tokens, List.of(), List.of());
  }

  private static Extractor extractor(String id, BiFunction<Document, ArticleContext, List<Claim>> extract) {
    return new Extractor() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<? extends Claim> extract(Document doc, ArticleContext context) {
        return extract.apply(doc, context);
      }
    };
  }

  private static SpeakerClaim statement(String id, String words) {
    int begin = TEXT.indexOf(words);
    return new SpeakerClaim(id, NAVY, begin, begin + words.length(), words, 0, 0.8, null, Mode.INDIRECT, "say");
  }

  private static LocationClaim ships(String id, String name, Place place, String statement) {
    int begin = TEXT.indexOf(name);
    return new LocationClaim(id, null, begin, begin + name.length(), name, TEXT.startsWith(name, 6) ? 0 : 1, 0.7,
        statement, null, place, "leave");
  }

  private static List<Claim> run(Extractor... extractors) {
    return new ExtractorChain(Knowledge.shared(), List.of(extractors)).run(DOC);
  }

  @Test
  void numbersTheClaimsOfAllExtractorsInTextOrderWhateverTheirOwnIds() {
    Extractor late = extractor("late", (doc, context) -> List.of(ships("x", "Izmail", IZMAIL, null)));
    Extractor early = extractor("early", (doc, context) -> List.of(ships("x", "Odesa", ODESA, null)));

    List<Claim> claims = run(late, early);

    assertThat(claims).extracting(Claim::id).containsExactly("c1", "c2");
    assertThat(claims).extracting(Claim::text).containsExactly("Odesa", "Izmail");
  }

  @Test
  void anExtractorReadsTheStatementsOfTheExtractorsBeforeItAndItsReferencesFollowThem() {
    Extractor speaker = extractor("speaker", (doc, context) -> List.of(statement("s1", "Ships left Odesa")));
    List<Statements> seen = new ArrayList<>();
    Extractor placer = extractor("placer", (doc, context) -> {
      seen.add(context.statements());
      return List.of(context.statements().attribute(ships("s1", "Odesa", ODESA, null)));
    });

    List<Claim> claims = run(speaker, placer);

    assertThat(seen.get(0).all()).hasSize(1);
    Claim odesa = claims.stream().filter(c -> c.text().equals("Odesa")).findFirst().orElseThrow();
    Claim said = claims.stream().filter(SpeakerClaim.class::isInstance).findFirst().orElseThrow();
    assertThat(odesa.statement()).isEqualTo(said.id());
    assertThat(odesa.speaker()).isEqualTo(NAVY);
  }

  @Test
  void aReferenceToAnExtractorsOwnStatementFollowsThatStatementNotAnotherExtractorsWithTheSameId() {
    Extractor first = extractor("first", (doc, context) -> List.of(statement("s1", "Ships left Odesa")));
    Extractor second = extractor("second", (doc, context) -> List.of(
        statement("s1", "Ships left Izmail"), ships("l1", "Izmail", IZMAIL, "s1")));

    List<Claim> claims = run(first, second);

    Claim izmail = claims.stream().filter(c -> c.text().equals("Izmail")).findFirst().orElseThrow();
    Claim itsStatement = claims.stream().filter(c -> c.text().equals("Ships left Izmail")).findFirst().orElseThrow();
    assertThat(izmail.statement()).isEqualTo(itsStatement.id());
  }

  @Test
  void dropsAReferenceToAStatementThatNoExtractorFound() {
    List<Claim> claims = run(extractor("placer", (doc, context) -> List.of(ships("l1", "Odesa", ODESA, "s9"))));

    assertThat(claims).singleElement().extracting(Claim::statement).isNull();
  }

  @Test
  void refusesAClaimWhoseTextIsNotTheArticlesTextAtItsSpan() {
    Extractor sloppy = extractor("sloppy", (doc, context) -> List.of(new LocationClaim("l1", null, 0, 5, "Odesa", 0,
        0.5, null, null, ODESA, "be")));

    assertThatThrownBy(() -> run(sloppy)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'sloppy'").hasMessageContaining("0..5");
  }

  @Test
  void refusesAClaimBeyondTheText() {
    int end = TEXT.length() + 5;
    Extractor beyond = extractor("beyond", (doc, context) -> List.of(new LocationClaim("l1", null, end - 5, end,
        "Odesa", 0, 0.5, null, null, ODESA, "be")));

    assertThatThrownBy(() -> run(beyond)).isInstanceOf(IllegalStateException.class).hasMessageContaining("'beyond'");
  }

  @Test
  void refusesTwoExtractorsWithOneId() {
    Extractor a = extractor("same", (doc, context) -> List.of());
    Extractor b = extractor("same", (doc, context) -> List.of());

    assertThatThrownBy(() -> new ExtractorChain(Knowledge.shared(), List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'same'");
  }

  @Test
  void theContextResolvesPlacesInTheArticlesContextAndReadsNoPlaceInOtherWords() {
    Document doc = document("Ships left Odesa.");
    ArticleContext context = ArticleKnowledge.of(doc);

    assertThat(context.place(2)).extracting(Place::kind, Place::country).containsExactly(PlaceKind.CITY, "UA");
    assertThat(context.place(0)).isNull();
    assertThatThrownBy(() -> context.place(99)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
