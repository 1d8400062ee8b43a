package org.sitrep.internal.nlp;

import edu.stanford.nlp.io.IOUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads the text model file of CoreNLP's neural dependency parser ({@code nndep}) into the arrays
 * {@code DependencyParser.loadModelFile} builds, with the same values bit for bit, in a fraction
 * of its time: CoreNLP splits every line into strings and parses each of the model's six million
 * numbers with {@code Float.parseFloat}, which was a fifth of building a {@code Sitrep}
 * (docs/performance.md). Here the numbers are read straight from the bytes, on several threads;
 * a number is converted through one exact division when that is provably the correctly rounded
 * float (at most 15 significant digits, no exponent, the quotient not halfway between two
 * floats), and by {@code Float.parseFloat} otherwise.
 *
 * <p>The format (CoreNLP 3.5 to 4.5): optional {@code language=} and {@code tlp=} lines; seven
 * {@code key=count} lines (words, tags, labels, embedding size, hidden size, features,
 * precomputed ids); one line per word, tag and label with its name and embedding; the hidden
 * weights one input column per line; the hidden bias; the output weights one hidden unit per
 * line; the precomputed feature ids, several per line.
 */
final class ParserModelFile {

  /** The values CoreNLP's loader holds after reading a model: vocabulary, weights and precomputed ids. */
  record Model(String language, List<String> words, List<String> tags, List<String> labels, float[][] embeddings,
      float[][] hiddenWeightsByInput, float[] hiddenBias, float[][] outputWeights, int[] precomputed) {}

  private static final double[] POWERS_OF_TEN = new double[16];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private final byte[] text;
  private final int[] lineStarts;
  private final int lines;

  private ParserModelFile(byte[] text) {
    this.text = text;
    int count = 0;
    for (byte b : text) {
      if (b == '\n') {
        count++;
      }
    }
    lineStarts = new int[count + 2];
    int n = 0;
    lineStarts[n++] = 0;
    for (int i = 0; i < text.length; i++) {
      if (text[i] == '\n') {
        lineStarts[n++] = i + 1;
      }
    }
    lines = text.length > 0 && text[text.length - 1] == '\n' ? n - 1 : n;
    if (n < lineStarts.length) {
      lineStarts[n] = text.length + 1;
    }
  }

  /**
   * Reads {@code resource} (a class path resource, file or URL, unzipped by CoreNLP's opener when
   * it ends in .gz), parsing on {@code pool}.
   */
  static Model read(String resource, ExecutorService pool) {
    try (InputStream in = IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(resource)) {
      return new ParserModelFile(in.readAllBytes()).parse(pool);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dependency parser's model " + resource, e);
    }
  }

  /** Parses model text already in memory (for tests). */
  static Model parse(byte[] text, ExecutorService pool) {
    return new ParserModelFile(text).parse(pool);
  }

  private Model parse(ExecutorService pool) {
    int line = 0;
    String language = null;
    if (line(line).startsWith("language=")) {
      String first = line(line);
      language = first.substring("language=".length(), first.length() - 1);
      line += 2;
    }
    int words = count(line++, "dict");
    int tags = count(line++, "pos");
    int labels = count(line++, "label");
    int embeddingSize = count(line++, "embeddingSize");
    int hiddenSize = count(line++, "hiddenSize");
    int features = count(line++, "numTokens");
    int precomputedCount = count(line++, "preComputed");

    int vocabulary = words + tags + labels;
    String[] names = new String[vocabulary];
    float[][] embeddings = new float[vocabulary][embeddingSize];
    int firstEmbedding = line;
    List<Future<?>> work = new ArrayList<>();
    split(work, pool, vocabulary, (from, to) -> {
      for (int k = from; k < to; k++) {
        names[k] = namedRow(firstEmbedding + k, embeddings[k]);
      }
    });
    line += vocabulary;

    int inputs = embeddingSize * features;
    float[][] hiddenByInput = new float[inputs][hiddenSize];
    int firstHidden = line;
    split(work, pool, inputs, (from, to) -> {
      for (int j = from; j < to; j++) {
        row(firstHidden + j, hiddenByInput[j]);
      }
    });
    line += inputs;

    float[] bias = new float[hiddenSize];
    row(line++, bias);

    float[][] outputByHidden = new float[hiddenSize][labels * 2 - 1];
    for (int j = 0; j < hiddenSize; j++) {
      row(line++, outputByHidden[j]);
    }
    float[][] output = new float[labels * 2 - 1][hiddenSize];
    for (int j = 0; j < hiddenSize; j++) {
      for (int i = 0; i < output.length; i++) {
        output[i][j] = outputByHidden[j][i];
      }
    }

    int[] precomputed = new int[precomputedCount];
    int filled = 0;
    while (filled < precomputedCount) {
      filled = ints(line++, precomputed, filled);
    }
    await(work);
    List<String> names0 = Arrays.asList(names);
    return new Model(language, List.copyOf(names0.subList(0, words)), List.copyOf(names0.subList(words, words + tags)),
        List.copyOf(names0.subList(words + tags, vocabulary)), embeddings, hiddenByInput, bias, output, precomputed);
  }

