package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.json.DiplomacyJson;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocationsTest {

  static final String DOC =
      String.join(
          "\n",
          "{",
          "  \"events\": [",
          "    {\"id\": \"a\"},",
          "    {\"id\": \"b\", \"recipients\": [\"x\", \"y\"], \"a/b\": 1}",
          "  ]",
          "}");

  static Locations find(String... pointers) {
    return Locations.find(
        DiplomacyJson.strict().mapper(), DOC.getBytes(StandardCharsets.UTF_8), Set.of(pointers));
  }

  @Test
  void aValueIsFoundWhereItStarts() {
    Locations at = find("/events/1/recipients/1", "/events/0/id");
    assertThat(at.line("/events/1/recipients/1")).isEqualTo(OptionalLong.of(4));
    assertThat(at.column("/events/1/recipients/1")).isEqualTo(OptionalInt.of(37));
    assertThat(at.line("/events/0/id")).isEqualTo(OptionalLong.of(3));
    assertThat(at.column("/events/0/id")).isEqualTo(OptionalInt.of(12));
  }

  @Test
  void objectsAndArraysAreFoundAtTheirStart() {
    Locations at = find("/events/1", "/events", "");
    assertThat(at.line("/events/1")).isEqualTo(OptionalLong.of(4));
    assertThat(at.column("/events/1")).isEqualTo(OptionalInt.of(5));
    assertThat(at.line("/events")).isEqualTo(OptionalLong.of(2));
    assertThat(at.line("")).isEqualTo(OptionalLong.of(1));
  }

  @Test
  void aMissingValueIsPlacedAtTheNearestValueThatHoldsIt() {
    Locations at = find("/events/0/citations");
    assertThat(at.line("/events/0/citations")).isEqualTo(OptionalLong.of(3));
    assertThat(at.column("/events/0/citations")).isEqualTo(OptionalInt.of(5));
  }

  @Test
  void escapedNamesAreFound() {
    Locations at = find("/events/1/a~1b");
    assertThat(at.column("/events/1/a~1b")).isEqualTo(OptionalInt.of(50));
  }

  @Test
  void aDocumentThatIsNotJsonGivesWhatWasFoundBeforeItsError() {
    Locations at =
        Locations.find(
            DiplomacyJson.strict().mapper(),
            "{\"a\": [1,".getBytes(StandardCharsets.UTF_8),
            Set.of("/b"));
    assertThat(at.line("/b")).isEqualTo(OptionalLong.of(1));
    Locations none =
        Locations.find(
            DiplomacyJson.strict().mapper(), "]".getBytes(StandardCharsets.UTF_8), Set.of("/b"));
    assertThat(none.line("/b")).isEmpty();
    assertThat(none.column("/b")).isEmpty();
  }
}
