package dev.diplomacy.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RelationsChangeTest {

  private static final Id CUBA = Id.of("cuba");
  private static final Id COSTA_RICA = Id.of("costa-rica");
  private static final Id AMBASSADOR = Id.of("ambassador");

  private static RelationsChange.Builder change(RelationsChangeKind kind) {
    return RelationsChange.builder().id(Id.of("change")).relationsChangeKind(kind);
  }

  private static void assertRejected(Runnable build, List<String> paths, String... codes) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly(codes);
              assertThat(e.findings().stream().map(Finding::path).collect(Collectors.toList()))
                  .containsExactlyElementsOf(paths);
            });
  }

  @Test
  void theInitiatorsActTowardsTheCounterpartsAndTheDiplomatsAreNeutral() {
    RelationsChange expulsion =
        change(RelationsChangeKind.EXPEL_DIPLOMATS)
            .addInitiator(COSTA_RICA)
            .addCounterpart(CUBA)
            .addDiplomat(AMBASSADOR)
            .build();
    assertThat(expulsion.kind()).isEqualTo(EventKind.RELATIONS_CHANGE);
    assertThat(expulsion.participants())
        .containsExactly(
            Participant.of(COSTA_RICA, Role.INITIATOR),
            Participant.of(CUBA, Role.COUNTERPART),
            Participant.of(AMBASSADOR, Role.DIPLOMAT));
    assertThat(expulsion.actorIds(Direction.SOURCE)).containsExactly(COSTA_RICA);
    assertThat(expulsion.actorIds(Direction.TARGET)).containsExactly(CUBA);
    assertThat(RelationsChange.builder().from(expulsion).build()).isEqualTo(expulsion);
  }

  @Test
  void sidesActingTogetherAreAllInitiators() {
    RelationsChange restored =
        change(RelationsChangeKind.RESTORE).addInitiators(CUBA, COSTA_RICA).build();
    assertThat(restored.counterparts()).isEmpty();
    assertThat(restored.actorIds(Direction.SOURCE)).containsExactly(CUBA, COSTA_RICA);
  }

  @Test
  void needsAnInitiatorAndTwoDistinctSides() {
    assertRejected(
        () -> change(RelationsChangeKind.BREAK).addCounterparts(CUBA, COSTA_RICA).build(),
        List.of("initiators"),
        "relationsChange.initiators.empty");
    assertRejected(
        () -> change(RelationsChangeKind.BREAK).addInitiator(CUBA).build(),
        List.of("counterparts"),
        "relationsChange.sides.distinct");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () ->
            change(RelationsChangeKind.RECALL_DIPLOMATS)
                .addInitiators(CUBA, CUBA)
                .addCounterparts(COSTA_RICA, CUBA)
                .addDiplomats(AMBASSADOR, AMBASSADOR, COSTA_RICA)
                .build(),
        List.of("initiators[1]", "diplomats[1]", "counterparts[1]", "diplomats[2]"),
        "relationsChange.initiators.duplicate",
        "relationsChange.diplomats.duplicate",
        "relationsChange.counterparts.initiator",
        "relationsChange.diplomats.side");
  }

  @Test
  void onlyEstablishingAndRestoringBeginRelationsAndOnlyBreakingAndSuspendingEndThem() {
    for (RelationsChangeKind kind : RelationsChangeKind.values()) {
      assertThat(kind.begins())
          .as(kind.name())
          .isEqualTo(kind == RelationsChangeKind.ESTABLISH || kind == RelationsChangeKind.RESTORE);
      assertThat(kind.ends())
          .as(kind.name())
          .isEqualTo(kind == RelationsChangeKind.BREAK || kind == RelationsChangeKind.SUSPEND);
    }
  }
}
