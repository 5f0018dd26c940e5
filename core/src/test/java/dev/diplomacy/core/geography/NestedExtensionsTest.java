package dev.diplomacy.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Position;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.Item;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every object type carries extensions, so that lenient reading can keep what it does not know. */
class NestedExtensionsTest {

  static final Map<String, ExtensionValue> GOOD =
      Map.of("acme:note", ExtensionValue.of("kept"), "newField", ExtensionValue.of(1));
  static final Map<String, ExtensionValue> BAD = Map.of("ACME:note", ExtensionValue.of("x"));

  record Case(String code, Function<Map<String, ExtensionValue>, Object> build) {}

  static final List<Case> CASES =
      List.of(
          new Case(
              "place.extensions.key",
              x -> Place.builder().locality("Havana").extensions(x).build()),
          new Case("coordinates.extensions.key", x -> Coordinates.of(1, 2).withExtensions(x)),
          new Case(
              "dateSpan.extensions.key",
              x -> DateSpan.since(PartialDate.ofYear(1960)).withExtensions(x)),
          new Case("when.extensions.key", x -> When.on("2018-07-05").withExtensions(x)),
          new Case("name.extensions.key", x -> Name.of("Kim").withExtensions(x)),
          new Case("position.extensions.key", x -> Position.of("Minister").withExtensions(x)),
          new Case(
              "participant.extensions.key", x -> Participant.of(Id.of("kim")).withExtensions(x)),
          new Case("citation.extensions.key", x -> Citation.of(Id.of("kcna")).withExtensions(x)),
          new Case("item.extensions.key", x -> Item.of("rifles").withExtensions(x)),
          new Case(
              "eventLink.extensions.key", x -> EventLink.follows(Id.of("e")).withExtensions(x)));

  @Test
  void namespacedAndPlainNamesAreKept() throws Exception {
    for (Case c : CASES) {
      Object value = c.build().apply(GOOD);
      Class<?> api = value.getClass().getSuperclass();
      assertThat(api.getMethod("extensions").invoke(value)).as(c.code()).isEqualTo(GOOD);
    }
  }

  @Test
  void invalidNamesAreRejectedWithTheOwnersCode() {
    for (Case c : CASES) {
      assertThatThrownBy(() -> c.build().apply(BAD))
          .as(c.code())
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.codes()).containsExactly(c.code()));
    }
  }
}
