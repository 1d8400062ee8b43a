package org.sitrep;

import java.util.List;
import org.sitrep.extract.CountryLexicon;
import org.sitrep.extract.ExtractorChain;
import org.sitrep.extract.SourceResolver;
import org.sitrep.extract.figure.FigureExtractor;
import org.sitrep.extract.location.LocationExtractor;
import org.sitrep.extract.speaker.SpeakerExtractor;
import org.sitrep.extract.stance.StanceExtractor;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.ParseFilter;

/** The extractors a {@link Sitrep} runs, in order. */
final class Extractors {

  /** The ids of {@link #chain()}'s extractors, in order, known without loading them. */
  static final List<String> DEFAULT_IDS = List.of("speaker", "figure", "stance", "location");

  private Extractors() {}

  /**
   * The sentences the extractors need parsed: every one until the extractors say what they read
   * (a quotation mark, a cue word, a number, a place candidate); then the union of their filters.
   */
  static ParseFilter parseFilter() {
    return ParseFilter.ALL;
  }

  static ExtractorChain chain() {
    Gazetteer gazetteer = Gazetteer.shared();
    return new ExtractorChain(
        SpeakerExtractor.load(SourceResolver.load(CountryLexicon.of(gazetteer))),
        List.of(new FigureExtractor(gazetteer), new StanceExtractor(gazetteer), new LocationExtractor(gazetteer)));
  }
}
