package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.format.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NdjsonReaderTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Place in(String code) {
    return Place.of(Country.of(code));
  }

  @Test
  void readsOneValuePerLineWithTheirLineNumbers() {
    String text = "{\"country\":\"CU\"}\r\n\n  \t\n{\"country\":\"KP\"}\n{\"country\":\"RU\"}";
    try (NdjsonReader<Place> reader = NdjsonReader.of(JSON, Place.class, bytes(text))) {
      assertThat(reader.lineNumber()).isZero();
      assertThat(reader.next()).isEqualTo(in("CU"));
      assertThat(reader.lineNumber()).isEqualTo(1);
      assertThat(reader.next()).isEqualTo(in("KP"));
      assertThat(reader.lineNumber()).isEqualTo(4);
      assertThat(reader.next()).isEqualTo(in("RU"));
      assertThat(reader.lineNumber()).isEqualTo(5);
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void readsAnEmptyInput() {
    try (NdjsonReader<Place> reader = NdjsonReader.of(JSON, Place.class, bytes(""))) {
      assertThat(reader.hasNext()).isFalse();
    }
    try (NdjsonReader<Place> reader = NdjsonReader.of(JSON, Place.class, bytes("\n\n"))) {
      assertThat(reader.stream()).isEmpty();
    }
  }

  @Test
  void failsFastAtTheFirstBadLine() {
    String text = "{\"country\":\"CU\"}\n{\"country\":\"KP\"}\n{\"country\":\"XX\",\n";
    try (NdjsonReader<Place> reader =
        NdjsonReader.of(JSON, Place.class, bytes(text), ErrorPolicy.failFast())) {
      assertThat(reader.next()).isEqualTo(in("CU"));
      assertThat(reader.next()).isEqualTo(in("KP"));
      assertThatThrownBy(reader::hasNext)
          .isInstanceOfSatisfying(
              DiplomacyJsonException.class,
              e -> {
                assertThat(e.problems()).extracting(Problem::line).containsOnly(OptionalInt.of(3));
                assertThat(e.codes()).contains("json.syntax");
              });
    }
  }

  @Test
  void skipsAndReportsBadLines() {
    String text =
        String.join(
            "\n",
            "{\"country\":\"CU\"}",
            "{\"country\":\"XX\",\"locality\":7}",
            "{\"country\":\"KP\"}",
            "{\"country\":\"RU\"} {\"country\":\"RU\"}",
            "null",
            "not json",
            "{\"country\":\"VE\"}");
    List<DiplomacyJsonException> reports = new ArrayList<>();
    try (NdjsonReader<Place> reader =
        NdjsonReader.of(JSON, Place.class, bytes(text), ErrorPolicy.skipAndReport(reports::add))) {
      List<String> seen = new ArrayList<>();
      while (reader.hasNext()) {
        Place p = reader.next();
        seen.add(p.country().orElseThrow().alpha2() + "@" + reader.lineNumber());
      }
      assertThat(seen).containsExactly("CU@1", "KP@3", "VE@7");
      assertThat(reader.skippedLines()).isEqualTo(4);
    }
    assertThat(reports)
        .extracting(e -> e.problems().get(0).line())
        .containsExactly(
            OptionalInt.of(2), OptionalInt.of(4), OptionalInt.of(5), OptionalInt.of(6));
    assertThat(reports.get(0).problems())
        .extracting(Problem::pointer, Problem::code, Problem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/country", "country.unknown", OptionalInt.of(2)),
            org.assertj.core.groups.Tuple.tuple("/locality", "json.type", OptionalInt.of(2)));
    assertThat(reports)
        .extracting(e -> e.codes().get(0))
        .containsExactly("country.unknown", "json.trailing", "json.type", "json.syntax");
  }

  @Test
  void refusesAByteOrderMark() {
    List<DiplomacyJsonException> reports = new ArrayList<>();
    String text = "\uFEFF{\"country\":\"CU\"}\n{\"country\":\"KP\"}\n";
    try (NdjsonReader<Place> reader =
        NdjsonReader.of(JSON, Place.class, bytes(text), ErrorPolicy.skipAndReport(reports::add))) {
      assertThat(reader.stream().collect(Collectors.toList())).containsExactly(in("KP"));
    }
    assertThat(reports)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.codes()).containsExactly("json.syntax");
              assertThat(e.problems().get(0).line()).isEqualTo(OptionalInt.of(1));
              assertThat(e.getMessage()).contains("byte-order mark");
            });
  }

  @Test
  void refusesALineLongerThanADocumentMayBe() {
    DiplomacyJson small =
        DiplomacyJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(40)).build();
    String longLine = "{\"name\":\"" + "a".repeat(100_000) + "\"}";
    String text = "{\"country\":\"CU\"}\r\n" + longLine + "\r\n{\"country\":\"KP\"}\r\n";
    List<DiplomacyJsonException> reports = new ArrayList<>();
    try (NdjsonReader<Place> reader =
        NdjsonReader.of(small, Place.class, bytes(text), ErrorPolicy.skipAndReport(reports::add))) {
      assertThat(reader.stream().collect(Collectors.toList())).containsExactly(in("CU"), in("KP"));
      assertThat(reader.lineNumber()).isEqualTo(3);
    }
    assertThat(reports)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.codes()).containsExactly("json.limit");
              assertThat(e.problems().get(0).line()).isEqualTo(OptionalInt.of(2));
              assertThat(e.problems().get(0).column()).isEqualTo(OptionalInt.of(41));
            });
    // Exactly at the limit, with a carriage return, is fine.
    String atLimit = "{\"name\":\"" + "a".repeat(40 - 11) + "\"}";
    assertThat(atLimit).hasSize(40);
    try (NdjsonReader<Place> reader =
        NdjsonReader.of(small, Place.class, bytes(atLimit + "\r\n"))) {
      assertThat(reader.next().name()).isPresent();
    }
  }

  @Test
  void aLinePastTheLimitIsRefusedForItsLengthWhateverElseIsWrongWithIt() {
    DiplomacyJson small =
        DiplomacyJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(40)).build();
    String text =
        String.join(
            "\n",
            "{\"country\":\"CU\", oops" + " ".repeat(40),
            "\uFEFF{\"country\":\"CU\"}" + " ".repeat(40),
            " ".repeat(41),
            "{\"country\":\"CU\"}" + " ".repeat(40) + "{}",
            "{\"country\":\"CU\", oops",
            "{\"country\":\"KP\"}");
    List<DiplomacyJsonException> reports = new ArrayList<>();
    try (NdjsonReader<Place> reader =
        NdjsonReader.of(small, Place.class, bytes(text), ErrorPolicy.skipAndReport(reports::add))) {
      assertThat(reader.stream().collect(Collectors.toList())).containsExactly(in("KP"));
    }
    assertThat(reports)
        .extracting(e -> e.codes().get(0) + "@" + e.problems().get(0).line().getAsInt())
        .containsExactly(
            "json.limit@1", "json.limit@2", "json.limit@3", "json.limit@4", "json.syntax@5");
  }

  @Test
  void readsTheSameWhenTheInputTricklesInOneByteAtATime() {
    DiplomacyJson small =
        DiplomacyJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(40)).build();
    String atLimit = "{\"name\":\"" + "a".repeat(40 - 11) + "\"}";
    String text =
        String.join(
            "\r\n",
            "{\"country\":\"CU\"}",
            " \r",
            atLimit,
            atLimit + " ",
            "{\"country\":\r\"KP\"}",
            "{\"country\":\"XX\"}",
            "\r",
            "{\"country\":\"RU\"}\r");
    assertThat(readAll(small, bytes(text)))
        .isEqualTo(readAll(small, trickle(text)))
        .containsExactly(
            "CU@1",
            "a".repeat(29) + "@3",
            "json.limit@4:41",
            "KP@5",
            "country.unknown@6:12",
            "RU@8");
  }

  /** What {@code small} reads from {@code in}: values and the first problem of each bad line. */
  private static List<String> readAll(DiplomacyJson small, InputStream in) {
    List<String> read = new ArrayList<>();
    try (NdjsonReader<Place> reader =
        NdjsonReader.of(
            small,
            Place.class,
            in,
            ErrorPolicy.skipAndReport(
                e -> {
                  Problem p = e.problems().get(0);
                  read.add(p.code() + "@" + p.line().getAsInt() + ":" + p.column().orElse(0));
                }))) {
      reader.forEachRemaining(
          p ->
              read.add(
                  p.country().map(Country::alpha2).or(p::name).orElseThrow()
                      + "@"
                      + reader.lineNumber()));
    }
    return read;
  }

  /** {@code text} in UTF-8, one byte for each read. */
  private static InputStream trickle(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  @Test
  void aFailureOfTheStreamWithinALineIsAnUncheckedIoExceptionNotAProblem() {
    byte[] start = "{\"country\":\"XX\",\"locality\":".getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new InputStream() {
          private int given;

          @Override
          public int read() throws IOException {
            throw new IOException("gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (given == start.length) {
              throw new IOException("gone");
            }
            int n = Math.min(len, start.length - given);
            System.arraycopy(start, given, b, off, n);
            given += n;
            return n;
          }
        };
    NdjsonReader<Place> reader =
        NdjsonReader.of(JSON, Place.class, failing, ErrorPolicy.skipAndReport(e -> {}));
    assertThatThrownBy(reader::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("gone");
  }

  @Test
  void readsLinesAcrossChunkBoundaries() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append("{\"name\":\"place ").append(i).append("\",\"country\":\"CU\"}\n");
    }
    try (NdjsonReader<Place> reader = NdjsonReader.of(JSON, Place.class, bytes(text.toString()))) {
      List<Place> places = reader.stream().collect(Collectors.toList());
      assertThat(places).hasSize(5_000);
      assertThat(places.get(4_999).name()).hasValue("place 4999");
      assertThat(reader.lineNumber()).isEqualTo(5_000);
    }
  }

  @Test
  void closingTheStreamClosesTheInput() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    NdjsonReader.of(JSON, Place.class, in).stream().close();
    assertThat(closed[0]).isTrue();
  }

  @Test
  void failingStreamsGiveUncheckedIoExceptions() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("gone");
          }
        };
    NdjsonReader<Place> reader =
        NdjsonReader.of(JSON, Place.class, failing, ErrorPolicy.skipAndReport(e -> {}));
    assertThatThrownBy(reader::hasNext).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void describesItsPolicy() {
    assertThat(ErrorPolicy.failFast().isFailFast()).isTrue();
    assertThat(ErrorPolicy.skipAndReport(e -> {}).isFailFast()).isFalse();
    assertThat(ErrorPolicy.failFast()).hasToString("ErrorPolicy[failFast]");
  }
}
