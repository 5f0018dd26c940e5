package dev.diplomacy.interop.plover;

import dev.diplomacy.interop.StreamedEvents;
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
    StreamedEvents.toNowhere(
        PloverImporter.stream(new RepeatedPlover(Path.of(args[0]), records), p -> {}));
  }
}
