package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the package arrows of docs/architecture.md: a plain scan of the sources' imports. */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/org/sitrep");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  record Source(String pkg, Path file, List<String> imports) {}

  static List<Source> sources() throws IOException {
    List<Source> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String rel = MAIN.relativize(f.getParent()).toString().replace('/', '.');
        String pkg = rel.isEmpty() ? "org.sitrep" : "org.sitrep." + rel;
        String body = Files.readString(f, StandardCharsets.UTF_8);
        List<String> imports = new ArrayList<>();
        Matcher m = IMPORT.matcher(body);
        while (m.find()) {
          imports.add(m.group(1));
        }
        if (body.contains("edu.stanford")) {
          imports.add("edu.stanford (qualified name)");
        }
        out.add(new Source(pkg, f, imports));
      }
    }
    return out;
  }

  @Test
  void onlyTheNlpPackageTouchesCoreNlp() throws IOException {
    List<Source> sources = sources();
    assertThat(sources).isNotEmpty();
    for (Source s : sources) {
      if (!s.pkg().equals("org.sitrep.nlp")) {
        assertThat(s.imports()).as(s.file().toString()).noneMatch(i -> i.startsWith("edu.stanford"));
      }
    }
  }

  @Test
  void packagesOnlyUseWhatTheDesignAllows() throws IOException {
    for (Source s : sources()) {
      List<String> ours = s.imports().stream().filter(i -> i.startsWith("org.sitrep.")).toList();
      List<String> allowed = switch (topPackage(s.pkg())) {
        case "claim", "lexicon" -> List.of();
        case "geo" -> List.of("org.sitrep.lexicon.");
        case "nlp" -> List.of("org.sitrep.nlp.");
        case "extract" -> List.of("org.sitrep.extract.", "org.sitrep.nlp.", "org.sitrep.claim.", "org.sitrep.geo.",
            "org.sitrep.lexicon.");
        case "json" -> List.of("org.sitrep.json.", "org.sitrep.claim.");
        case "eval" -> List.of("org.sitrep.eval.", "org.sitrep.claim.", "org.sitrep.json.");
        default -> List.of("org.sitrep.");
      };
      String own = "org.sitrep." + topPackage(s.pkg()) + ".";
      for (String i : ours) {
        assertThat(i.startsWith(own) || allowed.stream().anyMatch(i::startsWith))
            .as(s.file() + " imports " + i).isTrue();
      }
    }
  }

  private static String topPackage(String pkg) {
    if (pkg.equals("org.sitrep")) {
      return "";
    }
    String rest = pkg.substring("org.sitrep.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
