package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  @TempDir Path dir;

  @Test
  void everyExtractedDocumentSaysWhatProducedIt() {
    Sitrep sitrep = SharedSitrep.get();
    Provenance p = sitrep.extract(Article.of("p-1", "The mayor said 40 people were evacuated.")).provenance();
    assertThat(p).isNotNull().isEqualTo(sitrep.provenance());
    assertThat(p.sitrep()).isEqualTo(pomVersion());
    assertThat(p.corenlp()).isEqualTo("4.5.10");
    assertThat(p.annotators()).containsSubsequence("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");
    assertThat(p.settings()).containsEntry("ssplit.newlineIsSentenceBreak", "always")
        .containsEntry("ner.applyFineGrained", "false");
    assertThat(p.extractors()).isEqualTo(sitrep.extractorIds());
    assertThat(p.limits()).isEqualTo(new Provenance.Limits(sitrep.config().maxChars(),
        sitrep.config().maxParseTokens(), sitrep.config().timeout().toMillis()));
    assertThat(p.knowledge()).matches("sha256:[0-9a-f]{64}");
  }

  @Test
  void theDefaultProvenanceIsKnownWithoutLoadingModelsAndMatchesADefaultSitrep() {
    assertThat(Sitrep.defaultProvenance()).isEqualTo(SharedSitrep.get().provenance());
  }

  @Test
  void limitsAndExtractorsFollowTheSettings() {
    Provenance p = Sitrep.provenance(new Sitrep.Config(500, 40, java.time.Duration.ofSeconds(3)), List.of("speaker"));
    assertThat(p.limits()).isEqualTo(new Provenance.Limits(500, 40, 3000));
    assertThat(p.extractors()).containsExactly("speaker");
  }

  @Test
  void theVersionComesFromThePomAndAnUnfilteredFileReadsAsUnknown() {
    assertThat(Sitrep.VERSION).isEqualTo(pomVersion()).isEqualTo(BuildInfo.read());
    Properties unfiltered = new Properties();
    unfiltered.setProperty("version", "${project.version}");
    assertThat(BuildInfo.versionOf(unfiltered)).isEqualTo(BuildInfo.UNKNOWN);
    assertThat(BuildInfo.versionOf(new Properties())).isEqualTo(BuildInfo.UNKNOWN);
  }

  @Test
  void theKnowledgeDigestCoversEveryResourceFileOfTheSources() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> RESOURCES.relativize(f).toString().replace('\\', '/')))
          .as("the digest reads org/sitrep/ only: every resource file must live there")
          .allMatch(name -> name.startsWith(KnowledgeDigest.ROOT + "/"));
    }
    assertThat(KnowledgeDigest.current())
        .as("digest of the class path vs src/main/resources (a resource removed from the sources but still in target/classes? run mvn clean)")
        .isEqualTo(KnowledgeDigest.ofRoot(RESOURCES.resolve(KnowledgeDigest.ROOT)));
  }

  @Test
  void oneChangedByteOrOneRenamedFileChangesTheDigestAndClassesVersionAndSchemaDoNot() throws IOException {
    Path root = dir.resolve("classes");
    write(root.resolve("org/sitrep/a/words.tsv"), "word\tkind\nsay\tspeech\n");
    write(root.resolve("org/sitrep/internal/geo/places.tsv"), "name\nKyiv\n");
    String before = KnowledgeDigest.ofClassPathEntry(root);

    write(root.resolve("org/sitrep/Sitrep.class"), "not knowledge");
    write(root.resolve("org/sitrep/" + BuildInfo.RESOURCE), "version=9.9.9\n");
    write(root.resolve("org/sitrep/json/sitrep.claims-1.schema.json"), "{}");
    assertThat(KnowledgeDigest.ofClassPathEntry(root)).isEqualTo(before);

    write(root.resolve("org/sitrep/a/words.tsv"), "word\tkind\nsay\tspeach\n");
    String edited = KnowledgeDigest.ofClassPathEntry(root);
    assertThat(edited).isNotEqualTo(before);

    Files.move(root.resolve("org/sitrep/a/words.tsv"), root.resolve("org/sitrep/a/verbs.tsv"));
    assertThat(KnowledgeDigest.ofClassPathEntry(root)).isNotEqualTo(edited).isNotEqualTo(before);
  }

  @Test
  void aJarGivesTheSameDigestAsTheFolderItWasMadeOf() throws IOException {
    Path root = dir.resolve("classes");
    List<String> names = List.of("org/sitrep/a/words.tsv", "org/sitrep/internal/geo/places.tsv", "org/sitrep/stance/cues.tsv");
    Path jar = dir.resolve("sitrep.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (String name : names) {
        byte[] bytes = ("content of " + name + "\n").getBytes(StandardCharsets.UTF_8);
        write(root.resolve(name), new String(bytes, StandardCharsets.UTF_8));
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    assertThat(KnowledgeDigest.ofClassPathEntry(jar)).isNotNull().isEqualTo(KnowledgeDigest.ofClassPathEntry(root));
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The project's version as the pom states it (the first version after sitrep's artifactId). */
  static String pomVersion() {
    try {
      String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("<artifactId>sitrep</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
      assertThat(m.find()).as("pom.xml names sitrep's version").isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
