package dev.diplomacy.interop.plover;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Passes text through and notes the lines that hold U+FFFD, the replacement character that a UTF-8
 * decoder puts for bytes that are not UTF-8. Lines are counted from 1 and end at a line feed, a
 * carriage return or both, as the JSON parser and {@link java.io.BufferedReader} count them. The
 * lines noted are taken as the reading goes on ({@link #takeUpTo}), so that only those read ahead
 * of the record being read are held.
 *
 * <p>It also counts the characters passed since the start of a record ({@link #startRecord}), and
 * fails with {@link RecordTooLong} when they go beyond a limit, so that a record of an array is
 * never held whole beyond that limit.
 */
final class ReplacedLines extends FilterReader {

  /** The failure when a record goes on beyond the limit of {@link #startRecord}. */
  static final class RecordTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLong(long limit) {
      super(String.format(Locale.ROOT, "longer than %,d characters", limit));
    }
  }

  private final ArrayDeque<Integer> lines = new ArrayDeque<>();
  private int line = 1;
  private boolean afterReturn;
  private long counted;
  private long limit = Long.MAX_VALUE;

  ReplacedLines(Reader in) {
    super(in);
  }

  /**
   * The first line noted as holding the replacement character and not taken yet, when it is at or
   * before {@code last}; -1 otherwise. Each line is given once.
   */
  int takeUpTo(int last) {
    Integer first = lines.peekFirst();
    if (first != null && first <= last) {
      return lines.removeFirst();
    }
    return -1;
  }

  /** Counts the characters from here on, failing once more than {@code max} have passed. */
  void startRecord(long max) {
    counted = 0;
    limit = max;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      see((char) c);
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      see(buffer[i]);
    }
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported: every character is looked at");
  }

  private void count(int n) throws RecordTooLong {
    counted += n;
    if (counted > limit) {
      throw new RecordTooLong(limit);
    }
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
      if (c == '\uFFFD' && (lines.isEmpty() || lines.peekLast() != line)) {
        lines.add(line);
      }
    }
  }
}
