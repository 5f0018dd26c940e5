package dev.diplomacy.interop.plover;

import dev.diplomacy.core.events.Event;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonWriter;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Streams {@code records} records of the PLOVER file at {@code args[0]}, repeated with new ids as
 * JSON lines ({@link RepeatedPlover}), through the importer and writes the events as NDJSON to
 * nowhere; prints the counts and the lines written. Run with a small heap, it shows that the
 * import's memory does not grow with the records beyond what the importer documents.
 */
final class StreamedPlover {

  private StreamedPlover() {}

  public static void main(String[] args) throws Exception {
    long records = Long.parseLong(args[1]);
    long start = System.nanoTime();
    try (ImportStream stream =
            PloverImporter.stream(new RepeatedPlover(Path.of(args[0]), records), p -> {});
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
      Runtime r = Runtime.getRuntime();
      System.gc();
      // the stream, open, still holds all it remembers
      System.err.printf(
          "%.1f s, %d MB used after GC%n",
          (System.nanoTime() - start) / 1e9, (r.totalMemory() - r.freeMemory()) >> 20);
    }
  }
}
