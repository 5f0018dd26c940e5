package dev.diplomacy.interop.gdelt;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The lines of UTF-8 bytes, as {@link java.io.BufferedReader#readLine()} over an {@link
 * java.io.InputStreamReader} of UTF-8 gives them: a line ends at a line feed, a carriage return, or
 * both; bytes that are not UTF-8 are read as U+FFFD. The terminators are found in the bytes (no
 * byte of a UTF-8 sequence is one), and each line is decoded whole, once: the reader's decoding
 * into characters, scanning them and packing them back into a string cost a tenth of a GDELT
 * import.
 */
final class Utf8Lines implements Closeable {

  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int position;
  private int end;
  private boolean ended;

  /** True after a carriage return: a line feed that follows it ends no line. */
  private boolean afterReturn;

  Utf8Lines(InputStream in) {
    this.in = in;
  }

  /** The next line, without its terminator; null at the end of the input. */
  @Nullable String readLine() throws IOException {
    if (afterReturn) {
      afterReturn = false;
      if (position == end) {
        fill();
      }
      if (position < end && buffer[position] == '\n') {
        position++;
      }
    }
    int scan = position;
    while (true) {
      byte[] b = buffer;
      for (int i = scan; i < end; i++) {
        byte c = b[i];
        if (c == '\n' || c == '\r') {
          String line = new String(b, position, i - position, StandardCharsets.UTF_8);
          position = i + 1;
          afterReturn = c == '\r';
          return line;
        }
      }
      if (ended) {
        if (position == end) {
          return null;
        }
        String line = new String(b, position, end - position, StandardCharsets.UTF_8);
        position = end;
        return line;
      }
      scan = end - position;
      fill();
      scan += position;
    }
  }

  /**
   * Reads more bytes after those not yet returned, moved to the start of the buffer, which grows
   * when a line fills it; sets {@link #ended} at the end of the input.
   */
  private void fill() throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, end - position);
      end -= position;
      position = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      ended = true;
    } else {
      end += n;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
