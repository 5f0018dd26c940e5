package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.interop.MadeUpText;
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
final class RepeatedPlover extends MadeUpText {

  private final List<ExtensionValue.MapValue> records = new ArrayList<>();

  RepeatedPlover(Path file, long records) throws IOException {
    super("", records);
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
  }

  /** How many event records one copy holds. */
  int recordsPerCopy() {
    return records.size();
  }

  /** Record {@code n} of the made-up file, from 0, with its end of line. */
  @Override
  protected String line(long n) {
    long copy = n / records.size();
    ExtensionValue.MapValue record = records.get((int) (n % records.size()));
    Map<String, ExtensionValue> members = new LinkedHashMap<>(record.members());
    String id = ((ExtensionValue.TextValue) members.get("id")).value();
    members.put("id", ExtensionValue.of(id + "-" + copy));
    return Trees.json(new ExtensionValue.MapValue(members)) + "\n";
  }
}
