package dev.diplomacy.core.analysis;

import static dev.diplomacy.core.analysis.AnalysisFixtures.CN;
import static dev.diplomacy.core.analysis.AnalysisFixtures.KP;
import static dev.diplomacy.core.analysis.AnalysisFixtures.NGO;
import static dev.diplomacy.core.analysis.AnalysisFixtures.US;
import static dev.diplomacy.core.analysis.AnalysisFixtures.actor;
import static dev.diplomacy.core.analysis.AnalysisFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EventTableTest {

  static EventRow placed(EventRow row) {
    return new EventRow(
        row.eventId(),
        row.kind(),
        row.date(),
        row.coding(),
        row.record(),
        row.cameo(),
        row.quadClass(),
        row.goldstein(),
        row.sources(),
        row.targets(),
        Optional.of(
            new EventRow.RowPlace(
                Optional.of("Pyongyang"),
                Optional.of(Country.of("KP")),
                Optional.of("P'yŏngyang-si"),
                Optional.empty(),
                OptionalDouble.of(39.0339),
                OptionalDouble.of(125.7543))),
        Optional.of(Id.of("icews-story-1")));
  }

  @Test
  void aRowIsFlatColumnsUnderTheHeader() {
    StringBuilder csv = new StringBuilder();
    EventTable.writeCsv(
        List.of(
            placed(
                row("e1", PartialDate.of(2018, 6, 1), "043", 2.8, List.of(US, NGO), List.of(KP))),
            row("e2", PartialDate.ofYearMonth(2018, 6), "1823", -9.0, List.of(CN), List.of())),
        csv);
    assertThat(csv.toString().split("\r\n", -1))
        .containsExactly(
            String.join(",", EventTable.HEADER),
            "e1,coded,2018-06-01,day,icews,e1,043,04,1,2.8,united-states;some-ngo,"
                + "United States;Some NGO,USA;,north-korea,North Korea,PRK,Pyongyang,PRK,"
                + "P'yŏngyang-si,,39.0339,125.7543,icews-story-1",
            "e2,coded,2018-06,month,icews,e2,1823,18,4,-9,china,China,CHN,,,,,,,,,,",
            "");
  }

  @Test
  void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
    EventRow.RowActor odd = actor("odd", "Ministry of \"Truth\", Oceania", null);
    StringBuilder csv = new StringBuilder();
    EventTable.writeRow(csv, row("e3", null, "010", 0, List.of(odd), List.of(KP)));
    assertThat(csv.toString()).contains(",\"Ministry of \"\"Truth\"\", Oceania\",");
    assertThat(Csv.field(" padded")).isEqualTo("\" padded\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.field("plain")).isEqualTo("plain");
  }

  @Test
  void theHeaderHasAColumnForEveryField() {
    EventRow row =
        placed(row("e1", PartialDate.of(2018, 6, 1), "043", 2.8, List.of(US), List.of(KP)));
    assertThat(EventTable.fields(row)).hasSameSizeAs(EventTable.HEADER);
    assertThat(EventTable.HEADER).doesNotHaveDuplicates();
  }
}
