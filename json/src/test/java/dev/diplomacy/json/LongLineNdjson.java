package dev.diplomacy.json;

import dev.diplomacy.core.geography.Place;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.JsonLimits;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * NDJSON of four places, the second line 50,000,000 bytes long and the third longer than the
 * default limit of a line (64 MiB), both made long by spaces between the properties, never held
 * whole. Its {@link #main} reads them, skipping and reporting bad lines, and prints what it read:
 * run in a JVM whose heap is smaller than the limit, it shows that a line is never held whole.
 */
final class LongLineNdjson extends InputStream {

  /** The length of the second line, without its end of line. */
  static final int LONG = 50_000_000;

  /** The length of the third line, 1 MiB over the default limit. */
  static final long TOO_LONG = JsonLimits.defaults().maxDocumentLength() + 1024 * 1024;

  private final List<Object> parts = new ArrayList<>();
  private int part;
  private long offset;

  LongLineNdjson() {
    text("{\"country\":\"CU\"}\n");
    padded("{\"country\":\"KP\",", LONG, "\"locality\":\"Pyongyang\"}\r\n");
    padded("{\"country\":\"RU\",", TOO_LONG, "\"locality\":\"Moscow\"}\n");
    text("{\"country\":\"VE\"}\n");
  }

  private void text(String s) {
    parts.add(s.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code start}, spaces, and {@code end}, {@code length} bytes in all before its end of line. */
  private void padded(String start, long length, String end) {
    text(start);
    long ending = end.endsWith("\r\n") ? 2 : 1;
    parts.add(length - start.length() - (end.length() - ending));
    text(end);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    while (part < parts.size()) {
      Object p = parts.get(part);
      long size = p instanceof byte[] bytes ? bytes.length : (Long) p;
      if (offset == size) {
        part++;
        offset = 0;
        continue;
      }
      int n = (int) Math.min(len, size - offset);
      if (p instanceof byte[] bytes) {
        System.arraycopy(bytes, (int) offset, b, off, n);
      } else {
        java.util.Arrays.fill(b, off, off + n, (byte) ' ');
      }
      offset += n;
      return n;
    }
    return -1;
  }

  /**
   * Prints each place read as {@code country@line}, then each problem reported as {@code
   * code@line:column}, on one line.
   */
  public static void main(String[] args) {
    List<String> out = new ArrayList<>();
    try (NdjsonReader<Place> reader =
        NdjsonReader.of(
            DiplomacyJson.strict(),
            Place.class,
            new LongLineNdjson(),
            ErrorPolicy.skipAndReport(
                e ->
                    e.problems()
                        .forEach(
                            p ->
                                out.add(
                                    p.code()
                                        + "@"
                                        + p.line().orElse(0)
                                        + ":"
                                        + p.column().orElse(0)))))) {
      while (reader.hasNext()) {
        Place p = reader.next();
        out.add(p.country().orElseThrow().alpha2() + "@" + reader.lineNumber());
      }
    }
    System.out.println(String.join(" ", out));
  }
}
