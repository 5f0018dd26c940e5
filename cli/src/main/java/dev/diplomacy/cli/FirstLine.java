package dev.diplomacy.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes an input through and keeps the start of its first line, up to {@link #KEPT} bytes, so that
 * an input that cannot be read can be told what it looks like.
 */
final class FirstLine extends FilterInputStream {

  /** How many bytes of the first line are kept, at most. */
  static final int KEPT = 4096;

  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private boolean ended;

  FirstLine(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      keep(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n && !ended; i++) {
      keep(buffer[i]);
    }
    return n;
  }

  /** Skips by reading, so that no byte of the first line goes unseen. */
  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    return Math.max(read(buffer, 0, buffer.length), 0);
  }

  private void keep(int b) {
    if (ended) {
      return;
    }
    if (b == '\n' || kept.size() == KEPT) {
      ended = true;
    } else {
      kept.write(b);
    }
  }

  /**
   * True when the first line read so far holds a tab and does not start as JSON does, with {@code
   * {} or {@code [}: the input looks like tab-separated data.
   */
  boolean looksTabSeparated() {
    String line = kept.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
    return line.indexOf('\t') >= 0 && !line.startsWith("{") && !line.startsWith("[");
  }
}
