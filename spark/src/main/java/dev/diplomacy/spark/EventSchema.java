package dev.diplomacy.spark;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.analysis.EventRow;
import dev.diplomacy.core.analysis.EventTable;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the datasets this module makes: {@link #EVENTS}, one row per coding of each event
 * ({@link EventRow}), and {@link #PROBLEMS}, one row per problem of the input.
 *
 * <table>
 *   <caption>The columns of {@link #EVENTS}, in order: those of {@link EventTable#HEADER}, typed
 *   </caption>
 *   <tr><th>column</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code event_id}, {@code kind}</td><td>string</td><td>the event's id and kind ({@code
 *       meeting}); never null</td></tr>
 *   <tr><td>{@code date}, {@code precision}</td><td>string</td><td>the date as precisely as known
 *       ({@code 2018-06-01}, {@code 2018-06}, {@code 2018}) and its precision ({@code day}, {@code
 *       month}, {@code year}); null when unknown</td></tr>
 *   <tr><td>{@code coding}, {@code record}</td><td>string</td><td>who coded it ({@code icews},
 *       {@code gdelt}, {@code library}; never null) and the dataset's id of the row</td></tr>
 *   <tr><td>{@code cameo}, {@code root}</td><td>string</td><td>the CAMEO code and its root, leading
 *       zeros kept ({@code 042}, {@code 04})</td></tr>
 *   <tr><td>{@code quad_class}</td><td>int</td><td>1 verbal cooperation, 2 material cooperation, 3
 *       verbal conflict, 4 material conflict</td></tr>
 *   <tr><td>{@code goldstein}</td><td>double</td><td>the Goldstein score, −10 to 10</td></tr>
 *   <tr><td>{@code source_ids}, {@code source_names}, {@code source_countries}, and the same for
 *       {@code target_}</td><td>array of string</td><td>the actors of each side: three arrays of
 *       the same length, in the same order; an element of {@code *_countries} (ISO alpha-3) is null
 *       when the actor's country is unknown</td></tr>
 *   <tr><td>{@code place}, {@code place_country}, {@code admin1}, {@code admin2}</td><td>string
 *       </td><td>where it happened: name, country (ISO alpha-3), administrative divisions</td></tr>
 *   <tr><td>{@code latitude}, {@code longitude}</td><td>double</td><td>its coordinates, in
 *       degrees</td></tr>
 *   <tr><td>{@code first_source}</td><td>string</td><td>the id of the first source cited</td></tr>
 * </table>
 *
 * <p>The actors of a side are arrays, where the CSV table joins them with {@code ;}: a name may
 * hold a {@code ;}, an unknown country is a null rather than an empty piece, and Spark's own {@code
 * explode}, {@code array_contains} and {@code arrays_zip} work on them as they are.
 *
 * <table>
 *   <caption>The columns of {@link #PROBLEMS}, in order</caption>
 *   <tr><th>column</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code file}</td><td>string</td><td>the file, as Hadoop names it ({@code
 *       file:/data/events.ndjson})</td></tr>
 *   <tr><td>{@code line}</td><td>long</td><td>the line of the file, from 1, where the bad line or
 *       row starts; null when the problem is the file's (it cannot be opened)</td></tr>
 *   <tr><td>{@code severity}</td><td>string</td><td>{@code error}: the line or row was left out;
 *       {@code warning}: it was read, with something a person should know</td></tr>
 *   <tr><td>{@code code}</td><td>string</td><td>a stable code, safe to match on ({@code
 *       json.syntax}, {@code icews.date.invalid}, {@code partialDate.invalid})</td></tr>
 *   <tr><td>{@code message}</td><td>string</td><td>what is wrong, for a person; for NDJSON,
 *       preceded by the JSON Pointer of the value within the line</td></tr>
 * </table>
 */
