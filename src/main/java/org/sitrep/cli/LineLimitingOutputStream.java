package org.sitrep.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Cuts lines longer than a limit: what the command line puts before standard error, so that a log
 * line from CoreNLP that quotes a whole hostile sentence (hundreds of thousands of characters)
 * becomes its first {@code maxBytes} bytes and a note of how much was cut. Cuts fall between
 * UTF-8 characters, never inside one.
 */
final class LineLimitingOutputStream extends FilterOutputStream {

  /** Longest line written to standard error, in bytes. */
  static final int MAX_LINE_BYTES = 2_000;

  private final int maxBytes;
  private long lineBytes;
  private long dropped;

  LineLimitingOutputStream(OutputStream out, int maxBytes) {
    super(out);
    this.maxBytes = maxBytes;
  }

  /** {@code err} with its lines cut at {@link #MAX_LINE_BYTES}. */
  static PrintStream limit(PrintStream err) {
    return new PrintStream(new LineLimitingOutputStream(err, MAX_LINE_BYTES), true, Charset.defaultCharset());
  }

  @Override
  public synchronized void write(int b) throws IOException {
    if (b == '\n') {
      if (dropped > 0) {
        out.write((" [" + dropped + " more bytes cut]").getBytes(StandardCharsets.UTF_8));
      }
      lineBytes = 0;
      dropped = 0;
      out.write(b);
    } else if (dropped == 0 && (lineBytes < maxBytes || (b & 0xC0) == 0x80)) {
      out.write(b); // a continuation byte past the limit completes the character that straddles it
      lineBytes++;
    } else {
      dropped++;
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(b[i]);
    }
  }
}
