package org.sitrep.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README shows what runs: its testing example is a test here, its commands are what CI runs. */
class ReadmeTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
  }

  /** The first fenced block of {@code language} after {@code heading}. */
  static String block(String markdown, String heading, String language) {
    int h = markdown.indexOf("\n" + heading + "\n");
    assertThat(h).as(heading).isNotNegative();
    int open = markdown.indexOf("```" + language + "\n", h);
    int close = markdown.indexOf("\n```\n", open);
    return markdown.substring(open + language.length() + 4, close + 1);
  }

  @Test
  void theTestingExampleIsThisPackagesTestWordForWord() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/sitrep/readme/KilledCounterTest.java"), StandardCharsets.UTF_8);
    assertThat("package org.sitrep.readme;\n\n" + block(readme(), "## Testing code that uses sitrep", "java"))
        .isEqualTo(source);
  }

  @Test
  void theExtractorExampleIsThisPackagesCeasefireCallsWordForWord() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/sitrep/readme/CeasefireCalls.java"), StandardCharsets.UTF_8);
    String shown = block(readme(), "## Adding your own extractor", "java");
    String shownClass = shown.substring(0, shown.indexOf("\nSitrep sitrep = Sitrep.builder().addExtractor(new CeasefireCalls())"));
    String afterImports = source.substring(source.indexOf("\n\n/**") + 2);
    assertThat(afterImports).isEqualTo(shownClass);
  }

  @Test
  void ciRunsTheReadmesTestCommandFirstAndTheSetUpCommandsAreShown() throws IOException {
    String commands = block(readme(), "## Two commands", "sh");
    assertThat(commands).contains("mvn -q compile exec:java -Dexec.args=\"extract samples/seed-001.txt\"\n")
        .contains("\nmvn -B test\n");
    List<String> ci = Files.readAllLines(Path.of(".ci/run"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("set ") && !l.startsWith("cd ")).toList();
    assertThat(ci.get(0)).isEqualTo("mvn -B test");
    assertThat(block(readme(), "## Batches without Maven", "sh"))
        .contains("mvn package").contains("bin/sitrep extract samples/seed-001.txt > out.json");
  }
}
