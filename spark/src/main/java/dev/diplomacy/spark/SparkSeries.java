package dev.diplomacy.spark;

import dev.diplomacy.core.analysis.DyadSeries;
import dev.diplomacy.core.analysis.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The dyadic series of event rows as a Spark aggregation: the same table as {@link DyadSeries} on
 * the same rows, point for point.
 *
 * <p>Each partition counts its own rows with the library's {@link DyadSeries#accumulator} (so a row
 * falls in the same dyads and period, or is left out for the same reason, as on one machine), and
 * the partial counts are summed by {@code groupBy} on dyad and period. Memory in a task grows with
 * the dyads and periods of its partition, not with its rows. Goldstein sums are exact decimals
 * ({@code decimal(38,18)}: exact for scores of up to 18 decimal places, which every dataset's are),
 * and the mean is the sum divided by the scored codings, to six places, half even, as {@link
 * DyadSeries.Point#goldsteinMean()} computes it.
 *
 * <p>The columns of {@link #points()}: those of {@link DyadSeries#CSV_HEADER}, with {@code scored}
 * after {@code events}: {@code source}, {@code source_name}, {@code target}, {@code target_name},
 * {@code period} (its label, {@code 2018-06}), {@code period_start} (date), the four quad-class
 * counts, {@code events}, {@code scored} (longs), {@code goldstein_sum} (decimal(38,18)) and {@code
 * goldstein_mean} (decimal(38,6), null when no coding has a score); sorted by source, target and
 * period as {@link DyadSeries#points()} is. The columns of {@link #leftOut()}: {@code reason}
 * ({@code no date}, {@code imprecise date}, {@code one sided}, {@code no country}) and {@code
 * codings} (long).
 *
 * @param points one row per dyad and period
 * @param leftOut how many codings were in no dyad and period, by reason
 */
public record SparkSeries(Dataset<Row> points, Dataset<Row> leftOut) {

  private static final DataType SUM = DataTypes.createDecimalType(38, 18);
  private static final DataType MEAN = DataTypes.createDecimalType(38, 6);
  private static final String[] DYAD = {
    "source", "source_name", "target", "target_name", "period", "period_start"
  };
  private static final String[] COUNTS = {
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
    "events",
    "scored"
  };

  private static final StructType PARTIAL =
      new StructType()
          .add("source", DataTypes.StringType)
          .add("source_name", DataTypes.StringType)
          .add("target", DataTypes.StringType)
          .add("target_name", DataTypes.StringType)
          .add("period", DataTypes.StringType)
          .add("period_start", DataTypes.StringType)
          .add("verbal_cooperation", DataTypes.LongType)
          .add("material_cooperation", DataTypes.LongType)
          .add("verbal_conflict", DataTypes.LongType)
          .add("material_conflict", DataTypes.LongType)
          .add("events", DataTypes.LongType)
          .add("scored", DataTypes.LongType)
          .add("goldstein_sum", SUM)
          .add("left_out", DataTypes.StringType);

  /**
   * The series of {@code events}, rows of {@link EventSchema#EVENTS}, by {@code period} and between
   * {@code dyads}.
   */
  public static SparkSeries of(Dataset<Row> events, Period period, DyadSeries.Dyads dyads) {
    Dataset<Row> partial =
        events.mapPartitions(
            (MapPartitionsFunction<Row, Row>) rows -> partial(rows, period, dyads),
            Encoders.row(PARTIAL));
    Dataset<Row> counted = partial.filter(functions.col("left_out").isNull());
    List<Column> sums = new ArrayList<>();
    for (String c : COUNTS) {
      sums.add(functions.sum(c).as(c));
    }
    sums.add(functions.sum("goldstein_sum").as("goldstein_sum"));
    UserDefinedFunction mean =
        functions.udf(
            (UDF2<BigDecimal, Long, BigDecimal>)
                (sum, scored) ->
                    scored == 0
                        ? null
                        : sum.divide(BigDecimal.valueOf(scored), 6, RoundingMode.HALF_EVEN),
            MEAN);
    Dataset<Row> points =
        counted
            .groupBy(columns(DYAD))
            .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
            .withColumn("period_start", functions.to_date(functions.col("period_start")))
            .withColumn(
                "goldstein_mean",
                mean.apply(functions.col("goldstein_sum"), functions.col("scored")))
            .orderBy("source", "target", "period_start");
    Dataset<Row> leftOut =
        partial
            .filter(functions.col("left_out").isNotNull())
            .groupBy(functions.col("left_out").as("reason"))
            .agg(functions.sum("events").as("codings"))
            .orderBy("reason");
    return new SparkSeries(points, leftOut);
  }

  private static Column[] columns(String[] names) {
    Column[] columns = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      columns[i] = functions.col(names[i]);
    }
    return columns;
  }

  private static Iterator<Row> partial(Iterator<Row> rows, Period period, DyadSeries.Dyads dyads) {
    DyadSeries.Accumulator accumulator = DyadSeries.accumulator(period, dyads);
    while (rows.hasNext()) {
      accumulator.add(EventSchema.fromRow(rows.next()));
    }
    DyadSeries series = accumulator.result();
    List<Row> out = new ArrayList<>(series.points().size() + series.leftOut().size());
    for (DyadSeries.Point p : series.points()) {
      out.add(
          RowFactory.create(
              p.source().key(),
              p.source().name(),
              p.target().key(),
              p.target().name(),
              p.label(),
              p.start().toString(),
              p.quadCounts().get(0),
              p.quadCounts().get(1),
              p.quadCounts().get(2),
              p.quadCounts().get(3),
              p.events(),
              p.scored(),
              p.goldsteinSum(),
              null));
    }
    for (Map.Entry<DyadSeries.LeftOut, Long> e : series.leftOut().entrySet()) {
      out.add(
          RowFactory.create(
              null,
              null,
              null,
              null,
              null,
              null,
              0L,
              0L,
              0L,
              0L,
              e.getValue(),
              0L,
              null,
              e.getKey().toString()));
    }
    return out.iterator();
  }
}
