package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.json.internal.JsonValues;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * PLOVER JSON lines made up as they are read, never held whole: the event records of a file (its
 * documentation records left out) over and over, each copy with new ids (the id, a dash and the
 * number of the copy), until {@code records} records are given.
 */
final class RepeatedPlover extends Reader {

  private final List<ExtensionValue.MapValue> records = new ArrayList<>();
  private final long total;
  private long given;
  private String current = "";
  private int position;

  RepeatedPlover(Path file, long records) throws IOException {
    try (Reader in = Files.newBufferedReader(file);
        JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), in)) {
      p.nextToken();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        ExtensionValue.MapValue record =
            (ExtensionValue.MapValue)
                JsonValues.read(
                    p,
                    new JsonValues.Problems() {
                      @Override
                      public void duplicateKey(String message) {}

                      @Override
                      public void format(String message) {}

                      @Override
                      public int problemCount() {
                        return 0;
                      }
                    });
        if (!record.members().get("event").equals(ExtensionValue.of(PloverCodes.DOCUMENT))) {
          this.records.add(record);
        }
      }
    }
    this.total = records;
  }

  /** How many event records one copy holds. */
  int recordsPerCopy() {
    return records.size();
  }

  /** Record {@code n} of the made-up file, from 0, with its end of line. */
  private String record(long n) {
    long copy = n / records.size();
    ExtensionValue.MapValue record = records.get((int) (n % records.size()));
    Map<String, ExtensionValue> members = new LinkedHashMap<>(record.members());
    String id = ((ExtensionValue.TextValue) members.get("id")).value();
    members.put("id", ExtensionValue.of(id + "-" + copy));
    return Trees.json(new ExtensionValue.MapValue(members)) + "\n";
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
      current = record(given++);
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
