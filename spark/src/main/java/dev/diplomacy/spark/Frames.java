package dev.diplomacy.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * A dataset of rows that the reads make in Spark's internal form, as Spark's own file readers do.
 *
 * <p>{@code createDataFrame} of external {@code Row}s converts every value of every row through
 * Spark's encoder (a string to its UTF-8 bytes, an array element by element, each value checked
 * against its column's type), which took more time than the library's parsing and validation of the
 * line. The rows here are made in the form Spark keeps them in ({@link InternalValues}), with
 * exactly the types of the schema, and handed over as they are. The method for it, {@code
 * internalCreateDataFrame} of Spark's classic session, is Spark's own (its readers use it) and not
 * part of its public API: it is public in the bytecode, and this module is built and tested against
 * the one Spark version it names.
 */
final class Frames {

  private Frames() {}

  static Dataset<Row> of(SparkSession spark, JavaRDD<InternalRow> rows, StructType schema) {
    if (!(spark instanceof org.apache.spark.sql.classic.SparkSession classic)) {
      throw new IllegalArgumentException(
          "spark: a "
              + spark.getClass().getName()
              + ", where a classic (not Connect) session is"
              + " needed to run the library in its tasks");
    }
    return classic.internalCreateDataFrame(rows.rdd(), schema, false);
  }
}
