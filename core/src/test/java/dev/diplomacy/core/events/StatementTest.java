package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static dev.diplomacy.core.events.Rejections.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import org.junit.jupiter.api.Test;

class StatementTest {

  private static final Id FIDEL = Id.of("fidel-castro");
  private static final Id KIM_IL_SUNG = Id.of("kim-il-sung");

  private static Statement.Builder statement() {
    return Statement.builder().id(Id.of("statement")).speaker(FIDEL);
  }

  @Test
  void modelsFidelCastrosPraiseOfKimIlSung() {
    Statement s =
        statement()
            .addSubject(KIM_IL_SUNG)
            .statementKind(StatementKind.PRAISE)
            .content("a veteran and irreproachable combatant")
            .build();
    assertThat(s.kind()).isEqualTo(EventKind.STATEMENT);
    assertThat(s.participants())
        .containsExactly(
            Participant.of(FIDEL, Role.SPEAKER), Participant.of(KIM_IL_SUNG, Role.SUBJECT));
    assertThat(Statement.builder().from(s).build()).isEqualTo(s);
  }

  @Test
  void aSpeakerMaySpeakAboutNoOneOrAboutThemself() {
    assertThat(statement().build().participants())
        .containsExactly(Participant.of(FIDEL, Role.SPEAKER));
    Statement denial = statement().addSubject(FIDEL).statementKind(StatementKind.DENIAL).build();
    assertThat(denial.actorIds()).containsExactly(FIDEL);
  }

  @Test
  void rejectsASubjectListedTwice() {
    assertRejectedAt(
        () -> statement().addSubjects(KIM_IL_SUNG, FIDEL, KIM_IL_SUNG).build(),
        new String[] {"subjects[2]"},
        "statement.subjects.duplicate");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () -> statement().addSubjects(KIM_IL_SUNG, KIM_IL_SUNG).content("\n").build(),
        "statement.subjects.duplicate",
        "statement.content.blank");
  }
}
