package dev.diplomacy.interop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The lines of UTF-8 bytes are the lines a reader gives, whatever the bytes: line breaks of every
 * kind, bytes that are not UTF-8, sequences cut short by a line break or by the end, lines longer
 * than the buffer, reads that stop anywhere.
 */
public class ByteLinesTest {

  /** Pieces of input: ASCII, breaks, tabs, UTF-8 of two to four bytes, and broken UTF-8. */
  private static final byte[][] PIECES = {
    bytes("a"),
    bytes("Kim Jong Un"),
    bytes(" "),
    bytes("NA"),
    bytes("\t"),
    bytes("\t"),
    bytes("\n"),
    bytes("\r"),
    bytes("\r\n"),
    bytes("é"),
    bytes("€"),
    bytes("\uD83D\uDE00"),
    bytes("\uFEFF"),
    bytes("\uFFFD"),
    bytes("\u2028"),
    bytes("\u0085"),
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xC3},
    {(byte) 0x80},
    {(byte) 0xFF},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF},
    {0},
    {0x0B},
    {0x1F}
  };

  public static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Inputs of up to 60 pieces, and how many bytes each read may give (0: as many as asked). */
  public static Gen<byte[]> inputs(int pieces) {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, PIECES.length - 1))
        .ofSizeBetween(0, pieces)
        .map(
            picks -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              picks.forEach(i -> out.writeBytes(PIECES[i]));
              return out.toByteArray();
            });
  }

  /** An input that gives at most {@code chunk} bytes a read, when {@code chunk} is above 0. */
  public static InputStream chunked(byte[] bytes, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, chunk > 0 ? Math.min(len, chunk) : len);
      }
    };
  }

  private static List<String> readerLines(byte[] bytes) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> byteLines(byte[] bytes, int chunk) {
    try {
      ByteLines in = new ByteLines(chunked(bytes, chunk));
      List<String> lines = new ArrayList<>();
      if (chunk % 2 == 1) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
        return lines;
      }
      while (in.next()) {
        String text = in.text();
        assertThat(in.isBlank()).as("blank: %s", text).isEqualTo(text.isBlank());
        if (in.isAscii()) {
          assertThat(text.chars().allMatch(c -> c < 0x80)).isTrue();
          assertThat(new String(in.bytes(), in.start(), in.end() - in.start(), "US-ASCII"))
              .isEqualTo(text);
        }
        lines.add(text);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theLinesOfAnyBytesAreTheLinesOfAReader() {
    qt().withExamples(2_000)
        .forAll(inputs(60), SourceDSL.integers().between(0, 5))
        .checkAssert(
            (bytes, chunk) ->
                assertThat(byteLines(bytes, chunk))
                    .as("%s read %d at a time", Arrays.toString(bytes), chunk)
                    .isEqualTo(readerLines(bytes)));
  }

  @Test
  void aLineLongerThanTheBufferIsOneLine() {
    byte[] longLine = new byte[200_000];
    Arrays.fill(longLine, (byte) 'x');
    longLine[150_000] = '\t';
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes("first\r"));
    out.writeBytes(longLine);
    out.writeBytes(bytes("\r\nlast é"));
    byte[] input = out.toByteArray();

    assertThat(byteLines(input, 0)).isEqualTo(readerLines(input)).hasSize(3);
    assertThat(byteLines(input, 7000)).isEqualTo(readerLines(input));
  }
}
