package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Keeps the package table of docs/architecture.md, on the compiled classes (see {@link ArchitectureRules}). */
class ArchitectureTest {

  private static final String ROOT = "org.sitrep";
  private static final String FIXTURE = "org.sitrep.archfixture";
  private static final String API_RULE = "the API (" + FIXTURE + ", " + FIXTURE + ".claim, " + FIXTURE + ".json, "
      + FIXTURE + ".testing, " + FIXTURE + ".spark) and the extractor SPI expose no internal type";

  private static final class Main {
    static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @TestFactory
  Stream<DynamicTest> sitrepKeepsEveryRule() {
    assertThat(Main.CLASSES.stream().filter(c -> c.getPackageName().startsWith(ROOT + ".claim"))).isNotEmpty();
    return ArchitectureRules.all(ROOT).stream()
        .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(Main.CLASSES)));
  }

  @Test
  void theRulesFailOnADeliberatelyBadClassSet() {
    JavaClasses bad = new ClassFileImporter().importPackages(FIXTURE);
    Map<String, String> failures = new LinkedHashMap<>();
    for (ArchRule rule : ArchitectureRules.all(FIXTURE)) {
      EvaluationResult result = rule.evaluate(bad);
      if (result.hasViolation()) {
        failures.put(rule.getDescription(), String.join("\n", result.getFailureReport().getDetails()));
      }
    }
    assertThat(failures.keySet()).containsExactlyInAnyOrder(
        FIXTURE + ".claim uses only nothing else of ours",
        FIXTURE + ".extract uses only " + FIXTURE + ".claim, " + FIXTURE + ".nlp",
        "CoreNLP is used in " + FIXTURE + ".internal.nlp only",
        "picocli is used in " + FIXTURE + ".cli only",
        API_RULE,
        "the extractor SPI uses only " + FIXTURE + ".claim and itself");
    assertThat(failures.get(FIXTURE + ".claim uses only nothing else of ours"))
        .contains("ClaimThatImportsExtract").contains("extract.Resolver").doesNotContain("Verdict.");
    assertThat(failures.get(FIXTURE + ".extract uses only " + FIXTURE + ".claim, " + FIXTURE + ".nlp"))
        .contains("extract.Extractor").contains("internal.extract.Resolver");
    assertThat(failures.get("CoreNLP is used in " + FIXTURE + ".internal.nlp only"))
        .contains("PageThatUsesCoreNlp").contains("edu.stanford.nlp.ling.CoreLabel");
    assertThat(failures.get("picocli is used in " + FIXTURE + ".cli only")).contains("JobWithOwnPicocli");
    assertThat(failures.values()).noneMatch(details -> details.contains(FIXTURE + ".internal.extract.Resolver.resolve"));
    assertThat(failures.get(API_RULE))
        .contains("ClaimThatImportsExtract.resolver").contains("extract.Extractor.resolver()").doesNotContain("Engine");
    assertThat(failures.get("the extractor SPI uses only " + FIXTURE + ".claim and itself"))
        .contains("extract.Extractor.resolver()").doesNotContain("Engine");
  }

  @Test
  void docsArchitectureTableIsTheTableTheRulesEnforce() throws IOException {
    String doc = Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
    Map<String, Set<String>> documented = new LinkedHashMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `org\\.sitrep(?:\\.([\\w.]+))?` \\|[^|\\n]*\\|([^|\\n]*)\\|").matcher(doc);
    Pattern name = Pattern.compile("`([a-z][\\w.]*)`");
    while (row.find()) {
      Set<String> uses = new LinkedHashSet<>();
      Matcher n = name.matcher(row.group(2));
      while (n.find()) {
        uses.add(n.group(1).equals(ROOT) ? ArchitectureRules.FACADE : n.group(1));
      }
      documented.put(row.group(1) == null ? ArchitectureRules.FACADE : row.group(1), uses);
    }
    assertThat(documented).isEqualTo(ArchitectureRules.MAY_USE);
    for (String internal : ArchitectureRules.INTERNAL) {
      assertThat(doc).contains("`org.sitrep." + internal + "`");
    }
    assertThat(List.copyOf(documented.keySet())).containsAll(ArchitectureRules.API);
    for (String spi : ArchitectureRules.SPI) {
      assertThat(doc).contains("`org.sitrep." + spi + "`");
    }
  }
}
