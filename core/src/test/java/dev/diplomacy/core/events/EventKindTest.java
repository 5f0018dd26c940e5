package dev.diplomacy.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Kinds and types of events are one to one, so that the code that switches over {@link EventKind}
 * may cast an event to its kind's type within the kind's case.
 */
class EventKindTest {

  @Test
  void everyKindHasItsOwnTypeAndEveryTypeOfTheFamilyIsAKinds() {
    List<Class<?>> types =
        Arrays.stream(EventKind.values()).map(EventKind::type).collect(Collectors.toList());
    assertThat(types).doesNotHaveDuplicates();
    assertThat(types).containsExactly(Event.class.getPermittedSubclasses());
  }

  @Test
  void everyTypeDeclaresKindFinal() throws NoSuchMethodException {
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      Method kind = type.getDeclaredMethod("kind");
      assertThat(Modifier.isFinal(kind.getModifiers())).as(type.getSimpleName()).isTrue();
      assertThat(kind.getReturnType()).isEqualTo(EventKind.class);
    }
  }

  @Test
  void anEventOfEveryTypeHasTheKindWhoseTypeItIs() {
    for (EventKind kind : EventKind.values()) {
      Event e = EventTest.minimal(kind);
      assertThat(e.kind()).isEqualTo(kind);
      assertThat(e).isInstanceOf(kind.type());
      assertThat(e.getClass().getSuperclass()).isEqualTo(kind.type());
      assertThat(EventGenerators.rebuild(e).kind()).isEqualTo(kind);
    }
  }

  @Test
  void theCodePrefixIsTheTypeNameInLowerCamelCase() {
    for (EventKind kind : EventKind.values()) {
      String name = kind.type().getSimpleName();
      assertThat(kind.codePrefix())
          .isEqualTo(Character.toLowerCase(name.charAt(0)) + name.substring(1));
    }
    // The codes are part of the format: they never change.
    assertThat(Arrays.stream(EventKind.values()).map(EventKind::codePrefix))
        .containsExactly(
            "meeting",
            "message",
            "supportPledge",
            "visit",
            "delegation",
            "mourning",
            "statement",
            "materialTransfer",
            "agreement",
            "relationsChange",
            "codedEvent",
            "opaqueEvent");
  }
}
