package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Every regular expression written as a literal in {@code src/main/java} must stay fast on long
 * adversarial input: no catastrophic backtracking. The sources are scanned, so patterns that new
 * code adds are checked without registering them here. Patterns built at run time (from lexicon
 * files, or from values the scan cannot resolve) are listed in the test report, not checked.
 */
class RegexSafetyTest {

  private static final Path MAIN = Path.of("src/main/java");
  /** Generous, because the build machine is shared; a catastrophic pattern takes hours, not seconds. */
  private static final long TIMEOUT_MILLIS = 2_000;
  private static final int LENGTH = 50_000;

  /**
   * Findings not fixed yet (the patterns belong to other code): each is still checked with
   * matches(), and must leave this list once its pattern is fixed (the test fails when a listed
   * pattern no longer appears in the code). Not a place for permanent exemptions.
   */
  private static final Map<String, String> OPEN_FINDINGS = Map.of();

  private static ExecutorService worker;

  @BeforeAll
  static void startWorker() {
    worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "regex-safety");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterAll
  static void stopWorker() {
    worker.shutdownNow();
  }

  @Test
  void everyLiteralRegexStaysFastOnLongAdversarialInput(TestReporter reporter) throws Exception {
    Scan scan = scanSources();
    assertThat(scan.regexes()).as("regex literals found under " + MAIN).isNotEmpty();
    if (!scan.unresolved().isEmpty()) {
      reporter.publishEntry("patterns built at run time, not checked", String.join("; ", scan.unresolved()));
    }
    List<String> slow = new ArrayList<>();
    for (Regex regex : scan.regexes()) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex.source(), regex.flags());
      } catch (RuntimeException e) {
        slow.add(regex.site() + ": regex " + regex.source() + " does not compile: " + e.getMessage());
        continue;
      }
      String openFinding = OPEN_FINDINGS.get(regex.source());
      for (String input : adversarialInputs(regex.source())) {
        String problem = timeOf(pattern, input, openFinding == null);
        if (problem != null) {
          slow.add(regex.site() + ": regex " + regex.source() + " " + problem + " on " + describe(input));
          break;
        }
      }
      if (openFinding != null) {
        reporter.publishEntry("open finding, checked with matches() only", regex.site() + " " + regex.source() + ": " + openFinding);
      }
    }
    assertThat(slow).as("regexes that backtrack too long").isEmpty();
    assertThat(scan.regexes()).extracting(Regex::source).as("open findings still in the code (remove fixed ones)")
        .containsAll(OPEN_FINDINGS.keySet());
  }

  @Test
  void theScanFindsLiteralsConstantsAndFlags() {
    String source = """
        class X {
          private static final String DIGITS = "\\\\d+";
          // Pattern.compile("in a comment is ignored")
          static final Pattern A = Pattern.compile("(" + DIGITS + ")x", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
          boolean b(String w) { return w.matches("[a-z]+\\u2013") && m.matches(); }
          String[] c(String w) { return w.split("\\\\|", -1); }
          void d(Map<String, String> m, String dynamic) { m.replaceAll((k, v) -> v); Pattern.compile(dynamic); }
        }
        """;
    Scan scan = new Scan(new ArrayList<>(), new ArrayList<>());
    scanFile("X.java", source, scan);
    assertThat(scan.regexes()).extracting(Regex::source)
        .containsExactly("(\\d+)x", "[a-z]+\u2013", "\\|");
    assertThat(scan.regexes().get(0).flags()).isEqualTo(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    assertThat(scan.unresolved()).singleElement().asString().contains("X.java").contains("dynamic");
  }

  /** Null if {@code pattern} gets through {@code input} in time (all of find(), then matches()). */
  private static String timeOf(Pattern pattern, String input, boolean find) throws InterruptedException {
    Future<?> run = worker.submit(() -> {
      Matcher m = pattern.matcher(new Interruptible(input));
      while (find && m.find()) {
        // every match, so that every start position is tried
      }
      m.reset();
      m.matches();
    });
    try {
      run.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
      return null;
    } catch (TimeoutException e) {
      run.cancel(true);
      return "took over " + TIMEOUT_MILLIS + " ms" + (find ? "" : " in matches()");
    } catch (ExecutionException e) {
      return "failed: " + e.getCause();
    }
  }

  /**
   * Long runs of single characters and of pairs (including every literal character of the
   * pattern itself), each once as it is and once with a tail that no pattern expects, which
   * forces a backtracking engine to try every way of splitting the run.
   */
  static List<String> adversarialInputs(String regex) {
    Set<String> units = new LinkedHashSet<>(List.of(
        "a", "A", " ", "1", "\"", ",", ".", "-", "\t", "\n", "'", "\u00A0", "\u2013",
        "a ", "1,", "1.", "a-", "ab", "a1", "12,", "123,", " \"", "\"a", ". ", "aA"));
    regex.codePoints()
        .filter(c -> Character.isLetterOrDigit(c) || (c > ' ' && c < 0x7F) || Character.getType(c) == Character.DASH_PUNCTUATION)
        .forEach(c -> units.add(Character.toString(c)));
    List<String> inputs = new ArrayList<>();
    for (String unit : units) {
      String run = unit.repeat(LENGTH / unit.length());
      inputs.add(run);
      inputs.add(run + "!\u0000\uFFFF");
    }
    return inputs;
  }

  private static String describe(String input) {
    String head = input.substring(0, Math.min(12, input.length())).replace("\n", "\\n").replace("\t", "\\t");
    return input.length() + " chars starting \"" + head + "\"";
  }

  /** Lets a runaway match stop when its thread is interrupted (java.util.regex never checks). */
  private record Interruptible(String s) implements CharSequence {
    @Override
    public char charAt(int index) {
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("interrupted");
      }
      return s.charAt(index);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Interruptible(s.substring(start, end));
    }

    @Override
    public String toString() {
      return s;
    }
  }

  // ---- the scan ----------------------------------------------------------------------------

  record Regex(String site, String source, int flags) {}

  record Scan(List<Regex> regexes, List<String> unresolved) {}

  private enum Kind { STRING, IDENT, PUNCT }

  private record Token(Kind kind, String text, int line) {
    boolean is(String s) {
      return kind != Kind.STRING && text.equals(s);
    }
  }

  /** String methods whose first argument is a regex. */
  private static final Set<String> STRING_REGEX_METHODS = Set.of("matches", "replaceAll", "replaceFirst", "split");

  static Scan scanSources() throws IOException {
    Scan scan = new Scan(new ArrayList<>(), new ArrayList<>());
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        scanFile(f.toString(), Files.readString(f, StandardCharsets.UTF_8), scan);
      }
    }
    return scan;
  }

  static void scanFile(String file, String source, Scan scan) {
    List<Token> tokens = tokenize(source);
    Map<String, String> constants = stringConstants(tokens);
    for (int i = 0; i + 3 < tokens.size(); i++) {
      boolean patternCall = tokens.get(i).is("Pattern") && tokens.get(i + 1).is(".")
          && (tokens.get(i + 2).is("compile") || tokens.get(i + 2).is("matches")) && tokens.get(i + 3).is("(");
      boolean stringCall = !patternCall && tokens.get(i).is(".") && tokens.get(i + 1).kind() == Kind.IDENT
          && STRING_REGEX_METHODS.contains(tokens.get(i + 1).text()) && tokens.get(i + 2).is("(")
          && (i == 0 || !tokens.get(i - 1).is("Pattern"));
      if (!patternCall && !stringCall) {
        continue;
      }
      int open = patternCall ? i + 3 : i + 2;
      List<List<Token>> args = arguments(tokens, open);
      String site = file + ":" + tokens.get(i).line();
      if (args.isEmpty() || args.get(0).isEmpty()) {
        continue;
      }
      String regex = concatenation(args.get(0), constants);
      if (regex == null) {
        if (patternCall) {
          scan.unresolved().add(site + " " + render(args.get(0)));
        }
        continue;
      }
      int flags = patternCall && tokens.get(i + 2).is("compile") && args.size() > 1 ? flags(args.get(1)) : 0;
      scan.regexes().add(new Regex(site, regex, flags));
    }
  }

  /** The arguments of the call whose '(' is at {@code open}, split at top-level commas. */
  private static List<List<Token>> arguments(List<Token> tokens, int open) {
    List<List<Token>> args = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    for (int j = open + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        if (depth == 0) {
          if (!current.isEmpty() || !args.isEmpty()) {
            args.add(current);
          }
          return args;
        }
        depth--;
      } else if (t.is(",") && depth == 0) {
        args.add(current);
        current = new ArrayList<>();
        continue;
      }
      current.add(t);
    }
    return args;
  }

  /** The value of string literals and same-file constants joined by '+', or null if it is not one. */
  private static String concatenation(List<Token> expr, Map<String, String> constants) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < expr.size(); k++) {
      Token t = expr.get(k);
      if (k % 2 == 1) {
        if (!t.is("+")) {
          return null;
        }
      } else if (t.kind() == Kind.STRING) {
        sb.append(t.text());
      } else if (t.kind() == Kind.IDENT && constants.containsKey(t.text())) {
        sb.append(constants.get(t.text()));
      } else {
        return null;
      }
    }
    return expr.size() % 2 == 1 ? sb.toString() : null;
  }

  /** {@code String NAME = <concatenation>;} declarations of one file, in order. */
  private static Map<String, String> stringConstants(List<Token> tokens) {
    Map<String, String> constants = new HashMap<>();
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (tokens.get(i).is("String") && tokens.get(i + 1).kind() == Kind.IDENT && tokens.get(i + 2).is("=")) {
        List<Token> expr = new ArrayList<>();
        for (int j = i + 3; j < tokens.size() && !tokens.get(j).is(";"); j++) {
          expr.add(tokens.get(j));
        }
        String value = concatenation(expr, constants);
        if (value != null) {
          constants.put(tokens.get(i + 1).text(), value);
        }
      }
    }
    return constants;
  }

  private static int flags(List<Token> expr) {
    int flags = 0;
    for (Token t : expr) {
      if (t.kind() == Kind.IDENT && !t.text().equals("Pattern")) {
        try {
          flags |= Pattern.class.getField(t.text()).getInt(null);
        } catch (ReflectiveOperationException e) {
          // a flag held in a variable: check the pattern without it
        }
      }
    }
    return flags;
  }

  private static String render(List<Token> expr) {
    StringBuilder sb = new StringBuilder();
    for (Token t : expr) {
      sb.append(t.kind() == Kind.STRING ? "\"" + t.text() + "\"" : t.text());
    }
    return sb.toString();
  }

  /** A small Java lexer: identifiers, string literals (unescaped), text blocks, punctuation; no comments. */
  private static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        line += count(s, i, end);
        i = end;
      } else if (s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? s.length() : end;
        tokens.add(new Token(Kind.STRING, unescape(s.substring(s.indexOf('\n', i) + 1, end).stripIndent()), line));
        line += count(s, i, end);
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != c) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          tokens.add(new Token(Kind.STRING, unescape(s.substring(i + 1, Math.min(j, s.length()))), line));
        }
        i = j + 1;
      } else if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
          j++;
        }
        tokens.add(new Token(Kind.IDENT, s.substring(i, j), line));
        i = j;
      } else {
        tokens.add(new Token(Kind.PUNCT, String.valueOf(c), line));
        i++;
      }
    }
    return tokens;
  }

  private static int count(String s, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static String unescape(String body) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 == body.length()) {
        sb.append(c);
        continue;
      }
      char e = body.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 's' -> sb.append(' ');
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int end = i;
          while (end < body.length() && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
            end++;
          }
          sb.append((char) Integer.parseInt(body.substring(i, end), 8));
          i = end - 1;
        }
        case 'u' -> {
          int k = i;
          while (k < body.length() && body.charAt(k) == 'u') {
            k++;
          }
          sb.append((char) Integer.parseInt(body.substring(k, k + 4), 16));
          i = k + 3;
        }
        case '\n' -> { } // a line continuation in a text block
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }
}
