package dev.diplomacy.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where values are in a JSON document: the line and column at which the value at a JSON Pointer
 * starts, found by one pass over the document. A pointer to a value the document does not have (a
 * property that is missing) is placed where the nearest value that holds it starts, as the JSON
 * binding does for its own problems.
 */
final class Locations {

  /** A line and column, from 1. */
  record Location(long line, int column) {}

  private final Map<String, Location> found;

  private Locations(Map<String, Location> found) {
    this.found = found;
  }

  /**
   * The locations in {@code json} of the values at {@code pointers} and of the values that hold
   * them. A document that cannot be read gives no location.
   */
  static Locations find(JsonMapper mapper, byte[] json, Set<String> pointers) {
    Set<String> wanted = new HashSet<>();
    for (String pointer : pointers) {
      String p = pointer;
      while (wanted.add(p) && !p.isEmpty()) {
        p = JsonPointers.parent(p);
      }
    }
    Map<String, Location> found = new HashMap<>();
    try (JsonParser parser = mapper.createParser(json)) {
      Deque<Frame> open = new ArrayDeque<>();
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME) {
          open.peek().name = parser.currentName();
          continue;
        }
        if (token.isStructEnd()) {
          open.pop();
          continue;
        }
        Frame parent = open.peek();
        String pointer =
            parent == null
                ? ""
                : parent.array
                    ? parent.pointer + "/" + (++parent.index)
                    : parent.pointer + "/" + JsonPointers.escape(parent.name);
        if (wanted.contains(pointer)) {
          TokenStreamLocation at = parser.currentTokenLocation();
          found.put(pointer, new Location(at.getLineNr(), at.getColumnNr()));
        }
        if (token.isStructStart()) {
          open.push(new Frame(pointer, token == JsonToken.START_ARRAY));
        }
      }
    } catch (JacksonException e) {
      // The binding has read the document, so it is JSON; were it not, what was found stands.
    }
    return new Locations(found);
  }

  /** The line of the value at {@code pointer}, or of the nearest value holding it, where known. */
  OptionalLong line(String pointer) {
    Location at = nearest(pointer);
    return at == null || at.line() < 1 ? OptionalLong.empty() : OptionalLong.of(at.line());
  }

  /**
   * The column of the value at {@code pointer}, or of the nearest value holding it, where known.
   */
  OptionalInt column(String pointer) {
    Location at = nearest(pointer);
    return at == null || at.column() < 1 ? OptionalInt.empty() : OptionalInt.of(at.column());
  }

  private @Nullable Location nearest(String pointer) {
    for (String p = pointer; ; p = JsonPointers.parent(p)) {
      Location at = found.get(p);
      if (at != null || p.isEmpty()) {
        return at;
      }
    }
  }

  /** An object or array being read. */
  private static final class Frame {
    final String pointer;
    final boolean array;
    int index = -1;
    String name = "";

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }
  }
}
