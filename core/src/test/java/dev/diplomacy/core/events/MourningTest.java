package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.time.When;
import org.junit.jupiter.api.Test;

class MourningTest {

  private static final Id DPRK = Id.of("north-korea");
  private static final Id FIDEL = Id.of("fidel-castro");

  private static Mourning.Builder mourning() {
    return Mourning.builder().id(Id.of("mourning")).declarer(DPRK).mourned(FIDEL);
  }

  @Test
  void modelsThreeDaysOfMourningForFidelCastro() {
    Mourning m = mourning().when(When.on("2016")).days(3).build();
    assertThat(m.kind()).isEqualTo(EventKind.MOURNING);
    assertThat(m.days()).hasValue(3);
    assertThat(m.participants())
        .containsExactly(Participant.of(DPRK, Role.DECLARER), Participant.of(FIDEL, Role.MOURNED));
    assertThat(Mourning.builder().from(m).build()).isEqualTo(m);
  }

  @Test
  void theNumberOfDaysMayBeUnknown() {
    assertThat(mourning().build().days()).isEmpty();
    assertThat(mourning().days(1).build().days()).hasValue(1);
  }

  @Test
  void lastsAtLeastOneDay() {
    assertRejected(() -> mourning().days(0).build(), "mourning.days.positive");
    assertRejected(() -> mourning().days(-3).build(), "mourning.days.positive");
  }

  @Test
  void theMournedIsNotTheDeclarer() {
    assertRejected(() -> mourning().mourned(DPRK).build(), "mourning.mourned.declarer");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () -> mourning().mourned(DPRK).days(0).build(),
        "mourning.mourned.declarer",
        "mourning.days.positive");
  }
}
