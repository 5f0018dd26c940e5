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
}
