package dev.diplomacy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * A split's lines as one stream: each line's bytes and a line feed, whatever the sizes of the
 * reads, with Hadoop reusing one {@link Text} for every line as its reader does.
 */
class LineStreamTest {

  /** The lines as Hadoop's reader gives them: one {@link Text}, refilled for each line. */
  private static Iterator<Tuple2<LongWritable, Text>> hadoop(List<String> lines) {
    Text text = new Text();
    LongWritable offset = new LongWritable();
    Iterator<String> each = lines.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public Tuple2<LongWritable, Text> next() {
        text.set(each.next());
        return new Tuple2<>(offset, text);
      }
    };
  }

  /** Everything {@code in} gives, read a byte at a time or in reads of 0 to 56 bytes. */
  private static byte[] readAll(NdjsonRead.LineStream in, long seed) {
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64];
    while (true) {
      if (random.nextInt(5) == 0) {
        int b = in.read();
        if (b < 0) {
          return out.toByteArray();
        }
        out.write(b);
      } else {
        int off = random.nextInt(8);
        int len = random.nextInt(57);
        int n = in.read(buffer, off, len);
        if (len == 0) {
          assertThat(n).isZero();
        } else if (n < 0) {
          return out.toByteArray();
        } else {
          assertThat(n).isBetween(1, len);
          out.write(buffer, off, n);
        }
      }
    }
  }

  @Test
  void givesEveryLineAndALineFeedWhateverTheReads() {
    qt().withExamples(500)
        .forAll(
            lists()
                .of(strings().betweenCodePoints(1, 0x2FF).ofLengthBetween(0, 90))
                .ofSizeBetween(0, 12),
            integers().all())
        .checkAssert(
            (lines, seed) -> {
              StringBuilder expected = new StringBuilder();
              lines.forEach(l -> expected.append(l).append('\n'));
              NdjsonRead.LineStream in = new NdjsonRead.LineStream(hadoop(lines));
              assertThat(new String(readAll(in, seed), StandardCharsets.UTF_8))
                  .isEqualTo(expected.toString());
              assertThat(in.read()).isEqualTo(-1);
            });
  }

  @Test
  void countsTheBlankLinesItBeganWith() {
    NdjsonRead.LineStream in =
        new NdjsonRead.LineStream(hadoop(List.of("", " \t\r", "{}", "", "x")));
    assertThat(readAll(in, 1)).hasSize(11);
    assertThat(in.leadingBlankLines()).isEqualTo(2);
  }
}
