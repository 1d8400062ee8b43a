package org.sitrep.internal.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Category;
import org.sitrep.claim.Modality;
import org.sitrep.internal.extract.FunctionWords;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/**
 * Reads a figure's clause through the dependency parse: the predicate that says what happened to
 * the counted things ("were killed": KILLED) and the figure's modality ("will", "expected to").
 * Walks up from the counted noun a bounded number of steps; stateless.
 */
final class ClauseReader {

  private static final int MAX_STEPS = 6;
  /** Relations through which a noun passes on its predicate's role to its dependents. */
  private static final Set<String> NOMINAL_LINKS =
      Set.of("conj", "appos", "nmod", "compound", "nummod", "flat", "det", "obl:npmod", "nmod:npmod");
  private static final Set<String> PATIENT_RELATIONS =
      Set.of("obj", "iobj", "nsubj:pass", "obl", "xcomp", "dep", "obl:tmod", "obl:agent");

  private static final Set<String> TALLIES = CountedPhrases.words("tally");
  private static final Set<String> INCLUSION_VERBS = CountedPhrases.words("inclusion");

  private final FigureLexicon lexicon;

  ClauseReader(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The category the predicate of {@code head}'s clause gives the counted things, or null. */
  Category predicateCategory(Document doc, int head, int numberFirst) {
    Category own = predicate(doc, head, true);
    if (own != null && !doc.tokens().get(head).isNoun()) {
      return own;
    }
    Category parsed = parsedPredicate(doc, head);
    return parsed != null ? parsed : surfacePredicate(doc, head, numberFirst);
  }

  /**
   * When the parse does not link them: a passive right after the noun ("four civilians were
   * killed") or a verb right before the number ("holding 21 laborers").
   */
  private Category surfacePredicate(Document doc, int head, int numberFirst) {
    List<Token> tokens = doc.tokens();
    int sentence = tokens.get(head).sentence();
    int k = head + 1;
    while (k < tokens.size() && tokens.get(k).sentence() == sentence && FunctionWords.get().isAuxiliary(tokens.get(k).lemma())) {
      k++;
    }
    if (k < tokens.size() && tokens.get(k).sentence() == sentence
        && tokens.get(k).pos().equals("VBN")) {
      Category c = predicate(doc, k, true);
      if (c != null) {
        return c;
      }
    }
    int b = Math.min(head, numberFirst);
    while (b > 0 && tokens.get(b - 1).sentence() == sentence && !tokens.get(b - 1).isVerb() && head - b < 6
        && !tokens.get(b - 1).pos().equals(",") && !tokens.get(b - 1).pos().equals("CC")
        && !tokens.get(b - 1).isNoun()) {
      b--;
    }
    if (b > 0 && tokens.get(b - 1).sentence() == sentence && tokens.get(b - 1).isVerb()
        && !tokens.get(b - 1).lemma().equals("be")) {
      return predicate(doc, b - 1, true);
    }
    return null;
  }

  private Category parsedPredicate(Document doc, int head) {
    int cur = head;
    for (int step = 0; step < MAX_STEPS && cur >= 0; step++) {
      for (int c : doc.children(cur)) {
        String rel = doc.relation(c);
        // "the people who were expelled", "internally displaced people", "13 people killed"
        if (rel.equals("amod") || c > cur && (rel.startsWith("acl") || rel.equals("dep"))) {
          Category cat = predicate(doc, c, true);
          if (cat != null) {
            return cat;
          }
        }
      }
      String rel = doc.relation(cur);
      int gov = doc.head(cur);
      if (rel == null || gov < 0) {
        return null;
      }
      Token g = doc.tokens().get(gov);
      boolean patient = PATIENT_RELATIONS.contains(rel) || rel.startsWith("obl")
          || (rel.equals("nsubj") && (g.pos().equals("VBN") && doc.child(gov, "aux") < 0 || isAbsolute(doc, gov)));
      if (g.isVerb() && !rel.startsWith("nsubj")) {
        Category told = subjectCategory(doc, gov);
        if (told != null) {
          return told;
        }
      }
      if (NOMINAL_LINKS.contains(rel) || rel.startsWith("nmod")) {
        if (rel.startsWith("nmod") && g.isNoun()) {
          Category cat = predicate(doc, gov, true);
          if (cat != null) {
            return cat;
          }
        }
        cur = gov;
        continue;
      }
      Category cat = predicate(doc, gov, patient);
      if (cat != null) {
        return cat;
      }
      if (g.isVerb() && (rel.equals("obj") || patient)) {
        // "abused and kidnapped 2,000 women": the object is shared by the conjoined verbs.
        for (int c : doc.children(gov)) {
          if (doc.relation(c).equals("conj") && doc.tokens().get(c).isVerb() && doc.child(c, "obj") < 0) {
            cat = predicate(doc, c, true);
            if (cat != null) {
              return cat;
            }
          }
        }
      }
      for (int c : doc.children(gov)) {
        if (doc.relation(c).equals("xcomp") && c != cur) {
          cat = predicate(doc, c, true);
          if (cat != null) {
            return cat;
          }
        }
      }
      if (g.isVerb() || g.pos().startsWith("JJ")) {
        return null;
      }
      cur = gov;
    }
    return null;
  }

  /** "with 13 people killed": a subject of a participle clause opened by "with" is what the verb did to. */
  private static boolean isAbsolute(Document doc, int verb) {
    int mark = doc.child(verb, "mark");
    return mark >= 0 && doc.tokens().get(mark).word().equalsIgnoreCase("with");
  }

  /**
   * What the subject of {@code verb} says the verb's other arguments count: a tally ("the death toll
   * rose to 57", "the number of displaced people reached 9,000") or the subject of an inclusion
   * verb ("the dead included 21 women"); null when the subject says nothing.
   */
  private Category subjectCategory(Document doc, int verb) {
    int subject = doc.child(verb, "nsubj");
    if (subject < 0) {
      return null;
    }
    String subjectLemma = doc.tokens().get(subject).lemma().toLowerCase(Locale.ROOT);
    if (INCLUSION_VERBS.contains(doc.tokens().get(verb).lemma().toLowerCase(Locale.ROOT))) {
      Category c = predicate(doc, subject, true);
      return c != null ? c : peopleCategory(subjectLemma);
    }
    if (!TALLIES.contains(subjectLemma)) {
      return null;
    }
    for (int m : doc.children(subject)) {
      String rel = doc.relation(m);
      if (rel.equals("compound") || rel.equals("amod") || rel.startsWith("nmod")) {
        Category c = predicate(doc, m, true);
        if (c == null) {
          c = peopleCategory(doc.tokens().get(m).lemma().toLowerCase(Locale.ROOT));
        }
        if (c == null && rel.startsWith("nmod")) {
          int amod = doc.child(m, "amod");
          c = amod < 0 ? null : predicate(doc, amod, true);
        }
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /** The category of a noun that names people by what happened to them ("dead", "refugee"), else null. */
  private Category peopleCategory(String lemma) {
    Category c = lexicon.category(lexicon.unit(lemma));
    return c == Category.KILLED || c == Category.WOUNDED || c == Category.CASUALTIES || c == Category.CAPTURED
        || c == Category.MISSING || c == Category.DISPLACED ? c : null;
  }

  private Category predicate(Document doc, int token, boolean patient) {
    String lemma = doc.tokens().get(token).lemma().toLowerCase(Locale.ROOT);
    String word = doc.tokens().get(token).word().toLowerCase(Locale.ROOT);
    for (String key : new String[] {lemma, word}) {
      for (FigureLexicon.Predicate p : lexicon.predicates(key)) {
        if (p.patientOnly() && !patient) {
          continue;
        }
        if (p.object() != null && !hasObject(doc, token, p.object())) {
          continue;
        }
        return p.category();
      }
    }
    return null;
  }

  private static boolean hasObject(Document doc, int token, String lemma) {
    for (int c : doc.children(token)) {
      String rel = doc.relation(c);
      if ((rel.startsWith("obj") || rel.startsWith("obl") || rel.equals("xcomp"))
          && doc.tokens().get(c).lemma().toLowerCase(Locale.ROOT).equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** The modality of the clause that holds {@code head}: the nearest cue walking up wins. */
  Modality modality(Document doc, int head, int figureBegin, int figureEnd) {
    int cur = head;
    for (int step = 0; step < MAX_STEPS && cur >= 0; step++) {
      Token t = doc.tokens().get(cur);
      if (cur != head) {
        FigureLexicon.ModalityCue own = lexicon.modalityCue(t.lemma().toLowerCase(Locale.ROOT));
        if (own != null && own.where().equals("GOVERNOR")) {
          return own.modality();
        }
      }
      for (int c : doc.children(cur)) {
        Token ct = doc.tokens().get(c);
        if (ct.begin() >= figureBegin && ct.end() <= figureEnd) {
          continue;
        }
        String rel = doc.relation(c);
        FigureLexicon.ModalityCue cue = lexicon.modalityCue(ct.word().toLowerCase(Locale.ROOT));
        if (cue == null) {
          cue = lexicon.modalityCue(ct.lemma().toLowerCase(Locale.ROOT));
        }
        if (cue == null) {
          continue;
        }
        boolean fits = switch (cue.where()) {
          case "AUX" -> rel.startsWith("aux");
          case "MARK" -> rel.equals("mark");
          case "NEG" -> rel.equals("advmod") || rel.equals("det") || rel.equals("neg");
          default -> false;
        };
        if (fits) {
          return cue.modality();
        }
      }
      String rel = doc.relation(cur);
      if (rel == null || doc.head(cur) < 0) {
        break;
      }
      if (t.isVerb() && !(rel.equals("xcomp") || rel.equals("conj") || rel.startsWith("acl"))) {
        break;
      }
      cur = doc.head(cur);
    }
    return Modality.ASSERTED;
  }
}
