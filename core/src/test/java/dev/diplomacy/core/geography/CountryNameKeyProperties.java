package dev.diplomacy.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The key of an ASCII name, made in one pass, is the key the general path makes of it: for any
 * ASCII text, weighted towards what a country's name has (capitals, full stops, dashes, spaces of
 * every kind, a leading "The ").
 */
class CountryNameKeyProperties {

  private static final String COMMON = "The Sao Tome-Principe.U.S. ` \t\r\n\u000B\f\u001C\u001F";

  private static Gen<String> asciiNames() {
    return in -> {
      int n = Generate.range(0, 30).generate(in);
      StringBuilder b = new StringBuilder();
      if (Generate.range(0, 3).generate(in) == 0) {
        b.append(Generate.range(0, 1).generate(in) == 0 ? "The " : "the ");
      }
      for (int i = 0; i < n; i++) {
        b.append(
            Generate.range(0, 1).generate(in) == 0
                ? COMMON.charAt(Generate.range(0, COMMON.length() - 1).generate(in))
                : (char) (int) Generate.range(0, 0x7F).generate(in));
      }
      return b.toString();
    };
  }

  @Test
  void theAsciiKeyIsTheGeneralOne() {
    qt().withExamples(5_000)
        .forAll(asciiNames())
        .checkAssert(
            name ->
                assertThat(Country.asciiNameKey(name))
                    .as("%s", name)
                    .isEqualTo(Country.unicodeNameKey(name)));
    assertThat(Country.nameKey("The  Sao-Tome.")).isEqualTo("sao tome");
    assertThat(Country.nameKey("São Tomé")).isEqualTo("sao tome");
  }
}
