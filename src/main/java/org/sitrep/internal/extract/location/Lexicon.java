package org.sitrep.internal.extract.location;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.extract.source.Roles;
import org.sitrep.internal.lexicon.Row;
import org.sitrep.internal.lexicon.Table;

/**
 * The words that place something at a place, read once from {@code predicates.tsv} (see its header):
 * verbs with their placing prepositions, verbs whose object is the place, nouns that a prepositional
 * phrase places. Nouns whose "in X" only describes a source are marked in the list of people and
 * bodies ({@link Roles}); the nouns that stand for a part of a place are the place resolver's
 * ({@link org.sitrep.internal.extract.place.PlaceWords}).
 */
final class Lexicon {

  private static final String RESOURCE = "/org/sitrep/internal/extract/location/predicates.tsv";
  private static final String ANY = "*";
  private static final String EVENT_NOUNS = "/org/sitrep/internal/extract/location/event-nouns.tsv";

  private final Map<String, Set<String>> verbs;
  private final Set<String> noVerbs;
  private final Set<String> objectVerbs;
  private final Set<String> carryVerbs;
  private final Map<String, Set<String>> nouns;
  private final Set<String> sites;
  private final Set<String> facilities;
  private final Set<String> nearWords;
  private final Set<String> performVerbs;
  private final Set<String> gerundWords;
  private final Set<String> judgeVerbs;
  private final Set<String> eventNouns;
  private final Roles roles;

  private Lexicon(Map<String, Set<String>> verbs, Set<String> noVerbs, Set<String> objectVerbs, Set<String> carryVerbs,
      Map<String, Set<String>> nouns, Set<String> sites, Set<String> facilities, Set<String> nearWords,
      Set<String> performVerbs, Set<String> gerundWords, Set<String> judgeVerbs) {
    this.verbs = Map.copyOf(verbs);
    this.noVerbs = Set.copyOf(noVerbs);
    this.objectVerbs = Set.copyOf(objectVerbs);
    this.carryVerbs = Set.copyOf(carryVerbs);
    this.nouns = Map.copyOf(nouns);
    this.sites = Set.copyOf(sites);
    this.facilities = Set.copyOf(facilities);
    this.nearWords = Set.copyOf(nearWords);
    this.performVerbs = Set.copyOf(performVerbs);
    this.gerundWords = Set.copyOf(gerundWords);
    this.judgeVerbs = Set.copyOf(judgeVerbs);
    this.eventNouns = Table.read(EVENT_NOUNS).require("noun").lowerSet("noun");
    this.roles = Roles.get();
  }

  /** The rows of {@code predicates.tsv}, with their examples. */
  static List<Row> rows() {
    return Table.read(RESOURCE).require("kind", "lemma", "prepositions", "example", "counter").rows();
  }

  static Lexicon load() {
    Map<String, Set<String>> verbs = new HashMap<>();
    Set<String> noVerbs = new HashSet<>();
    Set<String> objectVerbs = new HashSet<>();
    Set<String> carryVerbs = new HashSet<>();
    Map<String, Set<String>> nouns = new HashMap<>();
    Set<String> sites = new HashSet<>();
    Set<String> facilities = new HashSet<>();
    Set<String> nearWords = new HashSet<>();
    Set<String> performVerbs = new HashSet<>();
    Set<String> gerundWords = new HashSet<>();
    Set<String> judgeVerbs = new HashSet<>();
    for (Row row : rows()) {
      String kind = row.required("kind");
      String lemma = row.lower("lemma");
      Set<String> preps = Set.copyOf(row.list("prepositions", ",").stream()
          .map(p -> p.toLowerCase(Locale.ROOT)).toList());
      switch (kind) {
        case "verb" -> verbs.computeIfAbsent(lemma, k -> new HashSet<>()).addAll(preps);
        case "noverb" -> noVerbs.add(lemma);
        case "near" -> nearWords.add(lemma);
        case "object" -> objectVerbs.add(lemma);
        case "carry" -> carryVerbs.add(lemma);
        case "perform" -> performVerbs.add(lemma);
        case "gerund" -> gerundWords.add(lemma);
        case "judge" -> judgeVerbs.add(lemma);
        case "noun" -> nouns.computeIfAbsent(lemma, k -> new HashSet<>()).addAll(preps);
        case "site", "facility" -> {
          nouns.computeIfAbsent(lemma, k -> new HashSet<>()).addAll(preps);
          sites.add(lemma);
          if (kind.equals("facility")) {
            facilities.add(lemma);
          }
        }
        default -> throw row.error("unknown kind " + kind);
      }
    }
    return new Lexicon(verbs, noVerbs, objectVerbs, carryVerbs, nouns, sites, facilities, nearWords, performVerbs, gerundWords, judgeVerbs);
  }

