package dev.diplomacy.interop.plover;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes text through and notes the lines that hold U+FFFD, the replacement character that a UTF-8
 * decoder puts for bytes that are not UTF-8. Lines are counted from 1 and end at a line feed, a
 * carriage return or both, as the JSON parser and {@link java.io.BufferedReader} count them.
 */
final class ReplacedLines extends FilterReader {

  private final List<Integer> lines = new ArrayList<>();
  private int line = 1;
  private boolean afterReturn;

  ReplacedLines(Reader in) {
    super(in);
  }

  /** The lines that held the replacement character, each once, in order. */
  List<Integer> lines() {
    return List.copyOf(lines);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      see((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      see(buffer[i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported: every character is looked at");
  }

  private void see(char c) {
    if (c == '\n') {
      if (!afterReturn) {
        line++;
      }
      afterReturn = false;
    } else if (c == '\r') {
      line++;
      afterReturn = true;
    } else {
      afterReturn = false;
      if (c == '\uFFFD' && (lines.isEmpty() || lines.get(lines.size() - 1) != line)) {
        lines.add(line);
      }
    }
  }
}
