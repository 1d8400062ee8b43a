package org.sitrep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.claim.Claim;
import org.sitrep.json.SitrepJson;
import org.sitrep.internal.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Document;
import org.sitrep.nlp.Mention;
import org.sitrep.internal.nlp.NlpOptions;
import org.sitrep.nlp.Quotation;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A developer's fast loop (not part of the library): runs the extractor chain over gold files
 * with CoreNLP's annotations cached under target/dev-cache, so that changing an extractor and
 * looking at its output takes a second, not a model load.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.sitrep.DevRun \
 *   -Dexec.args="[--ner-3crfs] OUT.jsonl GOLD.jsonl [GOLD.jsonl ...]"
 * </pre>
 *
 * <p>Sentences are parsed as a {@code Sitrep} parses them (the extractors' parse filter applied
 * to the cached full parse); {@code --ner-3crfs} annotates with CoreNLP's three default coarse CRF
 * models instead of sitrep's NER (the 3-class model and {@code TemporalTagger}).
 *
 * Writes one sitrep.claims/1 line per gold article to OUT.jsonl (for {@code evaluate --pred}).
 */
public final class DevRun {

  private static final JsonMapper PLAIN = JsonMapper.builder()
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS).build();

  /** The cached form of a {@link Document}: its records, which Jackson reads and writes as they are. */
  record DocumentData(String text, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions,
      List<Quotation> quotations) {}

  private DevRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: DevRun OUT.jsonl GOLD.jsonl [GOLD.jsonl ...]");
      System.exit(2);
    }
    boolean three = args[0].equals("--ner-3crfs");
    int first = three ? 1 : 0;
    Path out = Path.of(args[first]);
    CoreNlpAnnotator[] annotator = new CoreNlpAnnotator[1];
    Extractors.Loaded extractors = Extractors.load(Extractors.DEFAULT_IDS, List.of());
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = first + 1; i < args.length; i++) {
        for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = PLAIN.readTree(line);
          String id = node.get("id").asText();
          String text = node.get("text").asText();
          Document doc = filtered(cached(cacheKey() + (three ? " ner=3crfs" : ""), text, () -> {
            if (annotator[0] == null) {
              annotator[0] = three ? org.sitrep.internal.nlp.NerVariants.threeCrfs(NlpOptions.defaults())
                  : new CoreNlpAnnotator(NlpOptions.defaults());
            }
            return annotator[0];
          }), extractors.parseFilter());
          long t0 = System.nanoTime();
          List<Claim> claims = extractors.chain().run(doc);
          long millis = (System.nanoTime() - t0) / 1_000_000;
          ArticleClaims result = ArticleClaims.of(new ArticleInfo(id, null, null, null, "en"),
              new Stats(text.length(), doc.sentences().size(), doc.tokens().size(), millis), claims);
          w.write(SitrepJson.toLine(result));
          w.write('\n');
        }
      }
    }
  }

  /** The document for {@code text}, from target/dev-cache when it was annotated before. */
  public static Document cached(String text, java.util.function.Supplier<CoreNlpAnnotator> annotator)
      throws IOException {
    return cached(cacheKey(), text, annotator);
  }

  /**
   * The cache key of sitrep's annotation: its annotators, and a digest of its own date tagger's
   * classes and word list, whose output the cache holds, so that a change to them re-annotates.
   */
  public static String cacheKey() {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Class<?> tagger = org.sitrep.internal.nlp.TemporalTagger.class;
    for (String resource : List.of("TemporalTagger.class", "TemporalTagger$SentenceTags.class",
        "TemporalTagger$Kind.class", "temporal-words.tsv")) {
      try (java.io.InputStream in = tagger.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing " + resource);
        }
        md.update(in.readAllBytes());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return CoreNlpAnnotator.annotators() + " dates=" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
  }

  /** {@link #cached(String, java.util.function.Supplier)} under cache key {@code key} (the annotator's settings). */
  public static Document cached(String key, String text, java.util.function.Supplier<CoreNlpAnnotator> annotator)
      throws IOException {
    Path dir = Path.of("target", "dev-cache");
    Files.createDirectories(dir);
    Path file = dir.resolve(sha1(key + "\n" + text) + ".json");
    if (Files.exists(file)) {
      DocumentData d = PLAIN.readValue(file.toFile(), DocumentData.class);
      return new Document(d.text(), d.sentences(), d.tokens(), d.mentions(), d.quotations());
    }
    Document doc = annotator.get().annotate(text);
    List<Sentence> sentences = new ArrayList<>(doc.sentences());
    PLAIN.writeValue(file.toFile(),
        new DocumentData(doc.text(), sentences, doc.tokens(), doc.mentions(), doc.quotations()));
    return doc;
  }

  /**
   * {@code doc} as an annotator with {@code filter} as its parse filter makes it: the sentences the
   * filter turns down lose their parse. The parse of a sentence depends on that sentence alone, so
   * this equals annotating afresh (AnnotationDiff --filter checks it); the cache keeps full parses.
   */
  public static Document filtered(Document doc, org.sitrep.nlp.ParseFilter filter) {
    List<Sentence> sentences = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      boolean keep = s.parsed() && filter.needsParse(doc.tokens(s));
      sentences.add(keep || !s.parsed() ? s
          : new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.firstToken(), s.endToken(), false, List.of()));
    }
    return new Document(doc.text(), sentences, doc.tokens(), doc.mentions(), doc.quotations());
  }

  /** The built-in extractors' parse filter, for tools outside this package. */
  public static org.sitrep.nlp.ParseFilter parseFilter() {
    return Extractors.load(Extractors.DEFAULT_IDS, List.of()).parseFilter();
  }

  /** The cached document for {@code text} under cache key {@code key}, or null when there is none. */
  static Document cachedOnly(String key, String text) throws IOException {
    Path file = Path.of("target", "dev-cache").resolve(sha1(key + "\n" + text) + ".json");
    if (!Files.exists(file)) {
      return null;
    }
    DocumentData d = PLAIN.readValue(file.toFile(), DocumentData.class);
    return new Document(d.text(), d.sentences(), d.tokens(), d.mentions(), d.quotations());
  }

  private static String sha1(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
