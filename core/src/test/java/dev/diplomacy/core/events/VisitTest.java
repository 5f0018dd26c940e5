package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static dev.diplomacy.core.events.Rejections.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.When;
import org.junit.jupiter.api.Test;

class VisitTest {

  private static final Id FIDEL = Id.of("fidel-castro");
  private static final Id KIM = Id.of("kim-jong-un");
  private static final Id EMBASSY = Id.of("cuban-embassy-pyongyang");
  private static final Place PYONGYANG = Place.of("Pyongyang", Country.of("KP"));

  private static Visit.Builder visit() {
    return Visit.builder().id(Id.of("visit"));
  }

  @Test
  void aPlaceIsEnoughForADestination() {
    Visit v = visit().when(When.on("1986")).place(PYONGYANG).addVisitor(FIDEL).build();
    assertThat(v.kind()).isEqualTo(EventKind.VISIT);
    assertThat(v.participants()).containsExactly(Participant.of(FIDEL, Role.VISITOR));
    assertThat(Visit.builder().from(v).build()).isEqualTo(v);
  }

  @Test
  void aHostIsEnoughForADestination() {
    Visit v = visit().addVisitor(KIM).host(EMBASSY).visitKind(VisitKind.CONDOLENCE).build();
    assertThat(v.participants())
        .containsExactly(Participant.of(KIM, Role.VISITOR), Participant.of(EMBASSY, Role.HOST));
  }

  @Test
  void participantsAreTheVisitorsInOrderThenTheHost() {
    Visit v = visit().addVisitors(FIDEL, Id.of("raul-castro")).host(KIM).place(PYONGYANG).build();
    assertThat(v.participants())
        .extracting(Participant::role)
        .containsExactly(Role.VISITOR, Role.VISITOR, Role.HOST);
    assertThat(v.actorIds()).containsExactly(FIDEL, Id.of("raul-castro"), KIM);
  }

  @Test
  void needsAVisitor() {
    assertRejected(() -> visit().place(PYONGYANG).build(), "visit.visitors.empty");
  }

  @Test
  void rejectsAVisitorListedTwice() {
    assertRejectedAt(
        () -> visit().addVisitors(FIDEL, FIDEL).place(PYONGYANG).build(),
        new String[] {"visitors[1]"},
        "visit.visitors.duplicate");
  }

  @Test
  void theHostIsNotAVisitor() {
    assertRejected(() -> visit().addVisitor(KIM).host(KIM).build(), "visit.host.visitor");
  }

  @Test
  void needsADestination() {
    assertRejected(() -> visit().addVisitor(FIDEL).build(), "visit.destination.missing");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () -> visit().summary("").build(),
        "visit.summary.blank",
        "visit.visitors.empty",
        "visit.destination.missing");
  }
}
