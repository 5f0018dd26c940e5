package dev.diplomacy.spark;

import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonDossierReader;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import scala.Tuple2;

/**
 * Reads NDJSON files split as Spark splits text, in two passes over the same splits.
 *
 * <p>The first pass reads each split's lines without parsing them: it counts them (so that the
 * second pass can number every line of its file) and keeps the lines of actors, which are
 * recognised by their {@code "type"} ({@code person}, {@code organization}, {@code state}) and
 * confirmed by the library's parser. The driver collects the counts and the actors' lines, and
 * broadcasts them: memory on the driver and on each executor grows with the size of the actors'
 * lines of all the files read together (a dossier of 10,000 actors is a few megabytes), never with
 * the events. The second pass parses, validates and codes every line with the library, each split
 * knowing every actor of its file, wherever in the file the actor's line is. An actor is known to
 * the events of its own file only: two files may use the same id for different actors.
 */
final class NdjsonRead {

  private NdjsonRead() {}

  /** What the first pass learns of one split. */
  record Split(String file, long start, long lines, List<String> actorLines)
      implements Serializable {}

  /**
   * What the driver broadcasts of the first pass, in one broadcast (each costs a block of Spark's
   * broadcast size on the driver): the first line of each split ({@link #key}), and the actors'
   * lines of each file.
   */
  record Surveyed(HashMap<String, Long> firstLines, HashMap<String, ArrayList<String>> actorLines)
      implements Serializable {}

  static JavaRDD<InternalRow> read(
      JavaSparkContext jsc, List<String> paths, Mode mode, Output output) {
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> text =
        (JavaNewHadoopRDD<LongWritable, Text>)
            jsc.newAPIHadoopFile(
                String.join(",", paths),
                TextInputFormat.class,
                LongWritable.class,
                Text.class,
                jsc.hadoopConfiguration());
    List<Split> splits =
        text.mapPartitionsWithInputSplit(
                (split, lines) -> List.of(survey((FileSplit) split, lines, mode)).iterator(), false)
            .collect();
    HashMap<String, Long> firstLines = new HashMap<>();
    HashMap<String, ArrayList<String>> actors = new HashMap<>();
    Map<String, Long> counted = new HashMap<>();
    splits.stream()
        .sorted(Comparator.comparing(Split::file).thenComparingLong(Split::start))
        .forEach(
            s -> {
              long before = counted.getOrDefault(s.file(), 0L);
              firstLines.put(key(s.file(), s.start()), before + 1);
              counted.put(s.file(), before + s.lines());
              actors.computeIfAbsent(s.file(), f -> new ArrayList<>()).addAll(s.actorLines());
            });
    Broadcast<Surveyed> surveyed = jsc.broadcast(new Surveyed(firstLines, actors));
    return text.mapPartitionsWithInputSplit(
        (split, lines) -> {
          FileSplit file = (FileSplit) split;
          String name = file.getPath().toString();
          Surveyed known = surveyed.value();
          long first = known.firstLines().get(key(name, file.getStart()));
          return parse(
              name,
              first,
              known.actorLines().getOrDefault(name, new ArrayList<>()),
              lines,
              mode,
              output);
        },
        false);
  }

  private static String key(String file, long start) {
    return start + "@" + file;
  }

  /** The first pass over one split: its lines counted, its actors' lines kept. */
  private static Split survey(
      FileSplit split, Iterator<Tuple2<LongWritable, Text>> lines, Mode mode) {
    DiplomacyJson json = Jsons.of(mode);
    long count = 0;
    List<String> actors = new ArrayList<>();
    while (lines.hasNext()) {
      Text line = lines.next()._2();
      count++;
      if (TypeScan.mayBeActor(line.getBytes(), line.getLength())) {
        String text = line.toString();
        try {
          if (json.read(text, DossierElement.class) instanceof Actor) {
            actors.add(text);
          }
        } catch (RuntimeException e) {
          // A bad line: the second pass reports it, on its own line.
        }
      }
    }
    return new Split(split.getPath().toString(), split.getStart(), count, actors);
  }

  /** The second pass over one split: every line parsed, validated and coded. */
  private static Iterator<InternalRow> parse(
      String file,
      long firstLine,
      List<String> actorLines,
      Iterator<Tuple2<LongWritable, Text>> lines,
      Mode mode,
      Output output) {
    DiplomacyJson json = Jsons.of(mode);
    Emitter emitter = new Emitter(output, file);
    for (String line : actorLines) {
      emitter.converter().remember(json.read(line, DossierElement.class));
    }
    LineStream in = new LineStream(lines);
    NdjsonDossierReader reader =
        NdjsonDossierReader.of(
            json, in, ErrorPolicy.skipAndReport(e -> report(emitter, firstLine, e)));
    Iterator<DossierElement> elements =
        new Iterator<>() {
          private boolean headerChecked = firstLine == 1;

          @Override
          public boolean hasNext() {
            boolean more = reader.hasNext();
            if (!headerChecked) {
              headerChecked = true;
              if (reader.header().isPresent()) {
                emitter.problem(
                    firstLine + in.leadingBlankLines(),
                    EventSchema.ERROR,
                    "ndjson.header.notFirst",
                    "/type: the dossier's header may only be the first line, before every element");
              }
            }
            return more;
          }

          @Override
          public DossierElement next() {
            return reader.next();
          }
        };
    return emitter.from(elements, reader);
  }

  private static void report(Emitter emitter, long firstLine, DiplomacyJsonException e) {
    for (Problem p : e.problems()) {
      emitter.problem(
          p.line().isPresent() ? firstLine - 1 + p.line().getAsInt() : null,
          EventSchema.ERROR,
          p.code(),
          (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message());
    }
  }

  /**
   * The lines of a split as one stream of UTF-8 bytes, each line ended by a line feed: read from
   * each line's own bytes, which stay Hadoop's until the next line is taken.
   */
  static final class LineStream extends InputStream {
    private final Iterator<Tuple2<LongWritable, Text>> lines;
    private byte[] line = new byte[0];

    /** The length of the current line with its line feed; its last byte is the feed. */
    private int length;

    private int position;
    private long leadingBlank;
    private boolean nonBlankSeen;

    LineStream(Iterator<Tuple2<LongWritable, Text>> lines) {
      this.lines = lines;
    }

    /** How many blank lines the split began with, as far as read. */
    long leadingBlankLines() {
      return leadingBlank;
    }

    private boolean fill() {
      while (position >= length) {
        if (!lines.hasNext()) {
          return false;
        }
        Text text = lines.next()._2();
        line = text.getBytes();
        length = text.getLength() + 1;
        position = 0;
        if (!nonBlankSeen) {
          if (isBlank(line, length - 1)) {
            leadingBlank++;
          } else {
            nonBlankSeen = true;
          }
        }
      }
      return true;
    }

    private static boolean isBlank(byte[] bytes, int n) {
      for (int i = 0; i < n; i++) {
        byte b = bytes[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }

    @Override
    public int read() {
      if (!fill()) {
        return -1;
      }
      return position++ == length - 1 ? '\n' : line[position - 1] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int copied = 0;
      while (copied < len && fill()) {
        int n = Math.min(len - copied, length - 1 - position);
        System.arraycopy(line, position, b, off + copied, n);
        position += n;
        copied += n;
        if (copied < len && position == length - 1) {
          b[off + copied++] = '\n';
          position++;
        }
      }
      return copied == 0 ? -1 : copied;
    }
  }
}
