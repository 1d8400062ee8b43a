package org.sitrep.internal.render;

/**
 * The two escaping functions every piece of data goes through on its way into a page: one for
 * text between tags, one for double-quoted attribute values. Nothing else writes user data.
 */
final class Html {

  private Html() {}

  /**
   * Text content. Carriage returns become character references because an HTML parser turns a
   * raw CR or CRLF into LF, which would change the article text and every offset after it.
   */
  static String text(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    appendText(out, s, 0, s.length());
    return out.toString();
  }

  static void appendText(StringBuilder out, CharSequence s, int begin, int end) {
    for (int i = begin; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#13;");
        case '\0' -> out.append('\uFFFD');
        default -> appendChar(out, s, i, c);
      }
    }
  }

  /** A lone surrogate cannot be encoded: it becomes U+FFFD, one char for one, so offsets hold. */
  private static void appendChar(StringBuilder out, CharSequence s, int i, char c) {
    if (Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
      out.append(c);
    } else {
      out.append('\uFFFD');
    }
  }

  /** A value for a double-quoted attribute; null gives the empty string. */
  static String attr(CharSequence s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r' -> out.append("&#13;");
        case '\n' -> out.append("&#10;");
        case '\t' -> out.append("&#9;");
        case '\0' -> out.append('\uFFFD');
        default -> appendChar(out, s, i, c);
      }
    }
    return out.toString();
  }
}
