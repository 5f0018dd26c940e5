package dev.diplomacy.json.format.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The lines of NDJSON input, each read as a stream of its own, in memory that does not grow with
 * the length of a line: a line is never held whole, only a chunk of the input at a time.
 *
 * <p>A line ends with {@code \n} or {@code \r\n}, or at the end of the input. Its content (the line
 * without its end) is given by {@link #content()}, at most {@code maxLine} bytes of it: past the
 * limit the stream ends as if the line did, and {@link #finish()} says that the line was too long
 * once it has skipped the rest. A carriage return just before the end of a line is part of the end,
 * never of the content, so a line of exactly {@code maxLine} bytes followed by {@code \r\n} is
 * within the limit.
 */
public final class NdjsonLines {

  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final long maxLine;
  private final byte[] chunk = new byte[CHUNK];
  private final InputStream content = new Content();
  private int position;
  private int taken;
  private int limit;
  private boolean inputEnded;
  private long number;
  private long length;
  private boolean lineEnded = true;

  NdjsonLines(InputStream in, long maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /**
   * Moves to the next line, skipping what is left of the current one; false at the end of the
   * input.
   */
  boolean next() {
    finish();
    try {
      fillAhead(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (position == limit) {
      return false;
    }
    number++;
    length = 0;
    lineEnded = false;
    return true;
  }

  /** The number, from 1, of the current line. */
  long number() {
    return number;
  }

  /**
   * Copies the first bytes of the current line, up to {@code head.length} and no further than its
   * end, into {@code head}, without reading them: for a check of how the line starts. Returns how
   * many.
   */
  int head(byte[] head) {
    try {
      fillAhead(head.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = 0;
    while (n < head.length && position + n < limit && chunk[position + n] != '\n') {
      head[n] = chunk[position + n];
      n++;
    }
    return n;
  }

  /**
   * The content of the current line, to its end or to the limit, whichever comes first; a failure
   * of the input is its {@link IOException}.
   */
  InputStream content() {
    return content;
  }

  /**
   * Takes the current line whole, when all of it lies in the chunk (or fits in it) and its content
   * is within the limit, and returns the length of its content, which then lies in {@link #chunk()}
   * from {@link #taken()} until {@link #next()}; the line counts as read, as after {@link
   * #finish()}. Returns -1, and takes nothing, when the line is longer: it is then read through
   * {@link #content()}.
   */
  int takeWhole() {
    if (lineEnded || length != 0) {
      return -1;
    }
    int end = position;
    try {
      while (true) {
        end = Bytes.indexOf(chunk, end, limit, (byte) '\n');
        if (end < limit || inputEnded) {
          break;
        }
        if (limit - position == CHUNK) {
          return -1;
        }
        int scanned = end - position;
        fillAhead(scanned + 1);
        end = position + scanned;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int contentEnd = end > position && chunk[end - 1] == '\r' ? end - 1 : end;
    int n = contentEnd - position;
    if (n > maxLine) {
      return -1;
    }
    taken = position;
    position = Math.min(end + 1, limit);
    length = n;
    lineEnded = true;
    return n;
  }

  /** The bytes that hold the line {@link #takeWhole()} took. */
  byte[] chunk() {
    return chunk;
  }

  /** Where in {@link #chunk()} the content of the line {@link #takeWhole()} took starts. */
  int taken() {
    return taken;
  }

  /**
   * Skips what is left of the current line, to the start of the next; true when the line was longer
   * than the limit.
   */
  boolean finish() {
    try {
      for (int n = ahead(CHUNK); n >= 0; n = ahead(CHUNK)) {
        position += n;
        length += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return length > maxLine;
  }

  /** The column, from 1, of the first byte past the limit. */
  long columnPastTheLimit() {
    return maxLine + 1;
  }

  /**
   * How many bytes of the current line's content lie in the chunk from {@link #position}, at most
   * {@code wanted} (at least 1), and at least 1 unless the line has ended; once it has, consumes
   * its end and returns -1. A carriage return last in the chunk waits for the next byte, which says
   * whether it ends the line.
   */
  private int ahead(int wanted) throws IOException {
    if (lineEnded) {
      return -1;
    }
    fillAhead(2);
    int stop = (int) Math.min(limit, (long) position + wanted + 1);
    int end = Bytes.indexOf(chunk, position, stop, (byte) '\n');
    int contentEnd = end > position && chunk[end - 1] == '\r' ? end - 1 : end;
    if (contentEnd > position) {
      return Math.min(contentEnd - position, wanted);
    }
    // At the end of the line: its \n, the end of the input, or a \r before either.
    position = Math.min(end + 1, limit);
    lineEnded = true;
    return -1;
  }

  /**
   * Makes at least {@code n} bytes available from {@link #position}, unless the input ends first,
   * moving what is left of the chunk to its start.
   */
  private void fillAhead(int n) throws IOException {
    if (limit - position >= n || inputEnded) {
      return;
    }
    System.arraycopy(chunk, position, chunk, 0, limit - position);
    limit -= position;
    position = 0;
    while (limit < n) {
      int read = in.read(chunk, limit, chunk.length - limit);
      if (read <= 0) {
        inputEnded = true;
        return;
      }
      limit += read;
    }
  }

  /** The content of the current line, as {@link #content()} gives it. */
  private final class Content extends InputStream {

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      long room = maxLine - length;
      if (room == 0) {
        // The rest, if any, is past the limit: left for finish() to skip and count.
        return -1;
      }
      int n = ahead((int) Math.min(len, room));
      if (n < 0) {
        return -1;
      }
      System.arraycopy(chunk, position, b, off, n);
      position += n;
      length += n;
      return n;
    }
  }
}
