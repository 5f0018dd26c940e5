package dev.diplomacy.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared real data that some tests read, of every module: the folder named by {@code
 * diplomacy.sharedData}, by default {@code ../shared/data}. A test whose file is absent is skipped,
 * not failed.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * The file at {@code relative} in the shared data folder; skips the calling test when it is
   * absent.
   */
  public static Path file(String relative) {
    Path folder = Path.of(System.getProperty("diplomacy.sharedData", "../shared/data"));
    Path file = folder.resolve(relative);
    Assumptions.assumeTrue(
        Files.isRegularFile(file),
        "skipped: the shared data file "
            + file.toAbsolutePath()
            + " is absent (set -Ddiplomacy.sharedData=<folder> to run this test)");
    return file;
  }

  /**
   * The records of CSV text (RFC 4180: fields in double quotes may hold commas, line breaks and
   * doubled quotes).
   */
  public static List<List<String>> csv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
