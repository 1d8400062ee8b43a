package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.Article;
import org.sitrep.ArticleClaims;
import org.sitrep.ArticleInfo;
import org.sitrep.json.JsonDocuments;
import org.sitrep.json.SitrepJson;
import org.sitrep.internal.render.HtmlRenderer;
import org.sitrep.internal.render.IndexPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one self-contained HTML page per article (the text with every claim highlighted, a "
          + "legend, the claims by type and by speaker, a summary) and an index.html for the batch. "
          + "The pages fetch nothing and open offline.",
      "Takes the inputs of extract and extracts their claims, or, with --claims, renders the claims "
          + "of an extract run with the articles given as inputs (matched by article id)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article was rendered with its claims",
      "1:at least one article failed, or had no claims record, or a claims record had no article",
      "2:wrong usage, a missing or unreadable file, or output that cannot be written"
    })
final class RenderCommand implements Callable<Integer> {

  private final Cli cli;

  @picocli.CommandLine.Mixin BatchOptions batch = new BatchOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Folder to write the pages into (created if missing).")
  Path output;

  @Option(names = "--claims", paramLabel = "FILE", description = "Render the claims of this file (sitrep.claims/1 as extract writes it: JSON Lines or one pretty document) instead of extracting.")
  Path claimsFile;

  RenderCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    List<Path> files = batch.filesOrReport(cli);
    if (files == null) {
      return Main.USAGE;
    }
    Map<String, ArticleClaims> given = null;
    try {
      if (claimsFile != null) {
        given = readClaims(claimsFile);
      }
    } catch (IOException e) {
      cli.err().println("sitrep: " + e.getMessage());
      return Main.USAGE;
    }
    Files.createDirectories(output);
    Pages pages = new Pages(output);
    BatchSummary summary = new BatchSummary();
    Iterator<InputRecord> records = ArticleInputs.read(files, cli.in());
    int unmatched = 0;
    try {
      if (given == null) {
        org.sitrep.Sitrep sitrep = batch.sitrepOrReport(cli);
        if (sitrep == null) {
          return Main.USAGE;
        }
        summary.restartClock();
        // Results come back in input order, one per record: a queue pairs each with its text.
        Deque<Article> texts = new ArrayDeque<>();
        Iterator<InputRecord> remembering = remember(records, texts);
        new BatchRunner(sitrep, batch.threads).run(remembering, result -> {
          summary.add(result);
          pages.write(result, texts.removeFirst().text());
        });
      } else {
        unmatched = renderGiven(records, given, pages, summary);
      }
      Pages.replace(output.resolve("index.html"), pages.index.html());
    } catch (UncheckedIOException e) {
      cli.err().println("sitrep: " + e.getMessage());
      return Main.USAGE;
    }
    if (!batch.quiet) {
      cli.err().println(summary.line(cli.loadSeconds()));
      cli.err().println("sitrep: wrote " + pages.index.size() + " pages and index.html to " + output);
    }
    return summary.errorCount() > 0 || unmatched > 0 ? Main.ARTICLES_FAILED : Main.OK;
  }

  /** Renders the given claims with the inputs' texts; returns how many ids matched on one side only. */
  private int renderGiven(Iterator<InputRecord> records, Map<String, ArticleClaims> given, Pages pages, BatchSummary summary) {
    int unmatched = 0;
    while (records.hasNext()) {
      InputRecord r = records.next();
      Article a = r.article();
      ArticleClaims result = given.remove(a.id());
      if (result == null) {
        unmatched++;
        cli.err().println("sitrep: no claims for article " + a.id() + " in " + claimsFile);
        result = r.error() != null
            ? ArticleClaims.failed(a, r.error().code(), r.error().message())
            : ArticleClaims.of(new ArticleInfo(a.id(), a.title(), a.source(), a.published(), a.url(), "en"), null, List.of());
      }
      summary.add(result);
      pages.write(result, a.text());
    }
    for (ArticleClaims left : given.values()) {
      unmatched++;
      cli.err().println("sitrep: no article text for " + left.article().id() + " (from " + claimsFile + ")");
      summary.add(left);
      pages.write(left, null);
    }
    return unmatched;
  }

  /**
   * The claims file's documents by article id (the first of repeated ids), in file order. Reads
   * anything extract writes: JSON Lines, or one pretty-printed document.
   */
  private Map<String, ArticleClaims> readClaims(Path file) throws IOException {
    Map<String, ArticleClaims> out = new LinkedHashMap<>();
    for (JsonDocuments.Document d : JsonDocuments.read(file)) {
      String where = file + ":" + d.line();
      ArticleClaims record;
      try {
        record = SitrepJson.read(d.node(), ArticleClaims.class);
      } catch (JsonProcessingException e) {
        throw new IOException(where + ": not a sitrep.claims/1 document: " + JsonDocuments.describe(e), e);
      } catch (IllegalArgumentException e) {
        throw new IOException(where + ": not a sitrep.claims/1 document: " + e.getMessage(), e);
      }
      if (record.article() == null || record.article().id() == null) {
        throw new IOException(where + ": document has no article id");
      }
      if (out.putIfAbsent(record.article().id(), record) != null) {
        cli.err().println("sitrep: " + where + ": article " + record.article().id() + " again; the first is used");
      }
    }
    return out;
  }

  private static Iterator<InputRecord> remember(Iterator<InputRecord> records, Deque<Article> texts) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public InputRecord next() {
        InputRecord r = records.next();
        texts.addLast(r.article());
        return r;
      }
    };
  }

  /** Writes each article's page and keeps the index. */
  private static final class Pages {
    final Path dir;
    final IndexPage index = new IndexPage();

    Pages(Path dir) {
      this.dir = dir;
    }

    void write(ArticleClaims result, String text) {
      String name = index.add(result);
      replace(dir.resolve(name), HtmlRenderer.render(result, text, "index.html"));
    }

    /**
     * Writes {@code file}; a symbolic link already there is replaced by the file, never followed
     * (following it would overwrite whatever it points to).
     */
    static void replace(Path file, String content) {
      try {
        if (Files.isSymbolicLink(file)) {
          Files.delete(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
