package dev.diplomacy.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The timed comparison of the README's "Speed" section (not a test): the library's ingest of an
 * NDJSON dossier against Spark's own {@code spark.read().schema(...).json(...)} of the same file in
 * the same session, at {@code local[1]} and {@code local[2]}. Both runs write to Spark's {@code
 * noop} sink, which computes every column and stores nothing. Prints the median of several timed
 * runs of each, after warm-up runs, and their ratio of throughputs.
 *
 * <p>Arguments: the number of events (default 200,000), of timed runs (default 5) and of warm-up
 * runs of each before them (default 5: with two, the library's code was still being compiled when
 * {@code local[1]}, measured first, was timed).
 */
public final class IngestSpeed {

  private IngestSpeed() {}

  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path dir = Files.createTempDirectory("diplomacy-speed");
    Path file = Dossiers.ndjson(Dossiers.generated(42, events), dir);
    System.out.printf(Locale.ROOT, "%,d events, %,d bytes of NDJSON%n", events, Files.size(file));
    for (String master : List.of("local[1]", "local[2]")) {
      SparkSession spark =
          SparkSession.builder()
              .master(master)
              .appName("diplomacy-ingest-speed")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.hadoop.mapreduce.input.fileinputformat.split.maxsize", 4 << 20)
              .config("spark.sql.files.maxPartitionBytes", 4 << 20)
              .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      String path = file.toString();
      StructType schema = spark.read().json(path).schema();
      DiplomacySpark diplomacy = DiplomacySpark.of(spark);
      Runnable library =
          () ->
              diplomacy
                  .read(Format.NDJSON, path)
                  .events()
                  .write()
                  .format("noop")
                  .mode("overwrite")
                  .save();
      Runnable sparkJson =
          () ->
              spark
                  .read()
                  .schema(schema)
                  .json(path)
                  .write()
                  .format("noop")
                  .mode("overwrite")
                  .save();
      for (int i = 0; i < warmUps; i++) {
        library.run();
        sparkJson.run();
      }
      List<Long> mine = new ArrayList<>();
      List<Long> theirs = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        mine.add(time(library));
        theirs.add(time(sparkJson));
      }
      long m = median(mine);
      long t = median(theirs);
      System.out.printf(
          Locale.ROOT,
          "%s: library %d ms, Spark's JSON reader %d ms (medians of %d); throughput ratio %.2f%n",
          master,
          m,
          t,
          runs,
          (double) t / m);
      spark.stop();
    }
  }

  private static long time(Runnable run) {
    long start = System.nanoTime();
    run.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
