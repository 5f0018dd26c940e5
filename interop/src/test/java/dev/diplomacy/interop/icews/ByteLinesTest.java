package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
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
 * The lines of UTF-8 bytes are the lines a reader gives, and an ICEWS file read as bytes imports
 * what it imports read as text, whatever the bytes: line breaks of every kind, bytes that are not
 * UTF-8, sequences cut short by a line break or by the end, lines longer than the buffer, reads
 * that stop anywhere.
 */
class ByteLinesTest {

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

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Inputs of up to 60 pieces, and how many bytes each read may give (0: as many as asked). */
  private static Gen<byte[]> inputs(int pieces) {
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
  private static InputStream chunked(byte[] bytes, int chunk) {
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

  /** Rows of an ICEWS file made of the pieces, the Event IDs and the header kept whole. */
  private static Gen<byte[]> icewsFiles() {
    Gen<byte[]> field = inputs(4).map(b -> withoutBreaks(b));
    Gen<List<byte[]>> rows = SourceDSL.lists().of(field).ofSize(20);
    return SourceDSL.lists()
        .of(rows)
        .ofSizeBetween(1, 8)
        .map(
            table -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              out.writeBytes(bytes(String.join("\t", RowReader.COLUMNS) + "\n"));
              for (int r = 0; r < table.size(); r++) {
                List<byte[]> row = new ArrayList<>(table.get(r));
                row.set(0, bytes(String.valueOf(r + 1)));
                row.set(1, bytes("2018-06-01"));
                row.set(2, r % 2 == 0 ? bytes("Kim Jong Un") : row.get(2));
                row.set(6, bytes(r % 3 == 0 ? "040" : "190"));
                for (int c = 0; c < row.size(); c++) {
                  out.writeBytes(row.get(c));
                  if (c < row.size() - 1) {
                    out.write('\t');
                  }
                }
                out.write(r % 2 == 0 ? '\n' : '\r');
              }
              return out.toByteArray();
            });
  }

  private static byte[] withoutBreaks(byte[] b) {
    byte[] out = b.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '\n' || out[i] == '\r') {
        out[i] = ' ';
      }
    }
    return out;
  }

  private static List<Object> imported(ImportStream stream) {
    List<Object> out = new ArrayList<>();
    try (ImportStream s = stream) {
      s.forEachRemaining(out::add);
      out.add(s.counts());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void anIcewsFileReadAsBytesImportsWhatItImportsReadAsText() {
    qt().withExamples(300)
        .forAll(icewsFiles())
        .checkAssert(
            bytes -> {
              List<ImportProblem> textProblems = new ArrayList<>();
              List<Object> text =
                  imported(
                      IcewsImporter.stream(
                          new InputStreamReader(
                              new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                          textProblems::add));
              List<ImportProblem> byteProblems = new ArrayList<>();
              List<Object> read =
                  imported(IcewsImporter.stream(chunked(bytes, 3), byteProblems::add));
              assertThat(byteProblems).isEqualTo(textProblems);
              assertThat(read).isEqualTo(text);
              assertThat(text.stream().filter(e -> e instanceof DossierElement)).isNotNull();
            });
  }
}
