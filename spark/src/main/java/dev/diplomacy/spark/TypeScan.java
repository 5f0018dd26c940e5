package dev.diplomacy.spark;

import java.nio.charset.StandardCharsets;

/**
 * A quick look at a line's bytes, without parsing: could it be an actor's line? True when a key
 * {@code "type"} has the value {@code "person"}, {@code "organization"} or {@code "state"}. A line
 * it lets through is then parsed to be sure; a line it passes over is an actor's only if its type
 * is written with escapes ({@code "st\u0061te"}), which no writer of NDJSON does, and then the
 * actor is still read, on its own line, but not known to the other splits of its file.
 */
final class TypeScan {

  private static final byte[] TYPE = bytes("\"type\"");
  private static final byte[][] ACTORS = {
    bytes("\"person\""), bytes("\"organization\""), bytes("\"state\"")
  };

  private TypeScan() {}

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static boolean mayBeActor(byte[] line, int length) {
    for (int i = indexOf(line, length, 0); i >= 0; i = indexOf(line, length, i + 1)) {
      int j = skipSpace(line, length, i + TYPE.length);
      if (j < length && line[j] == ':') {
        j = skipSpace(line, length, j + 1);
        for (byte[] actor : ACTORS) {
          if (startsAt(line, length, actor, j)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int skipSpace(byte[] line, int length, int from) {
    int i = from;
    while (i < length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) {
      i++;
    }
    return i;
  }

  private static boolean startsAt(byte[] line, int length, byte[] part, int at) {
    if (at + part.length > length) {
      return false;
    }
    for (int k = 0; k < part.length; k++) {
      if (line[at + k] != part[k]) {
        return false;
      }
    }
    return true;
  }

  /** Where the next {@code "type"} starts, from {@code from}; -1 when there is none. */
  private static int indexOf(byte[] line, int length, int from) {
    // Only a quote can start it: the loop looks at one byte for most positions.
    for (int i = from, last = length - TYPE.length; i <= last; i++) {
      if (line[i] == '"'
          && line[i + 1] == 't'
          && line[i + 2] == 'y'
          && line[i + 3] == 'p'
          && line[i + 4] == 'e'
          && line[i + 5] == '"') {
        return i;
      }
    }
    return -1;
  }
}
