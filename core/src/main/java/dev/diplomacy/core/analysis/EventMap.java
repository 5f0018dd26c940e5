package dev.diplomacy.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Events on a map: an <a href="https://www.rfc-editor.org/rfc/rfc7946">RFC 7946</a> GeoJSON
 * FeatureCollection with one Point feature per event that has coordinates, which any map tool
 * (QGIS, Leaflet, geojson.io, kepler.gl) opens as it is. A feature's geometry is {@code [longitude,
 * latitude]} (GeoJSON's order, WGS 84), its {@code id} the event's id, and its properties the
 * columns of {@link EventTable}, from the event's first row: numbers as JSON numbers, the rest as
 * strings, absent values left out; {@code codings} says how many rows the event has.
 */
public final class EventMap {

  private EventMap() {}

  /**
   * Writes the rows as a FeatureCollection: one feature for each event with coordinates, from the
   * first of its rows (an event's rows come one after another, as {@link EventRows} gives them).
   *
   * @return how many events were left out for having no coordinates
   */
  public static long writeGeoJson(Iterable<EventRow> rows, Appendable out) {
    Writer writer = writer(out);
    rows.forEach(writer::add);
    return writer.finish();
  }

  /**
   * A writer of the FeatureCollection one row at a time, for streams: it holds one event's first
   * row at a time. The collection's start is written at once, its end by {@link Writer#finish()}.
   */
  public static Writer writer(Appendable out) {
    return new Writer(out);
  }

  /** Writes features as their rows come; not thread-safe. */
  public static final class Writer {
    private final Appendable out;
    private boolean first = true;
    private long leftOut;
    private long written;
    private @Nullable EventRow pending;
    private int codings;

    private Writer(Appendable out) {
      this.out = Objects.requireNonNull(out, "out");
      append("{\"type\":\"FeatureCollection\",\"features\":[");
    }

    /**
     * Adds a row: the next row of the event of the row before, or the first row of the next event,
     * when the feature of the event before is written.
     */
    public void add(EventRow row) {
      if (pending != null && pending.eventId().equals(row.eventId())) {
        codings++;
        return;
      }
      flushPending();
      pending = row;
      codings = 1;
    }

    /** How many features were written so far (the last event's waits for the next row). */
    public long written() {
      return written;
    }

    /**
     * Writes the last feature and the end of the collection.
     *
     * @return how many events were left out for having no coordinates
     */
    public long finish() {
      flushPending();
      append("]}\n");
      return leftOut;
    }

    private void flushPending() {
      if (pending == null) {
        return;
      }
      try {
        if (feature(pending, codings, out, first)) {
          first = false;
          written++;
        } else {
          leftOut++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      pending = null;
    }

    private void append(String text) {
      try {
        out.append(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static boolean feature(EventRow row, int codings, Appendable out, boolean first)
      throws IOException {
    if (row.place().isEmpty()
        || row.place().get().latitude().isEmpty()
        || row.place().get().longitude().isEmpty()) {
      return false;
    }
    EventRow.RowPlace place = row.place().get();
    out.append(first ? "\n" : ",\n")
        .append("{\"type\":\"Feature\",\"id\":")
        .append(string(row.eventId().value()))
        .append(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
        .append(EventTable.number(place.longitude().getAsDouble()))
        .append(',')
        .append(EventTable.number(place.latitude().getAsDouble()))
        .append("]},\"properties\":{");
    List<String> fields = EventTable.fields(row);
    boolean firstProperty = true;
    for (int i = 0; i < fields.size(); i++) {
      String value = fields.get(i);
      if (value.isEmpty()) {
        continue;
      }
      String column = EventTable.HEADER.get(i);
      out.append(firstProperty ? "" : ",").append(string(column)).append(':');
      out.append(NUMERIC.contains(column) ? value : string(value));
      firstProperty = false;
    }
    out.append(firstProperty ? "" : ",").append("\"codings\":").append(Integer.toString(codings));
    out.append("}}");
    return true;
  }

  private static final List<String> NUMERIC =
      List.of("quad_class", "goldstein", "latitude", "longitude");

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String string(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
