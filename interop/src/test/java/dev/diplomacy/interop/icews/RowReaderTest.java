package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RowReaderTest {

  @Test
  void sectorsAreStrippedWithoutEmptyPartsNaOrRepeats() {
    assertThat(RowReader.sectors(" Government , ,NA,Executive,Government,"))
        .containsExactly("Government", "Executive");
    assertThat(RowReader.sectors(",")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "a", "27823457", "a.b_c-d", "Z9"})
  void idsAreALetterOrDigitThenLettersDigitsAndDotsUnderscoresOrHyphens(String id) {
    assertThat(RowReader.isId(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", ".a", "a b", "a/b", "é1", "1\u0000"})
  void otherTextIsNoId(String text) {
    assertThat(RowReader.isId(text)).isFalse();
  }

  @Test
  void anIdIsAtMost101Characters() {
    assertThat(RowReader.isId("a".repeat(101))).isTrue();
    assertThat(RowReader.isId("a".repeat(102))).isFalse();
  }

  @Test
  void aSentenceNumberIsOneToNineDigits() {
    assertThat(RowReader.isDigits("1")).isTrue();
    assertThat(RowReader.isDigits("123456789")).isTrue();
    assertThat(RowReader.isDigits("1234567890")).isFalse();
    assertThat(RowReader.isDigits("")).isFalse();
    assertThat(RowReader.isDigits("1a")).isFalse();
    assertThat(RowReader.isDigits("\u0661")).isFalse();
  }

  @Test
  void controlCharactersAndLineSeparatorsAreFound() {
    assertThat(RowReader.firstControl("Kim Jong-Un")).isEqualTo(-1);
    assertThat(RowReader.firstControl("Kim\u0001Jong")).isEqualTo(1);
    assertThat(RowReader.firstControl("a\u0085b\u0001")).isEqualTo(0x85);
    assertThat(RowReader.firstControl("a\u2028b")).isEqualTo(0x2028);
    assertThat(RowReader.firstControl("\uD83D\uDE00 ok")).isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-06-01", "2018-02-30", "2018-6-1", "20180601", "+2018-06-01"})
  void aDateThatIsNotADayOfYears1To9999WrittenYearMonthDayRejectsTheRow(String date) {
    IcewsImport r = Tsv.read(Tsv.row().with("Event Date", date));
    assertThat(r.rejections())
        .extracting(p -> p.line() + " " + p.code())
        .containsExactly("2 icews.date.invalid");
  }
}
