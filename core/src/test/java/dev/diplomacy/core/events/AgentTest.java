package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static dev.diplomacy.core.events.Rejections.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentTest {

  private static final Id PUTIN = Id.of("vladimir-putin");
  private static final Id KIM = Id.of("kim-jong-un");
  private static final Id RI = Id.of("ri-su-yong");
  private static final String PRESIDENT = "President of the Russian Federation";

  @Test
  void carriesTheCapacityTheSourceGives() {
    Agent a = Agent.of(PUTIN, PRESIDENT);
    assertThat(a.actor()).isEqualTo(PUTIN);
    assertThat(a.capacity()).contains(PRESIDENT);
    assertThat(Agent.of(PUTIN).capacity()).isEmpty();
    assertThat(Agent.builder().from(a).build()).isEqualTo(a);
  }

  @Test
  void rejectsABlankCapacityAndABadExtensionName() {
    assertRejected(() -> Agent.of(PUTIN, " "), "agent.capacity.blank");
    assertRejected(
        () -> Agent.builder().actor(PUTIN).putExtension("Bad:name", ExtensionValue.of(1)).build(),
        "agent.extensions.key");
  }

  @Test
  void everyKindThatHoldsAgentsGivesTheirCapacityToItsParticipants() {
    Visit v =
        Visit.builder()
            .id(Id.of("v"))
            .addVisitor(Agent.of(PUTIN, PRESIDENT))
            .host(Agent.of(KIM, "General Secretary of the Workers' Party of Korea"))
            .build();
    assertThat(v.participants())
        .containsExactly(
            Participant.builder().actor(PUTIN).role(Role.VISITOR).capacity(PRESIDENT).build(),
            Participant.builder()
                .actor(KIM)
                .role(Role.HOST)
                .capacity("General Secretary of the Workers' Party of Korea")
                .build());
    Message m =
        Message.builder()
            .id(Id.of("m"))
            .sender(Agent.of(KIM, "General Secretary"))
            .addRecipient(PUTIN)
            .envoy(Agent.of(RI, "Vice Chairman"))
            .messageKind(MessageKind.LETTER)
            .build();
    assertThat(m.participants())
        .extracting(Participant::capacity)
        .containsExactly(
            java.util.Optional.of("General Secretary"),
            java.util.Optional.empty(),
            java.util.Optional.of("Vice Chairman"));
    assertThat(
            Statement.builder()
                .id(Id.of("s"))
                .speaker(Agent.of(PUTIN, PRESIDENT))
                .build()
                .participants()
                .get(0)
                .capacity())
        .contains(PRESIDENT);
    assertThat(
            SupportPledge.builder()
                .id(Id.of("p"))
                .pledger(Agent.of(PUTIN, PRESIDENT))
                .beneficiary(KIM)
                .addSupportKind(SupportKind.MILITARY)
                .build()
                .participants()
                .get(0)
                .capacity())
        .contains(PRESIDENT);
    Delegation d =
        Delegation.builder()
            .id(Id.of("d"))
            .sender(Id.of("north-korea"))
            .head(Agent.of(RI, "Vice Chairman"))
            .addMember(Agent.of(KIM, "Member"))
            .build();
    assertThat(d.participants())
        .extracting(Participant::capacity)
        .containsExactly(
            java.util.Optional.empty(),
            java.util.Optional.of("Vice Chairman"),
            java.util.Optional.of("Member"));
  }

  @Test
  void aBareIdIsAnAgentWithNoCapacity() {
    Visit byId = Visit.builder().id(Id.of("v")).addVisitor(PUTIN).host(KIM).build();
    Visit byAgent =
        Visit.builder().id(Id.of("v")).addVisitor(Agent.of(PUTIN)).host(Agent.of(KIM)).build();
    assertThat(byId).isEqualTo(byAgent);
    assertThat(byId.visitors()).containsExactly(Agent.of(PUTIN));
  }

  @Test
  void theRulesCompareActorsWhateverTheirCapacity() {
    assertRejectedAt(
        () ->
            Visit.builder()
                .id(Id.of("v"))
                .addVisitor(Agent.of(PUTIN, PRESIDENT))
                .addVisitor(Agent.of(PUTIN, "Supreme Commander"))
                .host(KIM)
                .build(),
        new String[] {"visitors[1]"},
        "visit.visitors.duplicate");
    assertRejected(
        () ->
            Visit.builder()
                .id(Id.of("v"))
                .addVisitor(PUTIN)
                .host(Agent.of(PUTIN, PRESIDENT))
                .build(),
        "visit.host.visitor");
    assertRejected(
        () ->
            Message.builder()
                .id(Id.of("m"))
                .sender(Agent.of(KIM, "General Secretary"))
                .recipients(List.of(KIM))
                .envoy(Agent.of(KIM, "envoy"))
                .messageKind(MessageKind.LETTER)
                .build(),
        "message.recipients.sender",
        "message.envoy.sender",
        "message.envoy.recipient");
    assertRejected(
        () ->
            SupportPledge.builder()
                .id(Id.of("p"))
                .pledger(Agent.of(KIM, "General Secretary"))
                .beneficiary(KIM)
                .addSupportKind(SupportKind.MILITARY)
                .build(),
        "supportPledge.beneficiary.pledger");
    assertRejected(
        () ->
            Delegation.builder()
                .id(Id.of("d"))
                .sender(KIM)
                .head(Agent.of(RI, "Vice Chairman"))
                .addMember(Agent.of(RI, "member"))
                .host(Agent.of(KIM, "host"))
                .build(),
        "delegation.members.head",
        "delegation.host.sender");
  }
}
