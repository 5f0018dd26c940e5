package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.interop.internal.ByteLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made ICEWS rows for tests: a valid row of every column, changed one column at a time. */
final class Tsv {

  private final Map<String, String> values = new LinkedHashMap<>();

  private Tsv() {
    values.put("Event ID", "1");
    values.put("Event Date", "2018-06-01");
    values.put("Source Name", "Kim Jong-Un");
    values.put("Source Sectors", "Elite,Executive,Government");
    values.put("Source Country", "North Korea");
    values.put("Event Text", "Consult");
    values.put("CAMEO Code", "040");
    values.put("Intensity", "1");
    values.put("Target Name", "Moon Jae-in");
    values.put("Target Sectors", "Executive,Government,Executive Office");
    values.put("Target Country", "South Korea");
    values.put("Story ID", "100");
    values.put("Sentence Number", "1");
    values.put("Publisher", "Yonhap News Agency");
    values.put("City", "Panmunjom");
    values.put("District", "NA");
    values.put("Province", "Gyeonggi-do");
    values.put("Country", "South Korea");
    values.put("Latitude", "37.9558");
    values.put("Longitude", "126.677");
  }

  /** The valid row: Kim Jong-Un consults Moon Jae-in, event 1, story 100, sentence 1. */
  static Tsv row() {
    return new Tsv();
  }

  /** This row with {@code column} set to {@code value}. */
  Tsv with(String column, String value) {
    if (!values.containsKey(column)) {
      throw new IllegalArgumentException("no column " + column);
    }
    values.put(column, value);
    return this;
  }

  /**
   * This row with its source and target swapped, as ICEWS lists the mirror of a symmetric event.
   */
  Tsv mirrored(String eventId) {
    Tsv m = new Tsv();
    m.values.putAll(values);
    for (String part : List.of("Name", "Sectors", "Country")) {
      m.values.put("Source " + part, values.get("Target " + part));
      m.values.put("Target " + part, values.get("Source " + part));
    }
    m.values.put("Event ID", eventId);
    return m;
  }

  /** The header line. */
  static String header() {
    return String.join("\t", RowReader.COLUMNS);
  }

  /** The row as a line. */
  @Override
  public String toString() {
    return String.join("\t", values.values());
  }

  /** The lines, header first, joined by line feeds. */
  static String file(Object... rows) {
    List<String> lines = new ArrayList<>();
    lines.add(header());
    for (Object r : rows) {
      lines.add(r.toString());
    }
    return String.join("\n", lines) + "\n";
  }

  /**
   * The import of {@code text}, read as text and as UTF-8 bytes: the two ways of reading a line
   * (decoded, or its ASCII bytes where they stand) must import the same.
   */
  static IcewsImport read(String text) {
    try {
      IcewsImport read = IcewsImporter.read(new StringReader(text));
      IcewsImport bytes =
          IcewsImporter.collect(
              new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
      assertThat(bytes.problems()).isEqualTo(read.problems());
      assertThat(bytes.counts()).isEqualTo(read.counts());
      assertThat(bytes.dossier()).isEqualTo(read.dossier());
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The import of a file of these rows. */
  static IcewsImport read(Object... rows) {
    return read(file(rows));
  }
}
