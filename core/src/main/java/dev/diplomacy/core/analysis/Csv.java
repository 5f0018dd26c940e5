package dev.diplomacy.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: fields separated by commas, records ended by CRLF, a field quoted
 * when it holds a comma, a quote, a line break or leading or trailing space, quotes doubled. The
 * tables of this package are written with it; so may be a table that adds columns to them.
 */
public final class Csv {

  private Csv() {}

  /**
   * Writes one record and its CRLF.
   *
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   */
  public static void record(Appendable out, List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(field(fields.get(i)));
      }
      out.append("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The field, quoted when it must be. */
  public static String field(String value) {
    boolean quote =
        !value.isEmpty()
            && (value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0
                || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
