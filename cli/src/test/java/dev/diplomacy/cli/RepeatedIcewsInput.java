package dev.diplomacy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * ICEWS bytes made up as they are read, never held whole: the header of a file, then its rows over
 * and over, each copy with new Event IDs and Story IDs (the number plus the copy times 10^9), until
 * {@code rows} rows are given.
 */
final class RepeatedIcewsInput extends InputStream {

  private static final long OFFSET = 1_000_000_000L;

  private final List<String[]> rows;
  private final int eventId;
  private final int storyId;
  private final long total;
  private long given;
  private byte[] current;
  private int position;

  RepeatedIcewsInput(Path file, long rows) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> columns = List.of(lines.get(0).split("\t", -1));
    this.eventId = columns.indexOf("Event ID");
    this.storyId = columns.indexOf("Story ID");
    this.rows = lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
    this.total = rows;
    this.current = (lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private byte[] row(long n) {
    long copy = n / rows.size();
    String[] f = rows.get((int) (n % rows.size())).clone();
    f[eventId] = String.valueOf(Long.parseLong(f[eventId]) + copy * OFFSET);
    f[storyId] = String.valueOf(Long.parseLong(f[storyId]) + copy * OFFSET);
    return (String.join("\t", f) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (position == current.length) {
      if (given == total) {
        return -1;
      }
      current = row(given++);
      position = 0;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, n);
    position += n;
    return n;
  }
}
