package org.sitrep.internal.extract.source;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;

/**
 * The people an article names, by the fullest form it uses: "Volodymyr Zelenskyy" for a later
 * "Zelenskyy" (mentions that share their last word are one person).
 */
final class PersonNames {

  private final SourceResolver knowledge;
  private final Map<String, String> fullestByLastWord = new HashMap<>();
  private final Map<String, Mention> fullestMention = new HashMap<>();

  PersonNames(SourceResolver knowledge, Document doc) {
    this.knowledge = knowledge;
    for (Mention m : doc.mentions()) {
      if (m.type().equals("PERSON")) {
        String name = knowledge.stripHonorific(m.text());
        String last = SourceResolver.lastWord(name);
        String known = fullestByLastWord.get(last);
        if (known == null || name.length() > known.length()) {
          fullestByLastWord.put(last, name);
          fullestMention.put(last, m);
        }
      }
    }
  }

  /** The fullest name the article gives the person that {@code surface} names. */
  String canonical(String surface) {
    String name = knowledge.stripHonorific(surface);
    String full = fullestByLastWord.get(SourceResolver.lastWord(name));
    return full != null && full.length() > name.length() ? full : name;
  }

  /** The mention of the fullest name of the person called {@code name}, or null. */
  Mention fullestMention(String name) {
    return fullestMention.get(SourceResolver.lastWord(name));
  }
}
