package dev.diplomacy.json;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/**
 * NDJSON made up as it is read, never held whole: {@code lines} events (meetings, messages and
 * mournings in turn), one per line. Its {@link #main} reads them all with an {@link NdjsonReader}
 * and prints how many; run in a JVM with a small heap, it shows that reading takes constant memory.
 */
final class GeneratedNdjson extends InputStream {

  private final long lines;
  private long line;
  private byte[] current = new byte[0];
  private int position;

  GeneratedNdjson(long lines) {
    this.lines = lines;
  }

  /** The text of line {@code n}, from 1, with its end of line. */
  static String line(long n) {
    String envelope =
        "\"id\":\"event-"
            + n
            + "\",\"when\":{\"date\":\"2018-07-05\"},\"place\":{\"country\":\"CU\",\"locality\":\"Havana\","
            + "\"coordinates\":{\"latitude\":"
            + (n % 90)
            + ".5,\"longitude\":-82.3666}},\"certainty\":\"reported\",";
    switch ((int) (n % 3)) {
      case 0:
        return "{\"type\":\"meeting\","
            + envelope
            + "\"participants\":[{\"actor\":\"ri-su-yong\",\"role\":\"guest\"},{\"actor\":\"raul-castro\",\"role\":\"host\"}]}\n";
      case 1:
        return "{\"type\":\"message\","
            + envelope
            + "\"sender\":\"kim-jong-un\",\"recipients\":[\"raul-castro\"],\"envoy\":\"ri-su-yong\",\"messageKind\":\"greetings\"}\n";
      default:
        return "{\"type\":\"mourning\","
            + envelope
            + "\"declarer\":\"north-korea\",\"mourned\":\"fidel-castro\",\"days\":3}\n";
    }
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (position == current.length) {
      if (line == lines) {
        return -1;
      }
      current = line(++line).getBytes(StandardCharsets.UTF_8);
      position = 0;
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current, position, b, off, n);
    position += n;
    return n;
  }

  /**
   * Reads the given number of generated lines and prints how many events it read and the number of
   * the last line; with a second argument {@code dossier}, reads them as a dossier's NDJSON with a
   * header line first, and prints its title too.
   */
  public static void main(String[] args) {
    long lines = Long.parseLong(args[0]);
    long count = 0;
    if (args.length > 1 && args[1].equals("dossier")) {
      InputStream in =
          new SequenceInputStream(
              new ByteArrayInputStream(
                  "{\"type\":\"dossier\",\"formatVersion\":\"1.0\",\"title\":\"generated\"}\n"
                      .getBytes(StandardCharsets.UTF_8)),
              new GeneratedNdjson(lines));
      try (NdjsonDossierReader reader = NdjsonDossierReader.of(DiplomacyJson.strict(), in)) {
        String title = reader.header().flatMap(Dossier::title).orElse("none");
        while (reader.hasNext()) {
          if (reader.next() instanceof Event) {
            count++;
          }
        }
        System.out.println(count + " " + reader.lineNumber() + " " + title);
      }
      return;
    }
    try (NdjsonReader<Event> reader =
        NdjsonReader.of(DiplomacyJson.strict(), Event.class, new GeneratedNdjson(lines))) {
      while (reader.hasNext()) {
        reader.next();
        count++;
      }
      System.out.println(count + " " + reader.lineNumber());
    }
  }
}
