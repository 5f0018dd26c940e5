package dev.diplomacy.core.analysis;

import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.geography.Country;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Events counted and weighed by directed dyad and period, as event-data analysts do: for each
 * source, target and period, how many codings fell into each quad class, how many there were in
 * all, and the sum and mean of their Goldstein scores.
 *
 * <pre>{@code
 * DyadSeries monthly = DyadSeries.of(EventRows.of(dossier), Period.MONTH, Dyads.COUNTRIES);
 * monthly.points();            // United States -> North Korea, 2018-06: 108 events, mean 2.7444...
 * monthly.writeCsv(out);       // a header row, then one row per dyad and period
 * monthly.svg(5);              // a line chart of the mean Goldstein score of the five busiest dyads
 * }</pre>
 *
 * <p>Every coding of every event counts ({@link EventRow}: a consultation that ICEWS listed twice
 * counts twice, as ICEWS counts it). A coding counts once for each pair of one of its sources and
 * one of its targets, pairs of countries taken once: a coding of three United States officials
 * meeting two Chinese is one United States to China event. A coding that cannot be placed is
 * counted in {@link #leftOut()}, by reason, never dropped silently: no date, a date less precise
 * than the period, no source or no target, a side whose actors have no country.
 */
public final class DyadSeries {

  /** What the dyads are between. */
  public enum Dyads {
    /** Countries: an actor's country, whatever its kind (a state's, a person's nationality). */
    COUNTRIES,
    /** Actors, by id. */
    ACTORS;

    /** The name in lower case, as the command line takes it: {@code countries}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Why a coding is in no dyad and period. */
  public enum LeftOut {
    /** The event has no date. */
    NO_DATE,
    /** The event's date is less precise than the period: a month in a series by week. */
    IMPRECISE_DATE,
    /** The coding has no source or no target. */
    ONE_SIDED,
    /** Between countries: no actor of a side has a country. */
    NO_COUNTRY;

    /** The name in lower case with spaces: {@code imprecise date}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * One side of a dyad.
   *
   * @param key the country's ISO alpha-3 code, or the actor's id
   * @param name the country's or actor's name
   */
  public record Party(String key, String name) {
    /** Checks that both are given. */
    public Party {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The codings of one directed dyad in one period.
   *
   * @param source who acted
   * @param target who was acted upon
   * @param start the first day of the period
   * @param label the period's name: {@code 2018-06}
   * @param quadCounts the codings in each quad class, in the order of {@link QuadClass}
   * @param events the codings in all, those without a quad class included
   * @param scored the codings with a Goldstein score
   * @param goldsteinSum the sum of their Goldstein scores, exact
   */
  public record Point(
      Party source,
      Party target,
      LocalDate start,
      String label,
      List<Long> quadCounts,
      long events,
      long scored,
      BigDecimal goldsteinSum) {

    /** Checks and copies. */
    public Point {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(label, "label");
      quadCounts = List.copyOf(quadCounts);
      Objects.requireNonNull(goldsteinSum, "goldsteinSum");
    }

    /** The codings in one quad class. */
    public long count(QuadClass quadClass) {
      return quadCounts.get(quadClass.ordinal());
    }

    /**
     * The mean Goldstein score of the codings that have one, to six decimal places (half even);
     * empty when none has one.
     */
    public Optional<BigDecimal> goldsteinMean() {
      return scored == 0
          ? Optional.empty()
          : Optional.of(goldsteinSum.divide(BigDecimal.valueOf(scored), 6, RoundingMode.HALF_EVEN));
    }
  }

  /** The columns of {@link #writeCsv}, in order. */
  public static final List<String> CSV_HEADER =
      List.of(
          "source",
          "source_name",
          "target",
          "target_name",
          "period",
          "period_start",
          "verbal_cooperation",
          "material_cooperation",
          "verbal_conflict",
          "material_conflict",
          "events",
          "goldstein_sum",
          "goldstein_mean");

  private final Period period;
  private final Dyads dyads;
  private final List<Point> points;
  private final Map<LeftOut, Long> leftOut;

  private DyadSeries(Period period, Dyads dyads, List<Point> points, Map<LeftOut, Long> leftOut) {
    this.period = period;
    this.dyads = dyads;
    this.points = List.copyOf(points);
    this.leftOut = leftOut;
  }

  /** The series of the rows. */
  public static DyadSeries of(Iterable<EventRow> rows, Period period, Dyads dyads) {
    Accumulator accumulator = accumulator(period, dyads);
    rows.forEach(accumulator::add);
    return accumulator.result();
  }

  /** An accumulator of rows one at a time, for streams: memory grows with dyads and periods. */
  public static Accumulator accumulator(Period period, Dyads dyads) {
    return new Accumulator(period, dyads);
  }

  /** The length of the periods. */
  public Period period() {
    return period;
  }

  /** What the dyads are between. */
  public Dyads dyads() {
    return dyads;
  }

  /** Every dyad and period with at least one coding, by source, target and period. */
  public List<Point> points() {
    return points;
  }

  /** How many codings were left out of every dyad, by reason; reasons with none are absent. */
  public Map<LeftOut, Long> leftOut() {
    return leftOut;
  }

  /**
   * Each directed dyad over all periods, the busiest first (ties by source and target): its codings
   * in all, per quad class, and the sum and mean of their Goldstein scores. A point's {@code start}
   * is the dyad's first period and its label names the span, {@code 2018-06} or {@code
   * 2018-06..2019-02}.
   *
   * <pre>{@code
   * series.totals().stream().limit(10).forEach(p -> System.out.println(
   *     p.source().name() + " -> " + p.target().name() + ": " + p.events() + ", "
   *         + p.goldsteinMean().orElseThrow()));
   * }</pre>
   */
  public List<Point> totals() {
    Map<Map.Entry<Party, Party>, List<Point>> byDyad = new LinkedHashMap<>();
    for (Point p : points) {
      byDyad.computeIfAbsent(Map.entry(p.source(), p.target()), k -> new ArrayList<>()).add(p);
    }
    List<Point> totals = new ArrayList<>(byDyad.size());
    byDyad.forEach(
        (dyad, list) -> {
          long[] quads = new long[4];
          long events = 0;
          long scored = 0;
          BigDecimal sum = BigDecimal.ZERO;
          for (Point p : list) {
            for (int q = 0; q < 4; q++) {
              quads[q] += p.quadCounts().get(q);
            }
            events += p.events();
            scored += p.scored();
            sum = sum.add(p.goldsteinSum());
          }
          Point first = list.get(0);
          Point last = list.get(list.size() - 1);
          String label =
              first.label().equals(last.label())
                  ? first.label()
                  : first.label() + ".." + last.label();
          totals.add(
              new Point(
                  dyad.getKey(),
                  dyad.getValue(),
                  first.start(),
                  label,
                  List.of(quads[0], quads[1], quads[2], quads[3]),
                  events,
                  scored,
                  sum));
        });
    totals.sort(
        Comparator.comparingLong((Point p) -> -p.events())
            .thenComparing(p -> p.source().key())
            .thenComparing(p -> p.target().key()));
    return totals;
  }

  /**
   * The directed dyads with the most codings, most first (ties by source and target), at most
   * {@code limit}.
   */
  public List<Map.Entry<Party, Party>> busiest(int limit) {
    return totals().stream().limit(limit).map(p -> Map.entry(p.source(), p.target())).toList();
  }

  /**
   * Writes the series as CSV (RFC 4180, a header row of {@link #CSV_HEADER}, CRLF line ends): one
   * row per dyad and period, the mean empty when no coding has a score.
   */
  public void writeCsv(Appendable out) {
    Csv.record(out, CSV_HEADER);
    for (Point p : points) {
      Csv.record(out, fields(p));
    }
  }

  /**
   * The fields of a point's row of {@link #writeCsv}, in the order of {@link #CSV_HEADER}: for a
   * table that adds columns to it ({@link Csv}).
   */
  public static List<String> fields(Point p) {
    List<String> fields = new ArrayList<>(CSV_HEADER.size());
    fields.add(p.source().key());
    fields.add(p.source().name());
    fields.add(p.target().key());
    fields.add(p.target().name());
    fields.add(p.label());
    fields.add(p.start().toString());
    p.quadCounts().forEach(c -> fields.add(Long.toString(c)));
    fields.add(Long.toString(p.events()));
    fields.add(p.goldsteinSum().toPlainString());
    fields.add(p.goldsteinMean().map(BigDecimal::toPlainString).orElse(""));
    return fields;
  }

  /**
   * A line chart of the mean Goldstein score over the periods, one line per dyad, of the {@code
   * lines} busiest dyads, as standalone SVG. The periods run without a gap from the first to the
   * last that the drawn dyads have; a period where a dyad has no scored coding breaks its line.
   */
  public String svg(int lines) {
    List<Map.Entry<Party, Party>> drawn = busiest(Math.max(1, lines));
    Set<Map.Entry<Party, Party>> drawnSet = new LinkedHashSet<>(drawn);
    LocalDate first = null;
    LocalDate last = null;
    for (Point p : points) {
      if (drawnSet.contains(Map.entry(p.source(), p.target()))) {
        first = first == null || p.start().isBefore(first) ? p.start() : first;
        last = last == null || p.start().isAfter(last) ? p.start() : last;
      }
    }
    List<String> labels = new ArrayList<>();
    Map<LocalDate, Integer> index = new HashMap<>();
    for (LocalDate d = first; d != null && !d.isAfter(last); d = period.next(d)) {
      index.put(d, labels.size());
      labels.add(period.label(d));
    }
    List<LineChart.Line> chartLines = new ArrayList<>();
    for (Map.Entry<Party, Party> dyad : drawn) {
      double[] values = new double[labels.size()];
      Arrays.fill(values, Double.NaN);
      for (Point p : points) {
        if (p.source().equals(dyad.getKey()) && p.target().equals(dyad.getValue())) {
          p.goldsteinMean().ifPresent(m -> values[index.get(p.start())] = m.doubleValue());
        }
      }
      chartLines.add(
          new LineChart.Line(dyad.getKey().name() + " \u2192 " + dyad.getValue().name(), values));
    }
    String title =
        "Mean Goldstein score by "
            + period
            + ", the "
            + (drawn.size() == 1 ? "busiest dyad" : drawn.size() + " busiest dyads")
            + (dyads == Dyads.COUNTRIES ? " of countries" : " of actors");
    return LineChart.svg(
        title,
        Character.toUpperCase(period.toString().charAt(0)) + period.toString().substring(1),
        "Mean Goldstein score (\u221210 conflict to +10 cooperation)",
        labels,
        -10,
        10,
        2.5,
        chartLines);
  }

  /** Adds rows one at a time; not thread-safe. */
  public static final class Accumulator {
    private final Period period;
    private final Dyads dyads;
    private final Map<Key, Cell> cells = new HashMap<>();
    private final Map<LeftOut, Long> leftOut = new EnumMap<>(LeftOut.class);
    private final Map<Country, Party> partiesByCountry = new HashMap<>();
    private final Map<String, Party> partiesByActor = new HashMap<>();
    private final Map<Double, BigDecimal> scores = new HashMap<>();

    private Accumulator(Period period, Dyads dyads) {
      this.period = Objects.requireNonNull(period, "period");
      this.dyads = Objects.requireNonNull(dyads, "dyads");
    }

    /** Counts one row: in each of its dyads, or as left out. */
    public void add(EventRow row) {
      if (row.date().isEmpty()) {
        leave(LeftOut.NO_DATE);
        return;
      }
      Optional<LocalDate> start = period.start(row.date().get());
      if (start.isEmpty()) {
        leave(LeftOut.IMPRECISE_DATE);
        return;
      }
      if (row.sources().isEmpty() || row.targets().isEmpty()) {
        leave(LeftOut.ONE_SIDED);
        return;
      }
      List<Party> sources = parties(row.sources());
      List<Party> targets = parties(row.targets());
      if (sources.isEmpty() || targets.isEmpty()) {
        leave(LeftOut.NO_COUNTRY);
        return;
      }
      for (Party s : sources) {
        for (Party t : targets) {
          cells.computeIfAbsent(new Key(s, t, start.get()), k -> new Cell()).add(row, this);
        }
      }
    }

    private void leave(LeftOut reason) {
      leftOut.merge(reason, 1L, Long::sum);
    }

    private List<Party> parties(List<EventRow.RowActor> actors) {
      if (actors.size() == 1) { // most rows: no set to build
        Party party = party(actors.get(0));
        return party == null ? List.of() : List.of(party);
      }
      Set<Party> parties = new LinkedHashSet<>();
      for (EventRow.RowActor a : actors) {
        Party party = party(a);
        if (party != null) {
          parties.add(party);
        }
      }
      return List.copyOf(parties);
    }

    /** The party of an actor, made once per country or actor; null when it has no country. */
    private @Nullable Party party(EventRow.RowActor actor) {
      if (dyads == Dyads.ACTORS) {
        return partiesByActor.computeIfAbsent(
            actor.id().value(), id -> new Party(id, actor.name()));
      }
      return actor
          .country()
          .map(c -> partiesByCountry.computeIfAbsent(c, k -> new Party(k.alpha3(), k.name())))
          .orElse(null);
    }

    /**
     * The score as the decimal its double stands for, the same as {@link
     * BigDecimal#valueOf(double)}: scores take few values (a codebook's, a dataset's one decimal),
     * so each is made once, up to a bound.
     */
    private BigDecimal score(double value) {
      BigDecimal score = scores.get(value);
      if (score == null) {
        score = BigDecimal.valueOf(value);
        if (scores.size() < 4_096) {
          scores.put(value, score);
        }
      }
      return score;
    }

    /** The series of the rows added so far. */
    public DyadSeries result() {
      List<Point> points = new ArrayList<>(cells.size());
      cells.forEach(
          (k, c) ->
              points.add(
                  new Point(
                      k.source(),
                      k.target(),
                      k.start(),
                      period.label(k.start()),
                      List.of(c.quads[0], c.quads[1], c.quads[2], c.quads[3]),
                      c.events,
                      c.scored,
                      c.sum)));
      points.sort(
          Comparator.comparing((Point p) -> p.source().key())
              .thenComparing(p -> p.target().key())
              .thenComparing(Point::start));
      return new DyadSeries(
          period, dyads, points, Collections.unmodifiableMap(new EnumMap<>(leftOut)));
    }
  }

  private record Key(Party source, Party target, LocalDate start) {}

  private static final class Cell {
    final long[] quads = new long[4];
    long events;
    long scored;
    BigDecimal sum = BigDecimal.ZERO;

    void add(EventRow row, Accumulator accumulator) {
      events++;
      row.quadClass().ifPresent(q -> quads[q.ordinal()]++);
      if (row.goldstein().isPresent()) {
        scored++;
        sum = sum.add(accumulator.score(row.goldstein().getAsDouble()));
      }
    }
  }
}
