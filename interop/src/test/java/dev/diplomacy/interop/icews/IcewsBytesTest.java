package dev.diplomacy.interop.icews;

import static dev.diplomacy.interop.internal.ByteLinesTest.bytes;
import static dev.diplomacy.interop.internal.ByteLinesTest.chunked;
import static dev.diplomacy.interop.internal.ByteLinesTest.inputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * An ICEWS file read as bytes (a line of ASCII bytes read where it stands) imports what it imports
 * read as text, whatever the bytes of its fields.
 */
class IcewsBytesTest {

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
                if (r % 2 == 1) {
                  row.set(11, table.get(r - 1).get(11)); // the story of the row before, as is
                }
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
            });
  }
}
