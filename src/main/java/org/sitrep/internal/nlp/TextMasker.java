package org.sitrep.internal.nlp;

import java.util.Locale;

/**
 * Makes the text that CoreNLP reads from the article's text, character for character the same
 * length, so that every offset CoreNLP reports is an offset into the original:
 *
 * <ul>
 *   <li>HTML or XML markup: tags become spaces (block-level tags such as {@code <p>}, {@code
 *       <br>}, {@code </div>} become a line break, which ends a sentence), the contents of
 *       {@code <script>} and {@code <style>} and comments become spaces, and character entities
 *       ({@code &amp;}, {@code &#8220;}) become their character padded with spaces;
 *   <li>control characters (NUL and the like) become spaces; a lone CR becomes a line feed;
 *   <li>a run of more than {@link InputBounds#MAX_RUN_CHARS} characters without a space (a
 *       45,000-letter "word", 100,000 digits, a line of symbols, base64) becomes spaces: CoreNLP's
 *       NER builds every prefix and suffix of a token as a feature, so one such token costs
 *       memory in the square of its length, and no claim is written that way.
 * </ul>
 *
 * Markup is recognized only where a {@code <} is followed by a tag name, {@code /}, {@code !}
 * or {@code ?}, so "3 < 5" stays as it is. Runs in linear time.
 */
final class TextMasker {

  private TextMasker() {}

  static String mask(String text) {
    if (!needsMasking(text)) {
      return text;
    }
    char[] out = text.toCharArray();
    maskMarkup(text, out);
    maskLongRuns(out);
    return new String(out);
  }

  private static void maskMarkup(String text, char[] out) {
    int n = out.length;
    int i = 0;
    while (i < n) {
      char c = out[i];
      if (c == '<' && i + 1 < n && startsTag(text.charAt(i + 1))) {
        i = maskTag(text, out, i);
      } else if (c == '&') {
        i = maskEntity(text, out, i);
      } else {
        if (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) {
          out[i] = '\n';
        } else if (isControl(c)) {
          out[i] = ' ';
        }
        i++;
      }
    }
  }

  /** Blanks every run of more than {@link InputBounds#MAX_RUN_CHARS} characters between separators. */
  private static void maskLongRuns(char[] out) {
    int runStart = 0;
    for (int i = 0; i <= out.length; i++) {
      if (i == out.length || isSeparator(out[i])) {
        if (i - runStart > InputBounds.MAX_RUN_CHARS) {
          java.util.Arrays.fill(out, runStart, i, ' ');
        }
        runStart = i + 1;
      }
    }
  }

  /**
   * Characters at which CoreNLP's tokenizer always ends a token (checked against it): whitespace,
   * space separators (no-break spaces too), zero-width space and BOM. A run between two of them is
   * at least as long as any token CoreNLP makes of it.
   */
  static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  private static boolean needsMasking(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '&' || isControl(c) || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        return true;
      }
      run = isSeparator(c) ? 0 : run + 1;
      if (run > InputBounds.MAX_RUN_CHARS) {
        return true;
      }
    }
    return false;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0)
        || c == '\uFFFE' || c == '\uFFFF';
  }

  private static boolean startsTag(char c) {
    return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
  }

  /** Blanks the tag starting at {@code start}; returns the index after what was masked. */
  private static int maskTag(String text, char[] out, int start) {
    int n = text.length();
    if (text.startsWith("<!--", start)) {
      int close = text.indexOf("-->", start + 4);
      int end = close < 0 ? n : close + 3;
      blank(out, start, end);
      return end;
    }
    // '>' is looked for only up to the next '<', so that many '<' without a '>' stay linear
    int nextOpen = text.indexOf('<', start + 1);
    int close = indexOf(text, '>', start + 1, nextOpen < 0 ? n : nextOpen);
    if (close < 0) {
      return start + 1; // not a tag after all: a lone '<'
    }
    int end = close + 1;
    String name = tagName(text, start, close);
    blank(out, start, end);
    if (isBlock(name)) {
      out[start] = '\n';
    }
    boolean opening = text.charAt(start + 1) != '/';
    if (opening && (name.equals("script") || name.equals("style"))) {
      int endTag = indexOfIgnoreCase(text, "</" + name, end);
      int stop = endTag < 0 ? n : endTag;
      blank(out, end, stop);
      return stop;
    }
    return end;
  }

  private static String tagName(String text, int start, int close) {
    int i = start + 1;
    if (i < close && text.charAt(i) == '/') {
      i++;
    }
    int b = i;
    while (i < close && (Character.isLetterOrDigit(text.charAt(i)))) {
      i++;
    }
    return text.substring(b, i).toLowerCase(Locale.ROOT);
  }

  private static boolean isBlock(String name) {
    return switch (name) {
      case "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "hr", "title" -> true;
      default -> false;
    };
  }

  private static int maskEntity(String text, char[] out, int start) {
    int semi = -1;
    for (int j = start + 1; j < Math.min(text.length(), start + 12); j++) {
      char c = text.charAt(j);
      if (c == ';') {
        semi = j;
        break;
      }
      if (!(Character.isLetterOrDigit(c) || c == '#')) {
        break;
      }
    }
    if (semi < 0) {
      return start + 1;
    }
    String body = text.substring(start + 1, semi);
    char replacement = entity(body);
    if (replacement == 0) {
      return start + 1;
    }
    blank(out, start, semi + 1);
    out[start] = replacement;
    return semi + 1;
  }

  private static char entity(String body) {
    if (body.startsWith("#")) {
      try {
        int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
            ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
        return cp > 0x1F && cp < 0xD800 ? (char) cp : ' ';
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return switch (body) {
      case "amp" -> '&';
      case "lt" -> '<';
      case "gt" -> '>';
      case "quot" -> '"';
      case "apos", "rsquo", "lsquo" -> '\'';
      case "ldquo" -> '\u201C';
      case "rdquo" -> '\u201D';
      case "nbsp", "ensp", "emsp", "thinsp" -> ' ';
      case "mdash" -> '\u2014';
      case "ndash" -> '\u2013';
      case "hellip" -> '\u2026';
      default -> 0;
    };
  }

  private static void blank(char[] out, int from, int to) {
    for (int k = from; k < to; k++) {
      if (out[k] != '\n') {
        out[k] = ' ';
      }
    }
  }

  private static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfIgnoreCase(String text, String needle, int from) {
    int n = needle.length();
    for (int i = from; i + n <= text.length(); i++) {
      if (text.regionMatches(true, i, needle, 0, n)) {
        return i;
      }
    }
    return -1;
  }
}
