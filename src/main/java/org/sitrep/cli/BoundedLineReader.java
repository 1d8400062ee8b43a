package org.sitrep.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()}, but never holds more than {@code
 * maxChars} of one line: the rest of a longer line is read and dropped, and the line comes back
 * as {@link Line#tooLong()}. So a 50 MB line costs a buffer, not 100 MB of heap.
 */
final class BoundedLineReader implements AutoCloseable {

  /** One line, or the length of a line that was too long to keep. */
  record Line(String text, long length) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[8192];
  private int pos;
  private int limit;
  private boolean eof;
  /** Characters read from {@code in} before those now in {@link #buf}. */
  private long bufStart;

  BoundedLineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its terminator (LF, CR or CRLF), or null at the end of the input. */
  Line readLine() throws IOException {
    StringBuilder sb = new StringBuilder();
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (!fill()) {
          return any ? finish(sb, length) : null;
        }
      }
      any = true;
      char c = buf[pos++];
      if (c == '\n') {
        return finish(sb, length);
      }
      if (c == '\r') {
        if ((pos < limit || fill()) && buf[pos] == '\n') {
          pos++;
        }
        return finish(sb, length);
      }
      length++;
      if (sb != null) {
        if (length > maxChars) {
          sb = null;
        } else {
          sb.append(c);
        }
      }
    }
  }

  /** Characters consumed so far, line terminators included: the stream position after the last line. */
  long position() {
    return bufStart + pos;
  }

  private Line finish(StringBuilder sb, long length) {
    return new Line(sb == null ? null : sb.toString(), length);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    bufStart += limit;
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
