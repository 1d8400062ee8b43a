package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.Article;

/**
 * The articles a benchmark reads: a JSON Lines file with {@code id} and {@code text} on each
 * line (other fields are ignored), such as {@code ../shared/corpus/articles.jsonl}.
 */
record BenchCorpus(Path path, List<Article> articles) {

  /** The default corpus, relative to the project directory (where Maven runs). */
  static final String DEFAULT_PATH = "../shared/corpus/articles.jsonl";

  BenchCorpus {
    articles = List.copyOf(articles);
  }

  /** Reads the first {@code limit} articles of {@code path} ({@code limit <= 0}: all of them). */
  static BenchCorpus load(String path, int limit) {
    Path file = Path.of(path);
    JsonMapper json = JsonMapper.builder().build();
    List<Article> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        if (limit > 0 && out.size() == limit) {
          break;
        }
        JsonNode node = json.readTree(line);
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        if (text == null || text.asText().isBlank()) {
          throw new IllegalArgumentException(file + " line " + (out.size() + 1) + " has no text");
        }
        out.add(Article.of(id == null ? "line-" + (out.size() + 1) : id.asText(), text.asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + file.toAbsolutePath(), e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("corpus " + file.toAbsolutePath() + " has no articles");
    }
    return new BenchCorpus(file, out);
  }

  int size() {
    return articles.size();
  }

  long chars() {
    return articles.stream().mapToLong(a -> a.text().length()).sum();
  }

  String describe() {
    return size() + " articles, " + chars() + " chars, from " + path;
  }
}