public final class EventSchema {

  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, true);

  /** The schema of the event rows. */
  public static final StructType EVENTS =
      new StructType(
          new StructField[] {
            field("event_id", DataTypes.StringType, false),
            field("kind", DataTypes.StringType, false),
            field("date", DataTypes.StringType, true),
            field("precision", DataTypes.StringType, true),
            field("coding", DataTypes.StringType, false),
            field("record", DataTypes.StringType, true),
            field("cameo", DataTypes.StringType, true),
            field("root", DataTypes.StringType, true),
            field("quad_class", DataTypes.IntegerType, true),
            field("goldstein", DataTypes.DoubleType, true),
            field("source_ids", STRINGS, false),
            field("source_names", STRINGS, false),
            field("source_countries", STRINGS, false),
            field("target_ids", STRINGS, false),
            field("target_names", STRINGS, false),
            field("target_countries", STRINGS, false),
            field("place", DataTypes.StringType, true),
            field("place_country", DataTypes.StringType, true),
            field("admin1", DataTypes.StringType, true),
            field("admin2", DataTypes.StringType, true),
            field("latitude", DataTypes.DoubleType, true),
            field("longitude", DataTypes.DoubleType, true),
            field("first_source", DataTypes.StringType, true)
          });

  /** The schema of the problems. */
  public static final StructType PROBLEMS =
      new StructType(
          new StructField[] {
            field("file", DataTypes.StringType, false),
            field("line", DataTypes.LongType, true),
            field("severity", DataTypes.StringType, false),
            field("code", DataTypes.StringType, false),
            field("message", DataTypes.StringType, false)
          });

  /** The severity of a problem whose line or row was left out. */
  public static final String ERROR = "error";

  /** The severity of a problem whose line or row was read all the same. */
  public static final String WARNING = "warning";

  private EventSchema() {}

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  /** The row of {@link #EVENTS} that holds {@code row}. */
  public static Row toRow(EventRow row) {
    return RowFactory.create(values(row));
  }

  /** The values of {@link #toRow}, in the order of {@link #EVENTS}. */
  static Object[] values(EventRow row) {
    Optional<EventRow.RowPlace> place = row.place();
    return new Object[] {
      row.eventId().value(),
      lower(row.kind().name()),
      row.date().map(Object::toString).orElse(null),
      row.date().map(d -> lower(d.precision().name())).orElse(null),
      row.coding(),
      row.record().orElse(null),
      row.cameo().map(CameoCode::code).orElse(null),
      row.root().map(CameoCode::code).orElse(null),
      row.quadClass().map(QuadClass::number).orElse(null),
      boxed(row.goldstein()),
      strings(row.sources(), a -> a.id().value()),
      strings(row.sources(), EventRow.RowActor::name),
      strings(row.sources(), a -> a.country().map(Country::alpha3).orElse(null)),
      strings(row.targets(), a -> a.id().value()),
      strings(row.targets(), EventRow.RowActor::name),
      strings(row.targets(), a -> a.country().map(Country::alpha3).orElse(null)),
      place.flatMap(EventRow.RowPlace::name).orElse(null),
      place.flatMap(EventRow.RowPlace::country).map(Country::alpha3).orElse(null),
      place.flatMap(EventRow.RowPlace::admin1).orElse(null),
      place.flatMap(EventRow.RowPlace::admin2).orElse(null),
      place.map(p -> boxed(p.latitude())).orElse(null),
      place.map(p -> boxed(p.longitude())).orElse(null),
      row.firstSource().map(Id::value).orElse(null)
    };
  }

  /**
   * The event row that a row of {@link #EVENTS} holds, as the library checks it: the inverse of
   * {@link #toRow}.
   *
   * @throws dev.diplomacy.core.validation.ValidationException naming the value, when a column holds
   *     what the library refuses (an unknown country code, an invalid date)
   * @throws IllegalArgumentException naming the column, when a column is missing or of another type
   */
  public static EventRow fromRow(Row row) {
    String kind = required(row, "kind");
    Object goldstein = row.getAs("goldstein");
    String place = row.getAs("place");
    String placeCountry = row.getAs("place_country");
    String admin1 = row.getAs("admin1");
    String admin2 = row.getAs("admin2");
    Object latitude = row.getAs("latitude");
    Object longitude = row.getAs("longitude");
    boolean hasPlace =
        place != null
            || placeCountry != null
            || admin1 != null
            || admin2 != null
            || latitude != null
            || longitude != null;
    return new EventRow(
        Id.of(required(row, "event_id")),
        EventKind.valueOf(kind.toUpperCase(Locale.ROOT)),
        Optional.ofNullable((String) row.getAs("date")).map(PartialDate::parse),
        required(row, "coding"),
        Optional.ofNullable(row.getAs("record")),
        Optional.ofNullable((String) row.getAs("cameo")).map(CameoCode::of),
        Optional.ofNullable((Integer) row.getAs("quad_class")).map(EventSchema::quadClass),
        optional(goldstein),
        actors(row, "source"),
        actors(row, "target"),
        hasPlace
            ? Optional.of(
                new EventRow.RowPlace(
                    Optional.ofNullable(place),
                    Optional.ofNullable(placeCountry).map(Country::of),
                    Optional.ofNullable(admin1),
                    Optional.ofNullable(admin2),
                    optional(latitude),
                    optional(longitude)))
            : Optional.empty(),
        Optional.ofNullable((String) row.getAs("first_source")).map(Id::of));
  }

  private static String required(Row row, String column) {
    String value = row.getAs(column);
    if (value == null) {
      throw new IllegalArgumentException("column " + column + ": null, where a value is required");
    }
    return value;
  }

  private static QuadClass quadClass(int number) {
    for (QuadClass q : QuadClass.values()) {
      if (q.number() == number) {
        return q;
      }
    }
    throw new IllegalArgumentException(
        "column quad_class: " + number + " is no quad class (1 to 4)");
  }

  private static List<EventRow.RowActor> actors(Row row, String side) {
    List<String> ids = row.getList(row.fieldIndex(side + "_ids"));
    List<String> names = row.getList(row.fieldIndex(side + "_names"));
    List<String> countries = row.getList(row.fieldIndex(side + "_countries"));
    if (ids.size() != names.size() || ids.size() != countries.size()) {
      throw new IllegalArgumentException(
          "columns "
              + side
              + "_ids, _names and _countries: arrays of different lengths ("
              + ids.size()
              + ", "
              + names.size()
              + ", "
              + countries.size()
              + ")");
    }
    List<EventRow.RowActor> actors = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      actors.add(
          new EventRow.RowActor(
              Id.of(ids.get(i)),
              names.get(i),
              Optional.ofNullable(countries.get(i)).map(Country::of)));
    }
    return actors;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static OptionalDouble optional(Object value) {
    return value == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(((Number) value).doubleValue());
  }

  private static String[] strings(
      List<EventRow.RowActor> actors, Function<EventRow.RowActor, String> part) {
    String[] values = new String[actors.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = part.apply(actors.get(i));
    }
    return values;
  }
}
