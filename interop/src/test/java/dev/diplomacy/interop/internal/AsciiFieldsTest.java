package dev.diplomacy.interop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.json.format.internal.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The fields of a row's bytes, found eight bytes at a time, are what {@link String#split} finds in
 * its text: for any bytes, wherever the row starts and ends in its buffer, with room in the table
 * of starts for all of the fields or for fewer; and a row with a byte beyond ASCII is told apart.
 */
class AsciiFieldsTest {

  @Test
  void theFieldsOfAnyBytesAreThoseOfTheSplitText() {
    qt().withExamples(3_000)
        .forAll(
            ByteLinesTest.inputs(60),
            SourceDSL.integers().between(0, 9),
            SourceDSL.integers().between(0, 9),
            SourceDSL.integers().between(0, 30))
        .checkAssert(
            (row, before, after, room) -> {
              byte[] buffer = new byte[before + row.length + after];
              Arrays.fill(buffer, (byte) '\t'); // tabs around the row are not its own
              System.arraycopy(row, 0, buffer, before, row.length);
              int[] starts = new int[room];
              int found =
                  Bytes.asciiFields(buffer, before, before + row.length, (byte) '\t', starts);
              boolean ascii = true;
              for (byte b : row) {
                ascii &= b >= 0;
              }
              if (!ascii) {
                assertThat(found).isEqualTo(-1);
                return;
              }
              String[] fields = new String(row, StandardCharsets.ISO_8859_1).split("\t", -1);
              assertThat(found).isEqualTo(fields.length);
              int start = before;
              for (int i = 0; i <= fields.length && i < room; i++) {
                assertThat(starts[i]).as("start of field %d", i).isEqualTo(start);
                if (i < fields.length) {
                  start += fields[i].length() + 1;
                }
              }
            });
  }

  @Test
  void aRowOfTabsOnlyHasOneFieldMoreThanTabs() {
    byte[] tabs = new byte[41];
    Arrays.fill(tabs, (byte) '\t');
    int[] starts = new int[43];
    assertThat(Bytes.asciiFields(tabs, 0, tabs.length, (byte) '\t', starts)).isEqualTo(42);
    for (int i = 0; i < 43; i++) {
      assertThat(starts[i]).isEqualTo(i);
    }
  }
}
