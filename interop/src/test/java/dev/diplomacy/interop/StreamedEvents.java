package dev.diplomacy.interop;

import dev.diplomacy.core.events.Event;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The body of the measuring mains ({@code StreamedIcews}, {@code StreamedPlover}): a stream's
 * events written as NDJSON to nowhere, then its counts and the lines written on standard output,
 * and the time and the heap it still holds, after a collection, on standard error.
 */
public final class StreamedEvents {

  private StreamedEvents() {}

  /** Reads the stream to its end and closes it. */
  public static void toNowhere(ImportStream stream) throws IOException {
    long start = System.nanoTime();
    try (stream;
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
