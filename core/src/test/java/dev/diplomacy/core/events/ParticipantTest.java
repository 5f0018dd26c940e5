package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  private static final Id RI = Id.of("ri-su-yong");

  @Test
  void takesPartAsAPlainParticipantUnlessSaidOtherwise() {
    assertThat(Participant.of(RI).role()).isEqualTo(Role.PARTICIPANT);
    assertThat(Participant.of(RI, Role.ENVOY).role()).isEqualTo(Role.ENVOY);
    assertThat(Participant.of(RI).withRole(Role.GUEST)).isEqualTo(Participant.of(RI, Role.GUEST));
  }

  @Test
  void carriesTheCapacityTheSourceGives() {
    Participant p =
        Participant.builder()
            .actor(RI)
            .role(Role.HEAD_OF_DELEGATION)
            .capacity("Vice Chairman of the Workers' Party of Korea")
            .build();
    assertThat(p.capacity()).contains("Vice Chairman of the Workers' Party of Korea");
    assertThat(Participant.builder().from(p).build()).isEqualTo(p);
  }

  @Test
  void rejectsABlankCapacity() {
    assertRejected(
        () -> Participant.builder().actor(RI).capacity(" ").build(), "participant.capacity.blank");
  }
}
