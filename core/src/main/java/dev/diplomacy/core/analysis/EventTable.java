package dev.diplomacy.core.analysis;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.geography.Country;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Event rows as a table: CSV with a header row, one row per {@link EventRow}, flat columns that
 * spreadsheets, R, pandas and Spark read as they are.
 *
 * <table>
 *   <caption>The columns, in order</caption>
 *   <tr><th>column</th><th>holds</th></tr>
 *   <tr><td>{@code event_id}, {@code kind}</td><td>the event's id and kind ({@code
 *       meeting})</td></tr>
 *   <tr><td>{@code date}, {@code precision}</td><td>the date as precisely as known ({@code
 *       2018-06-01}, {@code 2018-06}) and its precision ({@code day}, {@code month}, {@code
 *       year})</td></tr>
 *   <tr><td>{@code coding}, {@code record}</td><td>who coded it ({@code icews}, {@code gdelt},
 *       {@code library}) and the dataset's id of the row</td></tr>
 *   <tr><td>{@code cameo}, {@code root}, {@code quad_class}, {@code goldstein}</td><td>the CAMEO
 *       code and its root, the quad class as its number (1 verbal cooperation, 2 material
 *       cooperation, 3 verbal conflict, 4 material conflict), the Goldstein score</td></tr>
 *   <tr><td>{@code source_ids}, {@code source_names}, {@code source_countries}, and the same for
 *       {@code target_}</td><td>the actors of each side, their names and their countries (ISO
 *       alpha-3), several joined by {@code ;} in the same order, a country unknown left
 *       empty</td></tr>
 *   <tr><td>{@code place}, {@code place_country}, {@code admin1}, {@code admin2}, {@code
 *       latitude}, {@code longitude}</td><td>where it happened</td></tr>
 *   <tr><td>{@code first_source}</td><td>the id of the first source cited</td></tr>
 * </table>
 *
 * <p>An absent value is an empty field. Numbers are written in plain decimal notation.
 */
public final class EventTable {

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "event_id",
          "kind",
          "date",
          "precision",
          "coding",
          "record",
          "cameo",
          "root",
          "quad_class",
          "goldstein",
          "source_ids",
          "source_names",
          "source_countries",
          "target_ids",
          "target_names",
          "target_countries",
          "place",
          "place_country",
          "admin1",
          "admin2",
          "latitude",
          "longitude",
          "first_source");

  /** The separator of several actors in one field. */
  public static final String SEPARATOR = ";";

  private EventTable() {}

  /** Writes the header row. */
  public static void writeHeader(Appendable out) {
    Csv.record(out, HEADER);
  }

  /** Writes one row. */
  public static void writeRow(Appendable out, EventRow row) {
    Csv.record(out, fields(row));
  }

  /** Writes the header row, then every row. */
  public static void writeCsv(Iterable<EventRow> rows, Appendable out) {
    writeHeader(out);
    rows.forEach(r -> writeRow(out, r));
  }

  /** The row's fields, in the order of {@link #HEADER}; absent values are empty strings. */
  public static List<String> fields(EventRow row) {
    List<String> f = new ArrayList<>(HEADER.size());
    f.add(row.eventId().value());
    f.add(row.kind().name().toLowerCase(Locale.ROOT));
    f.add(row.date().map(Object::toString).orElse(""));
    f.add(row.date().map(d -> d.precision().name().toLowerCase(Locale.ROOT)).orElse(""));
    f.add(row.coding());
    f.add(row.record().orElse(""));
    f.add(row.cameo().map(CameoCode::code).orElse(""));
    f.add(row.root().map(CameoCode::code).orElse(""));
    f.add(row.quadClass().map(q -> Integer.toString(q.number())).orElse(""));
    f.add(number(row.goldstein()));
    side(f, row.sources());
    side(f, row.targets());
    f.add(row.place().flatMap(EventRow.RowPlace::name).orElse(""));
    f.add(row.place().flatMap(EventRow.RowPlace::country).map(Country::alpha3).orElse(""));
    f.add(row.place().flatMap(EventRow.RowPlace::admin1).orElse(""));
    f.add(row.place().flatMap(EventRow.RowPlace::admin2).orElse(""));
    f.add(row.place().map(p -> number(p.latitude())).orElse(""));
    f.add(row.place().map(p -> number(p.longitude())).orElse(""));
    f.add(row.firstSource().map(Id::value).orElse(""));
    return f;
  }

  private static void side(List<String> f, List<EventRow.RowActor> actors) {
    f.add(join(actors, a -> a.id().value()));
    f.add(join(actors, EventRow.RowActor::name));
    f.add(join(actors, a -> a.country().map(Country::alpha3).orElse("")));
  }

  private static String join(
      List<EventRow.RowActor> actors, Function<EventRow.RowActor, String> part) {
    return actors.stream().map(part).collect(Collectors.joining(SEPARATOR));
  }

  /** A number in plain decimal notation, without trailing zeros: {@code 2.8}, {@code -10}. */
  static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "";
  }

  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
