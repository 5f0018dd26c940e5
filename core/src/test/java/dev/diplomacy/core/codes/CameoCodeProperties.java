package dev.diplomacy.core.codes;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of CAMEO codes over generated text. */
class CameoCodeProperties {

  /**
   * Strings of 2 to 4 ASCII digits: codes of the codebook, codes it lacks, and text that is not a
   * code.
   */
  static Gen<String> digitStrings() {
    return integers()
        .between(2, 4)
        .zip(
            integers().between(0, 9999),
            (length, n) -> String.format("%04d", n).substring(4 - length));
  }

  @Test
  void ofAcceptsExactlyTheKnownCodesAndPrintsThemBack() {
    qt().forAll(digitStrings())
        .check(
            s -> {
              if (CameoCode.isKnown(s)) {
                return CameoCode.of(s).toString().equals(s);
              }
              try {
                CameoCode.of(s);
                return false;
              } catch (ValidationException e) {
                String expected = CameoCode.hasFormat(s) ? "cameoCode.unknown" : "cameoCode.format";
                return e.codes().equals(List.of(expected));
              }
            });
  }

  @Test
  void textThatIsNotDigitsIsAFormatError() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 5))
        .assuming(s -> !s.chars().allMatch(c -> c >= '0' && c <= '9'))
        .check(
            s -> {
              try {
                CameoCode.of(s);
                return false;
              } catch (ValidationException e) {
                return e.codes().equals(List.of("cameoCode.format"));
              }
            });
  }
}
