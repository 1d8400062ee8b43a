package org.sitrep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.sitrep.extract.Extractor;
import org.sitrep.internal.extract.ExtractorChain;
import org.sitrep.internal.extract.Knowledge;
import org.sitrep.internal.extract.figure.FigureExtractor;
import org.sitrep.internal.extract.location.LocationExtractor;
import org.sitrep.internal.extract.speaker.SpeakerExtractor;
import org.sitrep.internal.extract.stance.StanceExtractor;
import org.sitrep.internal.geo.Gazetteer;
import org.sitrep.nlp.ParseFilter;

/** The extractors a {@link Sitrep} runs: the built-in ones a host chose, in their order, then its own. */
final class Extractors {

  /** The built-in extractors by id, in the order they run: speaker first, its statements read by the others. */
  private static final Map<String, Supplier<Extractor>> BUILT_IN = builtIn();

  /** The ids of the built-in extractors, in the order they run, known without loading them. */
  static final List<String> DEFAULT_IDS = List.copyOf(BUILT_IN.keySet());

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private Extractors() {}

  /** A chain of extractors and the sentences they need parsed. */
  record Loaded(ExtractorChain chain, ParseFilter parseFilter) {}

  /** The union of the extractors' parse filters; a host's extractor that says nothing keeps every sentence parsed. */
  static ParseFilter parseFilter(List<Extractor> extractors) {
    ParseFilter union = ParseFilter.NONE;
    for (Extractor e : extractors) {
      ParseFilter f = e.parseFilter();
      if (f == null) {
        throw new IllegalStateException("extractor '" + e.id() + "' returned a null parse filter");
      }
      union = union == ParseFilter.NONE ? f : union.or(f);
    }
    return union;
  }

  private static Map<String, Supplier<Extractor>> builtIn() {
    Map<String, Supplier<Extractor>> m = new LinkedHashMap<>();
    m.put("speaker", SpeakerExtractor::load);
    m.put("figure", FigureExtractor::new);
    m.put("stance", StanceExtractor::new);
    m.put("location", LocationExtractor::new);
    return m;
  }

  /** All built-in extractors. */
  static ExtractorChain chain() {
    return chain(DEFAULT_IDS, List.of());
  }

  /** The built-in extractors named by {@code builtInIds} (checked), in their own order, then {@code added}. */
  static ExtractorChain chain(List<String> builtInIds, List<Extractor> added) {
    return load(builtInIds, added).chain();
  }

  /** {@link #chain(List, List)} with the union of its extractors' parse filters. */
  static Loaded load(List<String> builtInIds, List<Extractor> added) {
    List<Extractor> all = new ArrayList<>();
    BUILT_IN.forEach((id, make) -> {
      if (builtInIds.contains(id)) {
        all.add(make.get());
      }
    });
    all.addAll(added);
    return new Loaded(new ExtractorChain(Knowledge.load(Gazetteer.shared()), all), parseFilter(all));
  }

  /**
   * The ids of a host's choice of built-in extractors, in the order they run.
   *
   * @throws IllegalArgumentException for an unknown or repeated id, naming it and the known ids
   */
  static List<String> builtInIds(String... ids) {
    if (ids == null) {
      throw new IllegalArgumentException("no extractor ids given (null); the built-in extractors are " + known());
    }
    List<String> chosen = new ArrayList<>();
    for (String id : ids) {
      if (id == null || !BUILT_IN.containsKey(id)) {
        throw new IllegalArgumentException("unknown extractor id " + (id == null ? "null" : "'" + id + "'")
            + "; the built-in extractors are " + known());
      }
      if (chosen.contains(id)) {
        throw new IllegalArgumentException("extractor id '" + id + "' is given twice");
      }
      chosen.add(id);
    }
    return DEFAULT_IDS.stream().filter(chosen::contains).toList();
  }

  /**
   * Checks a host's extractor: an id of the allowed form, neither built-in nor taken by {@code taken}.
   *
   * @throws IllegalArgumentException naming the id and what is wrong with it
   */
  static Extractor checkAdded(Extractor extractor, Set<String> taken) {
    if (extractor == null) {
      throw new IllegalArgumentException("the extractor to add is null");
    }
    String id = extractor.id();
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("extractor " + extractor.getClass().getName() + " has the id "
          + (id == null ? "null" : "'" + id + "'") + "; an id is letters, digits, '.', '_' and '-'");
    }
    if (BUILT_IN.containsKey(id)) {
      throw new IllegalArgumentException("extractor id '" + id + "' is a built-in extractor's (" + known()
          + "); give " + extractor.getClass().getName() + " an id of its own");
    }
    if (taken.contains(id)) {
      throw new IllegalArgumentException("an extractor with the id '" + id + "' is already added");
    }
    return extractor;
  }

  private static String known() {
    return String.join(", ", DEFAULT_IDS);
  }
}
