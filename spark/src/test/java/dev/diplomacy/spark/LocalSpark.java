package dev.diplomacy.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for every test of the module (they share a JVM): two threads, no UI, few
 * shuffle partitions, and small splits of text so that a small NDJSON file is read by several
 * tasks.
 */
final class LocalSpark {

  /** The largest split of a text file, in bytes. */
  static final int SPLIT = 8 * 1024;

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("diplomacy-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.adaptive.enabled", "false")
              .config("spark.hadoop.mapreduce.input.fileinputformat.split.maxsize", SPLIT)
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
