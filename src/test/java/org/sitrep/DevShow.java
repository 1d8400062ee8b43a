package org.sitrep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sitrep.internal.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Document;
import org.sitrep.internal.nlp.NlpOptions;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A developer's lens (not part of the library): prints the tokens of the sentences around a
 * character offset of a gold article (word, POS, NER, head and relation), from the dev cache.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.sitrep.DevShow \
 *   -Dexec.args="GOLD.jsonl ARTICLE-ID OFFSET [SENTENCES-AFTER]"
 * </pre>
 */
public final class DevShow {

  private DevShow() {}

  public static void main(String[] args) throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    String id = args[1];
    int offset = Integer.parseInt(args[2]);
    int more = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      if (!node.get("id").asText().equals(id)) {
        continue;
      }
      Document doc = DevRun.cached(node.get("text").asText(), () -> new CoreNlpAnnotator(NlpOptions.defaults()));
      int si = doc.sentenceIndexAt(offset);
      for (int k = si; k <= si + more && k < doc.sentences().size(); k++) {
        Sentence s = doc.sentences().get(k);
        System.out.println("-- sentence " + k + " paragraph " + s.paragraph() + " parsed " + s.parsed());
        for (int t = s.firstToken(); t < s.endToken(); t++) {
          Token tok = doc.tokens().get(t);
          System.out.println(String.format(Locale.ROOT, "%5d %-18s %-18s %-5s %-12s %5d %s", t, tok.word(), tok.lemma(),
              tok.pos(), tok.ner(), doc.head(t), doc.relation(t)));
        }
      }
    }
  }
}
