package dev.diplomacy.spark;

import dev.diplomacy.core.analysis.EventRow;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.Precision;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * An event row's values as Spark holds them inside a row ({@link UTF8String} for a string, {@link
 * GenericArrayData} for an array), in the order of {@link EventSchema#EVENTS}: the same values as
 * {@link EventSchema#toRow}, made without Spark's conversion of each external value, which costs
 * more than the library's parsing of the line.
 *
 * <p>One instance serves one partition: it keeps the UTF-8 form of the values that recur from row
 * to row (an actor's id, name and country, the CAMEO codes, the coding, the date), a bounded number
 * of them.
 */
final class InternalValues {

  /** How many recurring values are kept before the cache starts again. */
  private static final int KEPT = 1 << 14;

  /** The names of the kinds and precisions, lower case, made once. */
  private static final UTF8String[] KINDS = lowerNames(EventKind.values());

  private static final UTF8String[] PRECISIONS = lowerNames(Precision.values());

  private final HashMap<String, UTF8String> kept = new HashMap<>();
  private final HashMap<PartialDate, UTF8String> dates = new HashMap<>();

  /** The last event's id and its UTF-8 form: the rows of an event, one per coding, follow. */
  private String lastId;

  private UTF8String lastIdUtf8;

  private static UTF8String[] lowerNames(Enum<?>[] values) {
    UTF8String[] names = new UTF8String[values.length];
    for (Enum<?> v : values) {
      names[v.ordinal()] = UTF8String.fromString(v.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** Writes the values of {@code row} into {@code into}, from {@code at}. */
  void write(EventRow row, Object[] into, int at) {
    int i = at;
    into[i++] = eventId(row.eventId().value());
    into[i++] = KINDS[row.kind().ordinal()];
    PartialDate date = row.date().orElse(null);
    into[i++] = date == null ? null : date(date);
    into[i++] = date == null ? null : PRECISIONS[date.precision().ordinal()];
    into[i++] = recurring(row.coding());
    into[i++] = utf8(row.record().orElse(null));
    into[i++] = row.cameo().isPresent() ? recurring(row.cameo().get().code()) : null;
    into[i++] = row.cameo().isPresent() ? recurring(row.cameo().get().root().code()) : null;
    into[i++] = row.quadClass().isPresent() ? row.quadClass().get().number() : null;
    into[i++] = boxed(row.goldstein());
    i = actors(row.sources(), into, i);
    i = actors(row.targets(), into, i);
    EventRow.RowPlace place = row.place().orElse(null);
    if (place == null) {
      for (int k = 0; k < 6; k++) {
        into[i++] = null;
      }
    } else {
      into[i++] = utf8(place.name().orElse(null));
      into[i++] = country(place.country());
      into[i++] = utf8(place.admin1().orElse(null));
      into[i++] = utf8(place.admin2().orElse(null));
      into[i++] = boxed(place.latitude());
      into[i++] = boxed(place.longitude());
    }
    into[i] = row.firstSource().isPresent() ? utf8(row.firstSource().get().value()) : null;
  }

  /** An event's id, made once for all the rows of the event. */
  private UTF8String eventId(String id) {
    if (!id.equals(lastId)) {
      lastId = id;
      lastIdUtf8 = UTF8String.fromString(id);
    }
    return lastIdUtf8;
  }

  /** The three arrays of one side: ids, names, countries. */
  private int actors(List<EventRow.RowActor> actors, Object[] into, int at) {
    int n = actors.size();
    Object[] ids = new Object[n];
    Object[] names = new Object[n];
    Object[] countries = new Object[n];
    for (int k = 0; k < n; k++) {
      EventRow.RowActor a = actors.get(k);
      ids[k] = recurring(a.id().value());
      names[k] = recurring(a.name());
      countries[k] = country(a.country());
    }
    into[at] = new GenericArrayData(ids);
    into[at + 1] = new GenericArrayData(names);
    into[at + 2] = new GenericArrayData(countries);
    return at + 3;
  }

  private UTF8String country(Optional<Country> country) {
    return country.isPresent() ? recurring(country.get().alpha3()) : null;
  }

  /** A date as text, kept: the dates of a file recur. */
  private UTF8String date(PartialDate date) {
    UTF8String u = dates.get(date);
    if (u == null) {
      if (dates.size() >= KEPT) {
        dates.clear();
      }
      u = UTF8String.fromString(date.toString());
      dates.put(date, u);
    }
    return u;
  }

  /** The UTF-8 form of a value that recurs, kept. */
  private UTF8String recurring(String s) {
    UTF8String u = kept.get(s);
    if (u == null) {
      if (kept.size() >= KEPT) {
        kept.clear();
      }
      u = UTF8String.fromString(s);
      kept.put(s, u);
    }
    return u;
  }

  static UTF8String utf8(String s) {
    return s == null ? null : UTF8String.fromString(s);
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