  @FunctionalInterface
  private interface Range {
    void parse(int from, int to);
  }

  private static void split(List<Future<?>> work, ExecutorService pool, int size, Range range) {
    int parts = Math.max(1, Runtime.getRuntime().availableProcessors());
    for (int p = 0; p < parts; p++) {
      int from = (int) ((long) size * p / parts);
      int to = (int) ((long) size * (p + 1) / parts);
      work.add(pool.submit(() -> range.parse(from, to)));
    }
  }

  private static void await(List<Future<?>> work) {
    try {
      for (Future<?> f : work) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the dependency parser's model", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("cannot read the dependency parser's model", e.getCause());
    }
  }

  private int start(int line) {
    if (line >= lines) {
      throw new IllegalStateException("the parser model ends at line " + lines + ", before line " + (line + 1));
    }
    return lineStarts[line];
  }

  /** Where the line ends, before its line break (and a carriage return before that). */
  private int end(int line) {
    int end = lineStarts[line + 1] - 1;
    if (end > text.length) {
      end = text.length;
    }
    if (end > lineStarts[line] && text[end - 1] == '\r') {
      end--;
    }
    return end;
  }

  private String line(int line) {
    int s = start(line);
    return new String(text, s, end(line) - s, StandardCharsets.UTF_8);
  }

  private int count(int line, String key) {
    String s = line(line);
    if (!s.startsWith(key + "=")) {
      throw new IllegalStateException("line " + (line + 1) + " of the parser model is not " + key + "=...: " + s);
    }
    return Integer.parseInt(s.substring(key.length() + 1));
  }

  /** A vocabulary line: its name, then its numbers into {@code values}. */
  private String namedRow(int line, float[] values) {
    int s = start(line);
    int space = s;
    int end = end(line);
    while (space < end && text[space] != ' ') {
      space++;
    }
    numbers(line, space + 1, end, values);
    return new String(text, s, space - s, StandardCharsets.UTF_8);
  }

  private void row(int line, float[] values) {
    numbers(line, start(line), end(line), values);
  }

  private void numbers(int line, int from, int end, float[] values) {
    int p = from;
    for (int i = 0; i < values.length; i++) {
      int q = p;
      while (q < end && text[q] != ' ') {
        q++;
      }
      if (q == p) {
        throw new IllegalStateException("line " + (line + 1) + " of the parser model has " + i + " numbers, not "
            + values.length);
      }
      values[i] = parseFloat(text, p, q);
      p = q + 1;
    }
  }

  private int ints(int line, int[] into, int filled) {
    int p = start(line);
    int end = end(line);
    while (p < end && filled < into.length) {
      int q = p;
      while (q < end && text[q] != ' ') {
        q++;
      }
      into[filled++] = Integer.parseInt(new String(text, p, q - p, StandardCharsets.US_ASCII));
      p = q + 1;
    }
    return filled;
  }

  /** {@code Float.parseFloat} of the ASCII text {@code b[from, to)}, the same float, usually without a String. */
  static float parseFloat(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = 0;
    boolean point = false;
    boolean any = false;
    for (; i < to; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa != 0 || c != '0') {
          digits++;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (point) {
          fraction++;
        }
        if (digits > 15 || fraction >= POWERS_OF_TEN.length) {
          return slow(b, from, to);
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return slow(b, from, to);
      }
    }
    if (!any) {
      return slow(b, from, to);
    }
    // Both operands are exact doubles, so the quotient is the correctly rounded double; rounding
    // that to a float gives the correctly rounded float unless it lies exactly halfway between two
    // floats (then the decimal could have been on either side). Subnormal floats have fewer bits.
    double value = mantissa / POWERS_OF_TEN[fraction];
    if (value != 0 && value < Float.MIN_NORMAL) {
      return slow(b, from, to);
    }
    long bits = Double.doubleToRawLongBits(value);
    if ((bits & 0x1FFF_FFFFL) == 0x1000_0000L) {
      return slow(b, from, to);
    }
    float f = (float) value;
    return negative ? -f : f;
  }

  private static float slow(byte[] b, int from, int to) {
    return Float.parseFloat(new String(b, from, to - from, StandardCharsets.US_ASCII));
  }
}
