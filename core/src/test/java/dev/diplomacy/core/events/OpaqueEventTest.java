package dev.diplomacy.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class OpaqueEventTest {

  @Test
  void keepsTheUnknownKindAndItsProperties() {
    OpaqueEvent e =
        OpaqueEvent.builder()
            .id(Id.of("communique"))
            .typeName("summit_communique")
            .addParticipant(Participant.of(Id.of("kim-jong-un")))
            .putExtension("signedBy", ExtensionValue.of("both leaders"))
            .build();
    assertThat(e.kind()).isEqualTo(EventKind.OPAQUE);
    assertThat(e.certainty()).isEqualTo(Certainty.REPORTED);
    assertThat(e.actorIds()).containsExactly(Id.of("kim-jong-un"));
    assertThat(OpaqueEvent.builder().from(e).build()).isEqualTo(e);
  }

  @Test
  void theTypeNameIsLowerSnakeCaseAndTheEnvelopeRulesHold() {
    assertThatThrownBy(
            () ->
                OpaqueEvent.builder()
                    .id(Id.of("x"))
                    .typeName("Summit Communique")
                    .summary(" ")
                    .addLink(EventLink.follows(Id.of("x")))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            ex ->
                assertThat(ex.codes())
                    .containsExactly(
                        "opaqueEvent.summary.blank",
                        "opaqueEvent.links.self",
                        "opaqueEvent.typeName.format"));
  }

  @Test
  void theTypeNameRuleIsLowerSnakeCaseAsTheRegularExpressionSaysIt() {
    String snake = "[a-z][a-z0-9]*(_[a-z0-9]+)*";
    for (String name :
        new String[] {
          "a",
          "meeting",
          "support_pledge",
          "a1_b2",
          "x_1",
          "",
          "_a",
          "a_",
          "a__b",
          "1a",
          "A",
          "summit communique",
          "caf\u00e9",
          "a-b",
          "a_B"
        }) {
      assertThat(OpaqueEvent.isLowerSnakeCase(name)).as(name).isEqualTo(name.matches(snake));
    }
  }

  @Test
  void aLongTypeNameIsCheckedWithoutOverflowingTheStack() {
    // 100,000 parts: a regular expression recursed once per part and threw StackOverflowError
    // from about 2,000.
    String name = "a" + "_a".repeat(100_000);
    OpaqueEvent e = OpaqueEvent.builder().id(Id.of("long")).typeName(name).build();
    assertThat(e.typeName()).hasSize(200_001);
    assertThatThrownBy(() -> OpaqueEvent.builder().id(Id.of("long")).typeName(name + "_").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            ex -> assertThat(ex.codes()).containsExactly("opaqueEvent.typeName.format"));
  }

  @Test
  void theTypeNameIsNoNameTheFormatGivesToWhatItKnows() {
    for (String name :
        new String[] {
          "meeting",
          "support_pledge",
          "coded",
          "person",
          "organization",
          "state",
          "source",
          "relationship",
          "dossier"
        }) {
      assertThatThrownBy(() -> OpaqueEvent.builder().id(Id.of("x")).typeName(name).build())
          .as(name)
          .isInstanceOfSatisfying(
              ValidationException.class,
              ex -> assertThat(ex.codes()).containsExactly("opaqueEvent.typeName.reserved"));
    }
    assertThat(OpaqueEvent.builder().id(Id.of("x")).typeName("opaque").build().typeName())
        .isEqualTo("opaque");
    assertThat(OpaqueEvent.builder().id(Id.of("x")).typeName("sources").build().typeName())
        .isEqualTo("sources");
  }
}
