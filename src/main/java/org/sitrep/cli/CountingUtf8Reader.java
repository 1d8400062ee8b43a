package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Decodes UTF-8 like an {@link java.io.InputStreamReader} that replaces malformed input with
 * U+FFFD, but remembers where it did: {@link #replacedBefore(long)} says how many replacements
 * fall before a position of the character stream, so that a reader of lines can tell which line
 * held invalid bytes. Replacements not yet asked about are kept; asking drops them, so memory
 * stays bounded by what is read ahead.
 */
final class CountingUtf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
  private final CharBuffer chars = CharBuffer.allocate(1 << 14);
  /** Positions, in the character stream, of the U+FFFD this reader put in. */
  private final ArrayDeque<Long> replacements = new ArrayDeque<>();
  /** Characters decoded before those now in {@link #chars}. */
  private long decodedBefore;
  private boolean eof;
  private boolean flushed;

  CountingUtf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  /** How many replacements lie before {@code position}; those are forgotten. */
  int replacedBefore(long position) {
    int n = 0;
    while (!replacements.isEmpty() && replacements.peekFirst() < position) {
      replacements.removeFirst();
      n++;
    }
    return n;
  }

  /** Decodes more characters into {@link #chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    decodedBefore += chars.limit();
    chars.clear();
    while (chars.position() == 0 && !flushed) {
      readBytes();
      CoderResult r = decoder.decode(bytes, chars, eof);
      if (r.isError()) {
        if (!chars.hasRemaining()) {
          break; // the bad bytes come first in the next call
        }
        replacements.addLast(decodedBefore + chars.position());
        chars.put('\uFFFD');
        bytes.position(bytes.position() + r.length());
      } else if (r.isUnderflow() && eof) {
        decoder.flush(chars);
        flushed = true;
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private void readBytes() throws IOException {
    if (eof) {
      return;
    }
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
