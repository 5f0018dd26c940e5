package dev.diplomacy.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * An event of a kind the library does not know is still drawn, told and refused a code, plainly.
 */
class OpaqueEventRenderingTest {

  final OpaqueEvent communique =
      OpaqueEvent.builder()
          .id(Id.of("communique"))
          .typeName("summit_communique")
          .when(When.on("2019-02-28"))
          .addParticipants(Participant.of(Id.of("anna")), Participant.of(Id.of("boris")))
          .build();

  final Dossier dossier =
      Dossier.builder()
          .addActors(
              Person.builder().id(Id.of("anna")).name(Name.of("Anna")).build(),
              Person.builder().id(Id.of("boris")).name(Name.of("Boris")).build())
          .addEvent(communique)
          .build();

  @Test
  void theTimelineNamesTheUnknownKind() {
    assertThat(Timeline.of(dossier))
        .contains("Anna and Boris: an event of the unknown kind 'summit_communique'");
  }

  @Test
  void theGraphsJoinItsParticipants() {
    assertThat(MermaidGraph.of(dossier)).contains("summit communique");
    assertThat(DotGraph.of(dossier)).contains("summit communique");
  }

  @Test
  void itHasNoCameoCode() {
    assertThatThrownBy(() -> EventCoding.of(communique))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.codes()).containsExactly("coding.opaque"));
  }
}
