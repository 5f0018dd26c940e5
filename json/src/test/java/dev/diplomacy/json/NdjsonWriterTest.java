package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.json.format.DiplomacyJsonException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NdjsonWriterTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  @Test
  void writesOneValuePerLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter<Place> writer = NdjsonWriter.of(JSON, Place.class, out)) {
      writer.write(Place.of("Havana", Country.of("CU")));
      writer.write(Place.builder().name("line\nbreak").build());
      assertThat(writer.lineCount()).isEqualTo(2);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("{\"country\":\"CU\",\"locality\":\"Havana\"}\n{\"name\":\"line\\nbreak\"}\n");
  }

  @Test
  void whatItWritesReadsBack() {
    List<Place> places =
        List.of(
            Place.of(Country.of("KP")),
            Place.builder().venue("Kumsusan Palace of the Sun").build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter<Place> writer = NdjsonWriter.of(JSON, Place.class, out)) {
      places.forEach(writer::write);
    }
    try (NdjsonReader<Place> reader =
        NdjsonReader.of(JSON, Place.class, new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(reader.stream().collect(Collectors.toList())).isEqualTo(places);
    }
  }

  @Test
  void aValueThatCannotBeWrittenWritesNothing() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter<Place> writer = NdjsonWriter.of(JSON, Place.class, out)) {
      writer.write(Place.of(Country.of("CU")));
      assertThatThrownBy(
              () ->
                  writer.write(
                      Place.builder()
                          .name("bad")
                          .putExtension("acme:note", ExtensionValue.of("bad \uD800"))
                          .build()))
          .isInstanceOfSatisfying(
              DiplomacyJsonException.class,
              e -> {
                assertThat(e.codes()).containsExactly("json.format");
                assertThat(e.problems().get(0).line()).isEqualTo(OptionalInt.of(2));
                assertThat(e.problems().get(0).pointer()).isEqualTo("/acme:note");
              });
      writer.write(Place.of(Country.of("KP")));
      writer.flush();
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("{\"country\":\"CU\"}\n{\"country\":\"KP\"}\n");
  }
}
