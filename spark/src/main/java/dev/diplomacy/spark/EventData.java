package dev.diplomacy.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * What a read made of its files: the event rows ({@link EventSchema#EVENTS}) and the problems
 * ({@link EventSchema#PROBLEMS}), every bad line or row of the input in the one or the other.
 *
 * <p>Both are views of one parse of the input: Spark computes each when an action needs it, so
 * using both parses the input twice unless the parse is kept with {@link #persist()}.
 *
 * @param events one row per coding of each event
 * @param problems one row per problem found
 * @param parsed the parse both are views of
 */
public record EventData(Dataset<Row> events, Dataset<Row> problems, Dataset<Row> parsed) {

  static EventData of(Dataset<Row> parsed) {
    Dataset<Row> events =
        parsed
            .filter(parsed.col(Output.PROBLEM).isNull())
            .select(
                java.util.Arrays.stream(EventSchema.EVENTS.fieldNames())
                    .map(parsed::col)
                    .toArray(org.apache.spark.sql.Column[]::new));
    return new EventData(events, problems(parsed), parsed);
  }

  static Dataset<Row> problems(Dataset<Row> parsed) {
    return parsed.filter(parsed.col(Output.PROBLEM).isNotNull()).select(Output.PROBLEM + ".*");
  }

  /**
   * Keeps the parse (in memory, spilling to disk) when it is first computed, so that the events and
   * the problems are read from one pass over the input.
   */
  public EventData persist() {
    Dataset<Row> kept = parsed.persist(StorageLevel.MEMORY_AND_DISK());
    return of(kept);
  }
}
