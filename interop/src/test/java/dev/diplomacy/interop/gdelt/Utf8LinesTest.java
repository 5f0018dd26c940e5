package dev.diplomacy.interop.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8Lines} gives the lines {@link BufferedReader} gives, byte for byte. */
class Utf8LinesTest {

  /** Pieces of input: text, terminators, UTF-8 good and bad (cut short, overlong, surrogates). */
  private static final int[][] PIECES = {
    {'a'},
    {'b'},
    {'\t'},
    {'\n'},
    {'\r'},
    {'\r', '\n'},
    {0xC3, 0xA9},
    {0xE2, 0x82, 0xAC},
    {0xF0, 0x9F, 0x98, 0x80},
    {0x80},
    {0xBF},
    {0xC3},
    {0xE2},
    {0xE2, 0x82},
    {0xF0},
    {0xF0, 0x9F},
    {0xF0, 0x9F, 0x98},
    {0xC0, 0x80},
    {0xED, 0xA0, 0x80},
    {0xF4, 0x90, 0x80, 0x80},
    {0xFF},
    {0xFE},
    {0xE0, 0x80, 0x80},
    {0xEF, 0xBB, 0xBF},
    {0xF8, 0x88, 0x80, 0x80, 0x80}
  };

  @Test
  void givesTheLinesOfABufferedReaderForAnyBytes() throws IOException {
    Random random = new Random(20191024);
    for (int c = 0; c < 3000; c++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int pieces = random.nextInt(c % 500 == 0 ? 60_000 : 60);
      for (int i = 0; i < pieces; i++) {
        for (int b : PIECES[random.nextInt(PIECES.length)]) {
          out.write(b);
        }
      }
      byte[] bytes = out.toByteArray();
      InputStream in = new ByteArrayInputStream(bytes);
      if (random.nextBoolean()) {
        in = trickling(in, random);
      }
      assertThat(lines(new Utf8Lines(in)))
          .as(HexFormat.of().formatHex(bytes))
          .isEqualTo(readerLines(bytes));
    }
  }

  @Test
  void aLineLongerThanTheBufferIsWhole() throws IOException {
    String longLine = "x".repeat(200_000) + "é";
    byte[] bytes = (longLine + "\r\nnext").getBytes(StandardCharsets.UTF_8);
    assertThat(lines(new Utf8Lines(trickling(new ByteArrayInputStream(bytes), new Random(1)))))
        .containsExactly(longLine, "next");
  }

  /** An input that gives at most a few bytes a read. */
  private static InputStream trickling(InputStream raw, Random random) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        return raw.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return raw.read(b, off, Math.min(len, 1 + random.nextInt(7)));
      }
    };
  }

  private static List<String> lines(Utf8Lines in) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lines.add(line);
    }
    return lines;
  }

  private static List<String> readerLines(byte[] bytes) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lines.add(line);
    }
    return lines;
  }
}
