package dev.diplomacy.interop.icews;

import dev.diplomacy.interop.StreamedEvents;
import java.nio.file.Path;

/**
 * Streams {@code rows} rows of the ICEWS file at {@code args[0]}, repeated with new ids ({@link
 * RepeatedIcews}), through the importer and writes the events as NDJSON to nowhere; prints the
 * counts and the lines written. Run with a small heap, it shows that the import's memory does not
 * grow with the rows.
 */
final class StreamedIcews {

  private StreamedIcews() {}

  public static void main(String[] args) throws Exception {
    long rows = Long.parseLong(args[1]);
    StreamedEvents.toNowhere(
        IcewsImporter.stream(new RepeatedIcews(Path.of(args[0]), rows), p -> {}));
  }
}
