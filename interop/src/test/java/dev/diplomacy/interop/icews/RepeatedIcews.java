package dev.diplomacy.interop.icews;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * ICEWS text made up as it is read, never held whole: the header of a file, then its rows over and
 * over, each copy with new Event IDs and Story IDs (the number plus the copy times 10^9), until
 * {@code rows} rows are given. The rows of a story stay together, as in the file.
 */
final class RepeatedIcews extends Reader {

  private static final long OFFSET = 1_000_000_000L;

  private final String header;
  private final List<String[]> rows;
  private final int eventId;
  private final int storyId;
  private final long total;
  private long given;
  private String current;
  private int position;

  RepeatedIcews(Path file, long rows) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    this.header = lines.get(0) + "\n";
    List<String> columns = List.of(RowReader.split(lines.get(0)));
    this.eventId = columns.indexOf("Event ID");
    this.storyId = columns.indexOf("Story ID");
    this.rows = lines.subList(1, lines.size()).stream().map(RowReader::split).toList();
    this.total = rows;
    this.current = header;
  }

  /** Row {@code n} of the made-up file, from 0, with its end of line. */
  private String row(long n) {
    long copy = n / rows.size();
    String[] f = rows.get((int) (n % rows.size())).clone();
    f[eventId] = String.valueOf(Long.parseLong(f[eventId]) + copy * OFFSET);
    f[storyId] = String.valueOf(Long.parseLong(f[storyId]) + copy * OFFSET);
    return String.join("\t", f) + "\n";
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (position == current.length()) {
      if (given == total) {
        return -1;
      }
      current = row(given++);
      position = 0;
    }
    int n = Math.min(length, current.length() - position);
    current.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  public void close() {}
}
