package dev.diplomacy.spark;

import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.interop.gdelt.GdeltImporter;
import dev.diplomacy.interop.icews.IcewsImporter;
import dev.diplomacy.interop.plover.PloverImporter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads ICEWS, PLOVER and GDELT files, one task per file: each format needs its file whole and in
 * order (ICEWS's header row and the merging of mirrored rows, PLOVER's JSON array, GDELT's zip
 * files), so a file is never split. Many files make many tasks.
 */
final class ForeignRead {

  private ForeignRead() {}

  static JavaRDD<InternalRow> read(
      JavaSparkContext jsc, List<String> files, Format format, Output output) {
    Broadcast<SerializableConfiguration> conf =
        jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
    return jsc.parallelize(files, Math.max(1, files.size()))
        .mapPartitions(
            names -> {
              if (!names.hasNext()) {
                return List.<InternalRow>of().iterator();
              }
              return read(names.next(), conf.value(), format, output);
            });
  }

  private static Iterator<InternalRow> read(
      String file, SerializableConfiguration conf, Format format, Output output) {
    Emitter emitter = new Emitter(output, file);
    Consumer<ImportProblem> problems =
        p ->
            emitter.problem(
                (long) p.line(),
                p.isRejection() ? EventSchema.ERROR : EventSchema.WARNING,
                p.code(),
                p.reason());
    InputStream in = null;
    try {
      Path path = new Path(file);
      in = path.getFileSystem(conf.value()).open(path);
      ImportStream stream =
          switch (format) {
            case ICEWS -> IcewsImporter.stream(in, problems);
            case PLOVER -> PloverImporter.stream(in, problems);
            case GDELT -> GdeltImporter.stream(in, file, problems);
            case NDJSON -> throw new IllegalArgumentException("NDJSON is split, not read whole");
          };
      return emitter.from(stream, stream);
    } catch (IOException | RuntimeException e) {
      closeQuietly(in);
      return emitter.unreadable(e);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      if (in != null) {
        in.close();
      }
    } catch (IOException e) {
      // The failure that matters is the one reported.
    }
  }
}
