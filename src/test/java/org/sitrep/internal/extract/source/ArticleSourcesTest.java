package org.sitrep.internal.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.SharedSitrep;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenRange;

/** The article's source resolver on sentences written for these tests. */
class ArticleSourcesTest {

  private record Parsed(Document doc, ArticleSources sources) {

    int token(String word) {
      return doc.tokens().stream().filter(t -> t.word().equals(word)).mapToInt(Token::index).findFirst().orElseThrow();
    }

    int last(String word) {
      return doc.tokens().stream().filter(t -> t.word().equals(word)).mapToInt(Token::index).max().orElseThrow();
    }
  }

  private static Parsed parse(String text) {
    Document doc = SharedSitrep.annotate(text);
    return new Parsed(doc, ArticleKnowledge.of(doc).sources());
  }

  @Test
  void describesAGroupByItsWholePhraseWithConjuncts() {
    Parsed p = parse("Ukrainian tanks and armoured personnel carriers rolled into Kramatorsk.");
    Source s = p.sources().described(p.token("tanks"), TokenRange.of(p.token("Kramatorsk")));
    assertThat(s.name()).isEqualTo("Ukrainian tanks and armoured personnel carriers");
    assertThat(s.kind()).isEqualTo(SourceKind.GROUP);
    assertThat(s.country()).isEqualTo("UA");
  }

  @Test
  void describesWithoutThePlaceTimesCountsAndPossessivePronouns() {
    Parsed p = parse("Its convoy of 40 trucks with medical supplies reached Sumy on Sunday.");
    Source convoy = p.sources().described(p.token("convoy"), TokenRange.of(p.token("Sumy")));
    assertThat(convoy.name()).isEqualTo("convoy");

    Parsed q = parse("Residents of the village sheltered in Zolochiv on Tuesday.");
    Source residents = q.sources().described(q.token("Residents"), TokenRange.of(q.token("Zolochiv")));
    assertThat(residents.name()).isEqualTo("Residents of the village");
  }

  @Test
  void namesAnActivityByItsGerund() {
    Parsed p = parse("Shelling continued in Kharkiv overnight.");
    Source s = p.sources().described(p.token("Shelling"), TokenRange.of(p.token("Kharkiv")));
    assertThat(s.name()).isEqualTo("Shelling");
  }

  @Test
  void resolvesARelativePronounToItsNoun() {
    Parsed p = parse("The army fought the rebels, who had seized two towns near Goma.");
    Source s = p.sources().at(p.token("who"));
    assertThat(s).isNotNull();
    assertThat(s.name()).endsWith("rebels");
  }

  @Test
  void resolvesABareNumberToTheNounItCounts() {
    Parsed p = parse("About 5,000 Chadian soldiers are in Niger, with 900 stationed near Agadez.");
    assertThat(p.sources().at(p.token("900")).name()).endsWith("Chadian soldiers");
    Source s = p.sources().described(p.token("900"), TokenRange.of(p.token("Agadez")));
    assertThat(s.name()).isEqualTo("Chadian soldiers");
  }

  @Test
  void namesTheCountryOfANationalityWordInARange() {
    Parsed p = parse("About 300 North Korean workers arrived.");
    Source s = p.sources().countryNamedIn(new TokenRange(p.token("North"), p.token("workers") + 1));
    assertThat(s.kind()).isEqualTo(SourceKind.COUNTRY);
    assertThat(s.country()).isEqualTo("KP");
    assertThat(s.name()).isEqualTo("North Korea");
    assertThat(s.mention()).isEqualTo("North Korean");
  }

  @Test
  void leavesFirstPersonPronounsToTheCaller() {
    Parsed p = parse("\"We will stay in Bakhmut,\" the commander said.");
    assertThat(p.sources().at(p.token("We"))).isNull();
  }

  @Test
  void namesTheOnePersonADefiniteRoleStandsFor() {
    Parsed p = parse("Chadian President Idriss Kabore visited the front. The Chadian president praised the troops.");
    Source s = p.sources().sourceAt(p.last("president"));
    assertThat(s.name()).isEqualTo("Idriss Kabore");
    assertThat(s.kind()).isEqualTo(SourceKind.PERSON);
    assertThat(s.mention()).isEqualTo("The Chadian president");
  }

  @Test
  void keepsARoleWhoseCountryNoNamedPersonShares() {
    Parsed p = parse("President Idriss Kabore visited the front. The Peruvian president praised the troops.");
    Source s = p.sources().sourceAt(p.last("president"));
    assertThat(s.name()).isEqualTo("Peruvian president");
  }

