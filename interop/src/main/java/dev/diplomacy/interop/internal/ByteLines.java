package dev.diplomacy.interop.internal;

import dev.diplomacy.json.format.internal.Bytes;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The lines of UTF-8 bytes. Every line is handed out as its bytes in the buffer; its text, when
 * asked for, is decoded as ISO 8859-1 when it is ASCII only (most lines of event data), else with
 * its line break, as {@link java.io.InputStreamReader} decodes it: bytes that are not UTF-8 become
 * U+FFFD. A line longer than the buffer grows the buffer, as {@link
 * java.io.BufferedReader#readLine} grows its line.
 */
public final class ByteLines implements Lines, Closeable {

  private static final int UNKNOWN = 0;
  private static final int ASCII = 1;
  private static final int NOT_ASCII = 2;

  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean ended;

  private int start;
  private int end;
  private int breakLength;

  /** Whether the line is ASCII only: {@link #UNKNOWN} until asked. */
  private int ascii;

  private @Nullable String text;

  /** The lines of {@code in}, read as they are asked for. */
  public ByteLines(InputStream in) {
    this.in = in;
  }

  @Override
  public boolean next() throws IOException {
    text = null;
    while (true) {
      int i = Bytes.lineBreak(buffer, position, limit);
      if (i < limit) {
        if (buffer[i] == '\r' && i + 1 == limit && !ended) {
          fill(); // a \n may follow in the bytes not yet read
          continue;
        }
        int length = buffer[i] == '\r' && i + 1 < limit && buffer[i + 1] == '\n' ? 2 : 1;
        line(i, length);
        return true;
      }
      if (ended) {
        if (position == limit) {
          return false;
        }
        line(limit, 0);
        return true;
      }
      fill();
    }
  }

  private void line(int lineEnd, int lineBreak) {
    start = position;
    end = lineEnd;
    breakLength = lineBreak;
    ascii = UNKNOWN;
    position = lineEnd + lineBreak;
  }

  /** Keeps the bytes not yet handed out, at the start of the buffer, and reads more after them. */
  private void fill() throws IOException {
    int kept = limit - position;
    if (kept == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    } else if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, kept);
    }
    position = 0;
    limit = kept;
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      ended = true;
    } else {
      limit += n;
    }
  }

  /** The next line's text, without its line break; null at the end of the input. */
  public @Nullable String readLine() throws IOException {
    return next() ? text() : null;
  }

  /** Closes the input. */
  @Override
  public void close() throws IOException {
    in.close();
  }

  @Override
  public boolean hasBytes() {
    return true;
  }

  /** True when the line is ASCII only; found when first asked, as a reader may not ask. */
  public boolean isAscii() {
    if (ascii == UNKNOWN) {
      ascii = Bytes.isAscii(buffer, start, end) ? ASCII : NOT_ASCII;
    }
    return ascii == ASCII;
  }

  @Override
  public byte[] bytes() {
    return buffer;
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  @Override
  public String text() {
    String t = text;
    if (t == null) {
      if (isAscii()) {
        t = new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
      } else {
        // Decoded with its line break, as a reader decodes the stream: a byte sequence cut short
        // by the break is then replaced as it would be there.
        String withBreak =
            new String(buffer, start, end - start + breakLength, StandardCharsets.UTF_8);
        t = withBreak.substring(0, withBreak.length() - breakLength);
      }
      text = t;
    }
    return t;
  }

  @Override
  public boolean isBlank() {
    for (int i = start; i < end; i++) {
      byte b = buffer[i];
      if (b < 0) {
        return text().isBlank(); // a byte of a character beyond ASCII, which may be white space
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}
