package dev.diplomacy.interop.icews;

import dev.diplomacy.core.events.Event;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonWriter;
import java.io.OutputStream;
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
    long start = System.nanoTime();
    try (ImportStream stream =
            IcewsImporter.stream(new RepeatedIcews(Path.of(args[0]), rows), p -> {});
        NdjsonWriter<Event> out =
            NdjsonWriter.of(DiplomacyJson.strict(), Event.class, OutputStream.nullOutputStream())) {
      stream.forEachRemaining(
          element -> {
            if (element instanceof Event event) {
              out.write(event);
            }
          });
      out.flush();
      System.out.println(stream.counts() + "; " + out.lineCount() + " events written");
    }
    System.err.printf("%.1f s%n", (System.nanoTime() - start) / 1e9);
  }
}
