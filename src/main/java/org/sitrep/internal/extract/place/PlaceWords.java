package org.sitrep.internal.extract.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;
import org.sitrep.nlp.Token;

/**
 * The words of {@code place-words.tsv} that shape how a place is named: region words ("the Kursk
 * region"), compass words ("northern Syria"), connectors inside names, and containers ("the city
 * of Sirte"). Read once; immutable.
 */
public final class PlaceWords {

  private static final String RESOURCE = "/org/sitrep/internal/extract/place/place-words.tsv";

  private final Set<String> regions;
  private final Set<String> compass;
  private final Set<String> connectors;
  private final Set<String> locatives;
  private final Map<String, Set<String>> containers;
  private final Set<String> frontiers;
  private final Set<String> features;

  private PlaceWords(Set<String> regions, Set<String> compass, Set<String> connectors, Set<String> locatives,
      Map<String, Set<String>> containers, Set<String> frontiers, Set<String> features) {
    this.regions = Set.copyOf(regions);
    this.compass = Set.copyOf(compass);
    this.connectors = Set.copyOf(connectors);
    this.locatives = Set.copyOf(locatives);
    this.containers = Map.copyOf(containers);
    this.frontiers = Set.copyOf(frontiers);
    this.features = Set.copyOf(features);
  }

  private static final class Holder {
    static final PlaceWords INSTANCE = load();
  }

  /** The bundled words, read once per JVM. */
  public static PlaceWords get() {
    return Holder.INSTANCE;
  }

  private static PlaceWords load() {
    Set<String> regions = new HashSet<>();
    Set<String> compass = new HashSet<>();
    Set<String> connectors = new HashSet<>();
    Set<String> locatives = new HashSet<>();
    Map<String, Set<String>> containers = new HashMap<>();
    Set<String> frontiers = new HashSet<>();
    Set<String> features = new HashSet<>();
    for (Row row : Table.read(RESOURCE).require("word", "kind", "prepositions").rows()) {
      String word = row.lower("word");
      switch (row.required("kind")) {
        case "region" -> regions.add(word);
        case "compass" -> compass.add(word);
        case "connector" -> connectors.add(word);
        case "locative" -> locatives.add(word);
        case "container" -> containers.computeIfAbsent(word, k -> new HashSet<>())
            .addAll(row.list("prepositions", ",").stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
        case "frontier" -> frontiers.add(word);
        case "feature" -> features.add(word);
        default -> throw row.error("kind is region, compass, connector, locative, container, frontier or feature, not "
            + row.get("kind"));
      }
    }
    containers.replaceAll((k, v) -> Set.copyOf(v));
    return new PlaceWords(regions, compass, connectors, locatives, containers, frontiers, features);
  }

  /** "region", "oblast", "provinces" (a common noun, any case): a word that makes a name a region. */
  public boolean isRegionWord(Token t) {
    return regions.contains(t.word().toLowerCase(Locale.ROOT)) && !t.isProperNoun();
  }

  /** "northern", "east" (a common word): a direction that makes a region of the name after it. */
  public boolean isCompass(Token t) {
    return compass.contains(t.word().toLowerCase(Locale.ROOT)) && !t.isProperNoun();
  }

  /** "of", "al", "de": a small word that may stand inside a multiword place name. */
  public boolean isConnector(String lower) {
    return connectors.contains(lower);
  }

  /** "in", "near" (lower case): a preposition whose phrase says where something is. */
  public boolean isLocative(String lower) {
    return locatives.contains(lower);
  }

  /** "city", "parts", "border": a noun (lemma, lower case) that stands for the place or a part of it. */
  public boolean isContainer(String noun) {
    return containers.containsKey(noun);
  }

  /** "Valley", "River" (capitalised): a feature noun that ends a name ("the Panjshir Valley", "the Jordan River"). */
  public boolean isFeatureWord(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && features.contains(w.toLowerCase(Locale.ROOT));
  }

  /** "border", "territory", "airspace" (lower case): a noun that a nationality word makes a place. */
  public boolean isFrontier(String word) {
    return frontiers.contains(word);
  }

  /** Whether "NOUN PREP place" stands for the place ("the city of Sirte", "the area around Damascus"). */
  public boolean containerTakes(String noun, String preposition) {
    return preposition != null && containers.getOrDefault(noun, Set.of()).contains(preposition);
  }
}