  /** Whether "VERB PREP place" places the verb's subject. */
  boolean verbPlaces(String verb, String preposition) {
    if (noVerbs.contains(verb)) {
      return false;
    }
    Set<String> own = verbs.get(verb);
    return (own != null && own.contains(preposition)) || verbs.getOrDefault(ANY, Set.of()).contains(preposition);
  }

  /** "after", "since", "by": a preposition that opens a gerund's clause ("after shelling villages"). */
  boolean takesGerund(String preposition) {
    return gerundWords.contains(preposition);
  }

  /** "condemn", "investigate": a verb that judges or examines the event its object names, and does not do it. */
  boolean judges(String verb) {
    return judgeVerbs.contains(verb);
  }

  /** "close", "closer", "near": a word whose "to" phrase says where something is. */
  boolean isNearWord(String lemma) {
    return nearWords.contains(lemma);
  }

  /** "say", "believe": a verb whose prepositional phrase places nothing. */
  boolean isNoVerb(String verb) {
    return noVerbs.contains(verb);
  }

  /** Whether the direct object of this verb is the place it acts on ("struck X"). */
  boolean objectIsPlace(String verb) {
    return objectVerbs.contains(verb);
  }

  /** Whether "NOUN PREP place" places the noun: its own prepositions, or those of "*" that place any noun. */
  boolean nounPlaces(String noun, String preposition) {
    Set<String> own = nouns.get(noun);
    return (own != null && own.contains(preposition)) || nouns.getOrDefault(ANY, Set.of()).contains(preposition);
  }

  /** Whether the lexicon lists this noun with its own prepositions. */
  boolean isListedNoun(String noun) {
    return nouns.containsKey(noun);
  }

  /** Whether the direct object of this verb is what it places ("sent troops to X"). */
  boolean objectIsPlaced(String verb) {
    return carryVerbs.contains(verb);
  }

  /** An event or a facility, which a place name before it places ("the Kabul bombing", "Gaza schools"). */
  boolean isSite(String noun) {
    return sites.contains(noun);
  }

  /** "school", "base": a building or installation, which does not act; its clause's agent is what is placed. */
  boolean isFacility(String noun) {
    return facilities.contains(noun);
  }

  /**
   * "attack", "ceasefire", "shelling": a noun for an act or an event (WordNet's usual sense, or an event row of
   * {@code predicates.tsv}), which a phrase placing it places itself, not the agent of its clause.
   */
  boolean isEvent(String noun) {
    return eventNouns.contains(noun) || sites.contains(noun) && !facilities.contains(noun);
  }

  /** "conduct", "carry out", "wage": a verb whose object names an act that its subject performs. */
  boolean isPerformVerb(String verb) {
    return performVerbs.contains(verb);
  }

  /** "troops", "army", "taliban": a noun for people or a body of them, which places itself. */
  boolean isActor(String noun) {
    Roles.Kind kind = roles.kind(noun);
    return kind == Roles.Kind.PERSON || kind == Roles.Kind.BODY || kind == Roles.Kind.NAME;
  }

  /** "government", "ambassador": a noun whose place only describes who it is. */
  boolean isTitle(String noun) {
    return roles.describesSource(noun);
  }
}
