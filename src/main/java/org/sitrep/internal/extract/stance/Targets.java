package org.sitrep.internal.extract.stance;

import java.util.Locale;
import java.util.Set;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Token;

/**
 * Finds what a stance is about, by syntax: an act's object, clause or "of/over/against ..." phrase;
 * what an evaluative word is said of. Targets are named through the article's
 * source resolver ({@link Phrases}).
 */
final class Targets {

  /** Words that open a dependent question: "questioned why they were classified". */
  private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "whether", "if", "what", "when", "who");

  /** Prepositions that liken a subject to an evaluative noun: "amounts to a crime", "seen as a threat". */
  private static final Set<String> LIKENING = Set.of("to", "as", "like");

  private final Document doc;
  private final Phrases phrases;
  private final CueLexicon lexicon;

  Targets(Document doc, Phrases phrases, CueLexicon lexicon) {
    this.doc = doc;
    this.phrases = phrases;
    this.lexicon = lexicon;
  }

  /**
   * The target of an act: its object, the clause it reports, the "of/on/with/by ..." phrase; for a
   * noun, the clause it carries; for a verb that modifies a noun without an object of its own ("a
   * charge Moscow denies"), that noun. {@code performer} is never the target.
   */
  Target act(int cue, StanceCue c, int performer) {
    if (c.pos() != StanceCue.CuePos.NOUN) {
      int obj = doc.child(cue, "obj");
      if (obj < 0) {
        obj = doc.child(cue, "nsubj:pass");
      }
      if (obj >= 0) {
        return entity(obj);
      }
      int clause = doc.child(cue, "ccomp");
      if (clause < 0) {
        clause = doc.child(cue, "xcomp");
      }
      if (clause < 0 && c.lemmas().size() == 1) {
        clause = infinitive(cue); // "vowed to avenge ...", parsed as an adverbial clause
      }
      if (clause >= 0) {
        return clause(clause);
      }
    }
    for (int ch : doc.children(cue)) {
      String r = doc.relation(ch);
      String prep = caseOf(ch);
      if (ch != performer && (r.startsWith("obl") || r.startsWith("nmod")) && !r.equals("nmod:poss") && prep != null
          && lexicon.is("target", prep)) {
        return entity(ch);
      }
    }
    if (c.pos() == StanceCue.CuePos.NOUN) {
      for (int ch : doc.children(cue)) {
        String r = doc.relation(ch);
        if (r.startsWith("acl") || r.equals("ccomp")) {
          return clause(ch);
        }
      }
      return lightVerbPhrase(cue, performer);
    }
    for (int ch : doc.children(cue)) {
      if ("advcl".equals(doc.relation(ch)) && opensQuestion(ch)) {
        return clause(ch);
      }
    }
    String r = doc.relation(cue);
    int h = doc.head(cue);
    if (h >= 0 && h < cue && ("acl:relcl".equals(r) || "dep".equals(r) || "acl".equals(r)) && token(h).isNoun()) {
      return entity(h);
    }
    return null;
  }

  /** "expressed solidarity with the strikers": the phrase the parse hung on the light verb. */
  private Target lightVerbPhrase(int noun, int performer) {
    int h = doc.head(noun);
    if (h < 0 || !"obj".equals(doc.relation(noun)) || !lexicon.is("light", CueLexicon.lemmaOf(token(h)))) {
      return null;
    }
    for (int ch : doc.children(h)) {
      String prep = caseOf(ch);
      if (ch > noun && ch != performer && doc.relation(ch).startsWith("obl") && prep != null
          && lexicon.is("target", prep)) {
        return entity(ch);
      }
    }
    return null;
  }

  private int infinitive(int verb) {
    for (int ch : doc.children(verb)) {
      if ("advcl".equals(doc.relation(ch)) && doc.children(ch).stream().anyMatch(
          m -> "mark".equals(doc.relation(m)) && token(m).word().equalsIgnoreCase("to"))) {
        return ch;
      }
    }
    return -1;
  }

  /**
   * What an evaluative word is said of: its subject (a clause for "it is shameful to ..."), the
   * noun it modifies, its possessor, or the subject its noun is predicated of. An evaluation of the
   * speakers' own selves ("we are miserable", "I am responsible") is no stance.
   */
  Target evaluated(int cue, StanceCue c) {
    int subject = doc.child(cue, "nsubj");
    if (subject < 0 && c.pos() == StanceCue.CuePos.VERB) {
      subject = phrases.detachedSubject(cue);
    }
    if (subject >= 0) {
      if (Phrases.isFirstPerson(token(subject))) {
        return null;
      }
      if (isExpletive(subject)) {
        int clause = clauseChild(cue);
        return clause >= 0 ? clause(clause) : entity(subject);
      }
      if (c.pos() == StanceCue.CuePos.EVALUATIVE && !Phrases.isPronoun(token(subject)) && phrases.canHold(subject)) {
        return null; // "they were weak", "Turkey is concerned": of a person or body, a rated word is a state
      }
      return entity(subject);
    }
    String r = doc.relation(cue);
    int h = doc.head(cue);
    if (c.pos().adjectival() && "amod".equals(r) && h >= 0) {
      int predicated = doc.child(h, "nsubj");
      return entity(predicated >= 0 && !Phrases.isFirstPerson(token(predicated)) ? predicated : h);
    }
    if (c.pos().adjectival()) {
      int clause = clauseChild(cue);
      if (clause >= 0) {
        return clause(clause);
      }
    }
    if (c.pos() == StanceCue.CuePos.NOUN && "compound".equals(r) && h > cue) {
      return entity(h); // "this coward attack": a noun used as a modifier
    }
    if (c.pos() == StanceCue.CuePos.NOUN) {
      int poss = doc.child(cue, "nmod:poss");
      if (poss >= 0) {
        return entity(poss);
      }
      String prep = caseOf(cue);
      boolean likened = r != null && r.startsWith("obl") && prep != null && LIKENING.contains(prep);
      if (h >= 0 && r != null && (r.equals("obj") || r.equals("xcomp") || likened)) {
        int predicated = doc.child(h, "nsubj");
        if (predicated >= 0 && !Phrases.isFirstPerson(token(predicated))) {
          return entity(predicated); // "the militia committed atrocities", "the raid amounts to a crime"
        }
      }
    }
    return null;
  }

  /** A noun phrase as a target: the entity it names, a group, or the proposition it states. */
  Target entity(int head) {
    int begin = phrases.begin(head);
    int end = phrases.end(head);
    int poss = doc.child(head, "nmod:poss");
    Source named = null;
    if (poss >= 0 && !Phrases.isPronoun(token(poss))) {
      named = phrases.name(poss);
    } else if (!Phrases.isPronoun(token(head)) && (token(head).isProperNoun() || !"O".equals(token(head).ner()))) {
      named = phrases.name(head);
    }
    Token h = token(head);
    Source source;
    if (named != null) {
      source = named.withMention(doc.text(begin, end), begin, end);
    } else if (h.pos().equals("NNS") && doc.children(head).stream().noneMatch(c -> doc.relation(c).startsWith("nmod"))) {
      String text = doc.text(begin, end);
      source = new Source(text, SourceKind.GROUP, null, null, text, begin, end);
    } else {
      source = phrases.claim(head, end);
    }
    return new Target(source, begin, end, named == null && hasThatClause(head));
  }

  /** A clause as a proposition target, from its subject to its verb or object. */
  Target clause(int clause) {
    int subject = doc.child(clause, "nsubj");
    int end;
    if (subject >= 0 && subject > clause) {
      end = phrases.end(clause);
    } else if (subject >= 0) {
      end = Math.max(phrases.end(subject), token(clause).end());
    } else {
      int obj = doc.child(clause, "obj");
      end = obj >= 0 ? phrases.end(obj) : token(clause).end();
    }
    int begin = subject >= 0 ? phrases.begin(subject) : token(clause).begin();
    begin = Math.min(begin, token(clause).begin());
    String text = doc.text(begin, end);
    return new Target(new Source(text, SourceKind.CLAIM, null, null, text, begin, end), begin, end, true);
  }

  /** The noun that a word right after a preposition begins: "the" of "with the kidnappers". */
  int nounAfter(int k) {
    int cur = k;
    while (!token(cur).isNoun() && doc.head(cur) > cur) {
      cur = doc.head(cur);
    }
    return cur;
  }

  /** The preposition of a phrase ("of" in "of the raid"), lower case, or null. */
  String caseOf(int token) {
    for (int c : doc.children(token)) {
      if ("case".equals(doc.relation(c))) {
        return token(c).word().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private int clauseChild(int cue) {
    for (String r : new String[] {"ccomp", "xcomp", "csubj", "advcl"}) {
      int c = doc.child(cue, r);
      if (c >= 0 && token(c).isVerb() || c >= 0 && doc.child(c, "cop") >= 0) {
        return c;
      }
    }
    return -1;
  }

  private boolean isExpletive(int token) {
    String w = token(token).word().toLowerCase(Locale.ROOT);
    return "expl".equals(doc.relation(token)) || w.equals("it") && clauseChild(doc.head(token)) >= 0 || w.equals("there");
  }

  private boolean opensQuestion(int clause) {
    for (int c : doc.children(clause)) {
      String r = doc.relation(c);
      if ((r.equals("mark") || r.equals("advmod")) && QUESTION_WORDS.contains(token(c).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun carries a content clause: "reports that the army had retreated". */
  private boolean hasThatClause(int noun) {
    for (int c : doc.children(noun)) {
      String r = doc.relation(c);
      if (r.equals("ccomp") || r.startsWith("acl") && doc.children(c).stream().anyMatch(
          m -> "mark".equals(doc.relation(m)) && token(m).word().equalsIgnoreCase("that"))) {
        return true;
      }
    }
    return false;
  }

  private Token token(int i) {
    return doc.tokens().get(i);
  }

  /** A stance's target and the extent of its mention. */
  record Target(Source source, int begin, int end, boolean proposition) {}
}
