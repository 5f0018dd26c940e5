package dev.diplomacy.interop.icews;

import dev.diplomacy.interop.MadeUpText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * ICEWS text made up as it is read, never held whole: the header of a file, then its rows over and
 * over, each copy with new Event IDs and Story IDs (the number plus the copy times 10^9), until
 * {@code rows} rows are given. The rows of a story stay together, as in the file.
 */
final class RepeatedIcews extends MadeUpText {

  private static final long OFFSET = 1_000_000_000L;

  private final List<String[]> rows;
  private final int eventId;
  private final int storyId;

  RepeatedIcews(Path file, long rows) throws IOException {
    this(Files.readAllLines(file, StandardCharsets.UTF_8), rows);
  }

  private RepeatedIcews(List<String> lines, long rows) {
    super(lines.get(0) + "\n", rows);
    List<String> columns = List.of(RowReader.split(lines.get(0)));
    this.eventId = columns.indexOf("Event ID");
    this.storyId = columns.indexOf("Story ID");
    this.rows = lines.subList(1, lines.size()).stream().map(RowReader::split).toList();
  }

  /** Row {@code n} of the made-up file, from 0, with its end of line. */
  @Override
  protected String line(long n) {
    long copy = n / rows.size();
    String[] f = rows.get((int) (n % rows.size())).clone();
    f[eventId] = String.valueOf(Long.parseLong(f[eventId]) + copy * OFFSET);
    f[storyId] = String.valueOf(Long.parseLong(f[storyId]) + copy * OFFSET);
    return String.join("\t", f) + "\n";
  }
}
