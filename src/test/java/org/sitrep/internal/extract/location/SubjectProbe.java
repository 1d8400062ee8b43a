package org.sitrep.internal.extract.location;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.HashSet;
import org.sitrep.DevRun;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.internal.extract.place.PlaceMention;
import org.sitrep.internal.extract.place.PlaceWords;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Sentence;

/**
 * Developer's probe (not part of the library): for the place mentions at the given "article:begin" keys, the
 * placement found, its subject token and the sentence's parse. Args: KEYS_FILE GOLD.jsonl...
 */
public final class SubjectProbe {

  public static void main(String[] args) throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    Set<String> keys = new HashSet<>(Files.readAllLines(Path.of(args[0])));
    PlacementFinder finder = new PlacementFinder(Lexicon.load(), PlaceWords.get());
    for (int f = 1; f < args.length; f++) {
      for (String line : Files.readAllLines(Path.of(args[f]), StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode node = json.readTree(line);
        String id = node.get("id").asText();
        Document doc = DevRun.cached(node.get("text").asText(), () -> { throw new IllegalStateException("not cached"); });
        ArticleKnowledge k = ArticleKnowledge.of(doc);
        for (PlaceMention m : k.places().mentions()) {
          if (!keys.contains(id + ":" + m.begin())) continue;
          Placement p = finder.placement(doc, m.tokens().first(), m.head(), m.place().kind() == org.sitrep.claim.PlaceKind.COUNTRY);
          Sentence s = doc.sentences().get(doc.tokens().get(m.head()).sentence());
          StringBuilder b = new StringBuilder();
          for (int i = s.firstToken(); i < s.endToken(); i++) {
            var t = doc.tokens().get(i);
            b.append(i).append(':').append(t.word()).append('/').append(t.pos()).append('/').append(doc.relation(i))
                .append('>').append(doc.head(i)).append(' ');
          }
          String subj = p == null || p.subject() < 0 ? "-" : p.subject() + ":" + doc.tokens().get(p.subject()).word();
          var src = p == null ? null : k.sources().described(p.subject(), m.tokens());
          System.out.println(id + ":" + m.begin() + " head " + m.head() + " " + (p == null ? "NONE" : p.predicate() + " subj " + subj
              + " -> " + (src == null ? null : src.name())));
          System.out.println("   " + b);
        }
      }
    }
  }
}
