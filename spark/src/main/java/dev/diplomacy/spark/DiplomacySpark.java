package dev.diplomacy.spark;

import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.analysis.DyadSeries;
import dev.diplomacy.core.analysis.EventRows;
import dev.diplomacy.core.analysis.Period;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.json.format.Mode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * The library in a Spark job: event data files read into datasets of flat event rows (or of the
 * library's own elements) and problems, parsed, validated and coded by the library in each task;
 * the dyadic series as an aggregation; NDJSON written back.
 *
 * <pre>{@code
 * DiplomacySpark diplomacy = DiplomacySpark.of(spark);
 * EventData data = diplomacy.read(Format.ICEWS, "hdfs:///icews/*.tab").persist();
 * data.events().groupBy("root").count().show();            // the columns of EventSchema.EVENTS
 * data.problems().write().json("hdfs:///icews-problems");   // file, line, severity, code, message
 * SparkSeries monthly = diplomacy.series(data.events(), Period.MONTH, DyadSeries.Dyads.COUNTRIES);
 * }</pre>
 *
 * <p>Paths are Hadoop paths ({@code hdfs://}, {@code s3a://}, {@code file:}), with globs. NDJSON
 * files are split as Spark splits text, a split to a task (see {@link Format#NDJSON}); the other
 * formats are read one task per file. Nothing read is dropped: each line or row is an element (or
 * its event rows) or a problem, with its file and line. The event rows are made by the datasets'
 * codings by default ({@link EventRows.Codings#DATASET}), the library's on request ({@link
 * #codings}), as {@link EventRows} makes them; NDJSON is read strictly by default ({@link #mode}).
 *
 * <p>Immutable; its methods run on the driver.
 */
public final class DiplomacySpark {

  private final SparkSession spark;
  private final EventRows.Codings codings;
  private final Mode mode;

  private DiplomacySpark(SparkSession spark, EventRows.Codings codings, Mode mode) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.codings = Objects.requireNonNull(codings, "codings");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  /** Reads in {@code spark}, by the datasets' codings, NDJSON strictly. */
  public static DiplomacySpark of(SparkSession spark) {
    return new DiplomacySpark(spark, EventRows.Codings.DATASET, Mode.STRICT);
  }

  /** A copy that makes event rows by {@code codings}. */
  public DiplomacySpark codings(EventRows.Codings codings) {
    return new DiplomacySpark(spark, codings, mode);
  }

  /** A copy that reads NDJSON in {@code mode}: lenient keeps unknown properties as extensions. */
  public DiplomacySpark mode(Mode mode) {
    return new DiplomacySpark(spark, codings, mode);
  }

  /**
   * The event rows and problems of the files at {@code paths}, all of one format.
   *
   * @throws UncheckedIOException when a path cannot be listed (a missing file is a problem row)
   */
  public EventData read(Format format, String... paths) {
    return EventData.of(parse(format, Output.rows(codings), paths));
  }

  /** The elements (actors, sources, relationships, events) and problems of the files. */
  public ElementData elements(Format format, String... paths) {
    return ElementData.of(parse(format, Output.elements(), paths));
  }

  /**
   * The dyadic series of {@code events}, rows of {@link EventSchema#EVENTS} (read by this class or
   * not), as {@link DyadSeries} would count them on one machine.
   */
  public SparkSeries series(Dataset<Row> events, Period period, DyadSeries.Dyads dyads) {
    return SparkSeries.of(events, period, dyads);
  }

  /** One NDJSON line (with its {@code "type"}, no line end) per element, in the same order. */
  public static Dataset<String> ndjsonLines(Dataset<? extends DossierElement> elements) {
    ElementCodec codec = new ElementCodec();
    return elements
        .toDF()
        .as(LibraryEncoders.elements())
        .map(
            (MapFunction<DossierElement, String>)
                e -> new String(codec.encode(e), StandardCharsets.UTF_8),
            Encoders.STRING());
  }

  /**
   * Writes the elements as NDJSON to the folder {@code dir}, Spark's part files, which read in the
   * order of their names are one stream of a dossier's lines with no header: the actors first, then
   * the sources, the relationships and the events, so that a reader meets each element after those
   * it refers to. Each kind is one pass over {@code elements}: persist it first if it is costly.
   */
  public static void writeNdjson(Dataset<? extends DossierElement> elements, String dir) {
    Dataset<DossierElement> all = elements.toDF().as(LibraryEncoders.elements());
    Dataset<DossierElement> ordered =
        all.filter((FilterFunction<DossierElement>) e -> e instanceof Actor)
            .union(all.filter((FilterFunction<DossierElement>) e -> e instanceof Source))
            .union(all.filter((FilterFunction<DossierElement>) e -> e instanceof Relationship))
            .union(all.filter((FilterFunction<DossierElement>) e -> e instanceof Event));
    ndjsonLines(ordered).write().text(dir);
  }

  private Dataset<Row> parse(Format format, Output output, String... paths) {
    if (paths.length == 0) {
      throw new IllegalArgumentException("paths: none given; name at least one file");
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<InternalRow> rows =
        format == Format.NDJSON
            ? NdjsonRead.read(jsc, Arrays.asList(paths), mode, output)
            : ForeignRead.read(jsc, files(jsc, paths), format, output);
    return Frames.of(spark, rows, output.schema());
  }

  /** The files the paths name: globs expanded, folders listed; a path that matches none kept. */
  private static List<String> files(JavaSparkContext jsc, String... paths) {
    List<String> files = new ArrayList<>();
    try {
      for (String p : paths) {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(jsc.hadoopConfiguration());
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          files.add(p); // read as a problem: cannot be opened
          continue;
        }
        for (FileStatus m : matches) {
          if (m.isDirectory()) {
            for (FileStatus f : fs.listStatus(m.getPath())) {
              String name = f.getPath().getName();
              if (f.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                files.add(f.getPath().toString());
              }
            }
          } else {
            files.add(m.getPath().toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + String.join(", ", paths), e);
    }
    return files;
  }
}
