package dev.diplomacy.interop;

import java.io.Reader;

/**
 * Text made up as it is read, never held whole: an optional first part (a header), then line {@code
 * 0}, {@code 1}, ... up to {@code total}, each made when the reader reaches it. The inputs of the
 * constant-memory tests, which are larger than the heap they run in.
 */
public abstract class MadeUpText extends Reader {

  private final long total;
  private long given;
  private String current;
  private int position;

  /**
   * @param first the text before the lines, empty for none
   * @param total how many lines to give
   */
  protected MadeUpText(String first, long total) {
    this.current = first;
    this.total = total;
  }

  /** Line {@code n} of the made-up text, from 0, with its end of line. */
  protected abstract String line(long n);

  @Override
  public final int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (position == current.length()) {
      if (given == total) {
        return -1;
      }
      current = line(given++);
      position = 0;
    }
    int n = Math.min(length, current.length() - position);
    current.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  public final void close() {}
}