  @Test
  void resolvesHeToARoleNounSubjectBeforeIt() {
    Parsed p = parse("A medical official said the clinic was full. He said more beds were coming.");
    Source s = p.sources().at(p.token("He"));
    assertThat(s.name()).isEqualTo("medical official");
    assertThat(s.mention()).isEqualTo("He");
  }

  @Test
  void resolvesNothingForAnItThatStandsForAClause() {
    Parsed p = parse("The army shelled the depot. It was not possible to confirm the damage.");
    assertThat(p.sources().at(p.token("It"))).isNull();
  }

  @Test
  void readsAnAppositiveRoleAsThePersonItDescribes() {
    Parsed p = parse("Senator Mara Olsen, a prominent critic, condemned the strike.");
    Source s = p.sources().sourceAt(p.token("critic"));
    assertThat(s.name()).isEqualTo("Mara Olsen");
  }

  @Test
  void resolvesHeToTheSubjectOfTheSentenceNotToPeopleInItsReportedClause() {
    Parsed p = parse("Tomas Berg, an analyst in Tbilisi, was doubtful, saying that Ivan Petrov and Omar Said were only "
        + "saving face.\n\nHe told the radio that the truce would not hold.");
    assertThat(p.sources().at(p.token("He")).name()).isEqualTo("Tomas Berg");
  }

  @Test
  void resolvesSheToAPersonNamedOutsideTheSubject() {
    Parsed p = parse("Fear showed on the face of Maria Lopez as the sirens began. The children hid in the cellar."
        + " She said the windows had shattered.");
    assertThat(p.sources().at(p.token("She")).name()).isEqualTo("Maria Lopez");
  }

  @Test
  void prefersTheNamedPersonToTheRoleNounBesideIt() {
    Parsed p = parse("A spokesman for the regional council, Peter Volkov, said the road was open."
        + " He said the convoy would leave at dawn.");
    assertThat(p.sources().at(p.token("He")).name()).isEqualTo("Peter Volkov");
  }

  @Test
  void resolvesHeToTheAppositiveNameOfAPossessedSubject() {
    Parsed p = parse("President Idriss Kabore spoke first. Kabore's adviser, Omar Diallo, agreed on Monday."
        + " He said the vote must happen on time.");
    assertThat(p.sources().at(p.token("He")).name()).isEqualTo("Omar Diallo");
  }
  @Test
  void tellsHowAPhraseNamesItsSource() {
    Parsed p = parse("Anna Kovalenko said the bridge held. She said engineers and the Interior Ministry agreed.");
    assertThat(p.sources().referenceAt(p.token("Kovalenko"))).isEqualTo(Reference.NAME);
    assertThat(p.sources().referenceAt(p.token("She"))).isEqualTo(Reference.PRONOUN);
    assertThat(p.sources().referenceAt(p.token("engineers"))).isEqualTo(Reference.DESCRIPTION);
    assertThat(p.sources().referenceAt(p.token("Ministry"))).isEqualTo(Reference.NAME);

    Parsed q = parse("President Pavel Orlov visited the front. The president said the line would hold.");
    assertThat(q.sources().referenceAt(q.token("president"))).isEqualTo(Reference.ROLE);
  }

  @Test
  void aRoleNounStandsForThePersonAnAbbreviatedTitleNamed() {
    Parsed p = parse("Sen. Mark Ruiz said the plan was flawed. The senator said that the army needed more money.");
    Source s = p.sources().sourceAt(p.last("senator"));
    assertThat(s.name()).isEqualTo("Mark Ruiz");
    assertThat(s.mention()).isEqualTo("The senator");
  }

  @Test
  void aCapitalisedTitleHeadNamesThePersonAfterIt() {
    Parsed p = parse("In a post on Monday, U.N. Special Envoy for Sudan Maria Lindqvist did not mention the strike.");
    Source s = p.sources().sourceAt(p.token("Envoy"));
    assertThat(s.name()).isEqualTo("Maria Lindqvist");
    assertThat(s.kind()).isEqualTo(SourceKind.PERSON);
  }

  @Test
  void anOrganisationKeepsTheOfPhraseOfItsTaggedName() {
    Parsed p = parse("The prisoners would be freed on Monday, according to Friends of Relief, the charity that arranged the talks.");
    Source s = p.sources().sourceAt(p.token("Friends"));
    assertThat(s.name()).isEqualTo("Friends of Relief");
  }
}
