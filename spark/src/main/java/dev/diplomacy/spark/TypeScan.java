package dev.diplomacy.spark;

import java.nio.charset.StandardCharsets;

/**
 * A quick look at a line's bytes, without parsing: could it be an actor's line? True when a key
 * {@code "type"} has the value {@code "person"}, {@code "organization"} or {@code "state"}. A line
 * it lets through is then parsed to be sure; a line it passes over is an actor's only if its type
 * is written with escapes ({@code "st\u0061te"}), which no writer of NDJSON does, and then the
 * actor is still read, on its own line, but not known to the other splits of its file.
 *
 * <p>A line whose object begins with its {@code "type"}, as the library writes every line, is
 * judged by that value alone: a second {@code "type"} would make the line bad. Other lines are
 * scanned to their end.
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
    int type = firstType(line, length);
    return type >= 0 ? isActor(line, length, type) : anyActorType(line, length);
  }

  /**
   * Where the value of the line's {@code "type"} starts when it is the first key of the line's
   * object, as the library writes it; -1 otherwise. The value of such a first key is the type of
   * the element, or the line is bad: the library's codecs refuse a second {@code "type"}.
   */
  private static int firstType(byte[] line, int length) {
    int i = skipSpace(line, length, 0);
    if (i >= length || line[i] != '{') {
      return -1;
    }
    i = skipSpace(line, length, i + 1);
    if (!startsAt(line, length, TYPE, i)) {
      return -1;
    }
    i = skipSpace(line, length, i + TYPE.length);
    if (i >= length || line[i] != ':') {
      return -1;
    }
    i = skipSpace(line, length, i + 1);
    if (i >= length || line[i] != '"') {
      return -1;
    }
    // A name written with escapes is left to the scan of the whole line.
    for (int j = i + 1; j < length; j++) {
      if (line[j] == '"') {
        return i;
      }
      if (line[j] == '\\') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the line has a key {@code "type"} anywhere with an actor's type as its value. */
  private static boolean anyActorType(byte[] line, int length) {
    for (int i = indexOf(line, length, 0); i >= 0; i = indexOf(line, length, i + 1)) {
      int j = skipSpace(line, length, i + TYPE.length);
      if (j < length && line[j] == ':' && isActor(line, length, skipSpace(line, length, j + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isActor(byte[] line, int length, int at) {
    for (byte[] actor : ACTORS) {
      if (startsAt(line, length, actor, at)) {
        return true;
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
