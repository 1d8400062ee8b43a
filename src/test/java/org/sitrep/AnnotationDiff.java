package org.sitrep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.internal.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Document;
import org.sitrep.internal.nlp.NlpOptions;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A developer's check (not part of the library): annotates every article of JSON Lines files
 * afresh and compares the result with the cached annotation of target/dev-cache (see {@link
 * DevRun#cached}; the cache must have been filled before the change under test, under the
 * cache key {@code --key} names, by default the current one). Prints how many sentences,
 * dependency edges, tokens' tags and mentions differ: a change meant to leave CoreNLP's output
 * alone must print zeros. With {@code --filter} (first argument), annotates with the extractors'
 * parse filter and compares with the cached annotation filtered by {@link DevRun#filtered}: zeros
 * say that filtering the cache equals annotating afresh.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.sitrep.AnnotationDiff \
 *   -Dexec.args="samples/seed-001.gold.jsonl ../shared/data/dev/gold.jsonl ../shared/data/dev2/gold.jsonl"
 * </pre>
 */
public final class AnnotationDiff {

  private AnnotationDiff() {}

  public static void main(String[] args) throws Exception {
    String key = DevRun.cacheKey();
    boolean filtered = args.length > 0 && args[0].equals("--filter");
    org.sitrep.nlp.ParseFilter filter = filtered ? DevRun.parseFilter() : org.sitrep.nlp.ParseFilter.ALL;
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(new NlpOptions(NlpOptions.DEFAULT_MAX_PARSE_TOKENS, filter));
    JsonMapper json = JsonMapper.builder().build();
    int articles = 0;
    int missing = 0;
    int sentences = 0;
    int sentenceDiffs = 0;
    int depDiffs = 0;
    int tokens = 0;
    int nerDiffs = 0;
    int otherTokenDiffs = 0;
    int mentionDiffs = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--filter")) {
        continue;
      }
      if (args[i].equals("--key")) {
        key = args[++i];
        continue;
      }
      for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String text = node.get("text").asText();
        Document before = DevRun.cachedOnly(key, text);
        if (before != null && filtered) {
          before = DevRun.filtered(before, filter);
        }
        if (before == null) {
          missing++;
          continue;
        }
        articles++;
        Document after = annotator.annotate(text);
        if (before.tokens().size() != after.tokens().size() || before.sentences().size() != after.sentences().size()) {
          System.out.println(node.get("id").asText() + ": tokenization differs");
          sentenceDiffs++;
          continue;
        }
        for (int s = 0; s < before.sentences().size(); s++) {
          Sentence a = before.sentences().get(s);
          Sentence b = after.sentences().get(s);
          sentences++;
          if (!a.equals(b)) {
            sentenceDiffs++;
            depDiffs += (int) a.dependencies().stream().filter(d -> !b.dependencies().contains(d)).count();
          }
        }
        for (int t = 0; t < before.tokens().size(); t++) {
          Token a = before.tokens().get(t);
          Token b = after.tokens().get(t);
          tokens++;
          if (!a.ner().equals(b.ner())) {
            nerDiffs++;
          } else if (!a.equals(b)) {
            otherTokenDiffs++;
          }
        }
        if (!Objects.equals(before.mentions(), after.mentions())) {
          mentionDiffs += Math.abs(before.mentions().size() - after.mentions().size())
              + (int) before.mentions().stream().filter(m -> !after.mentions().contains(m)).count();
        }
        if (!Objects.equals(before.quotations(), after.quotations())) {
          System.out.println(node.get("id").asText() + ": quotations differ");
        }
      }
    }
    System.out.printf(Locale.ROOT, "articles %d (not cached: %d); sentences %d, differing %d (dependency edges lost %d);"
        + " tokens %d, NER tag differs %d, other token fields differ %d; mentions differing %d%n",
        articles, missing, sentences, sentenceDiffs, depDiffs, tokens, nerDiffs, otherTokenDiffs, mentionDiffs);
  }
}
