package dev.diplomacy.core.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RelationshipTest {

  private static final Id CUBA = Id.of("cuba");
  private static final Id DPRK = Id.of("north-korea");
  private static final Id ARTICLE = Id.of("breitbart-2018-07");

  private static Relationship.Builder relationship() {
    return Relationship.builder()
        .id(Id.of("cuba-north-korea-alliance"))
        .relationshipKind(RelationshipKind.ALLIANCE);
  }

  private static void assertRejected(Runnable build, String[] paths, String... codes) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly(codes);
              assertThat(e.findings().stream().map(Finding::path).collect(Collectors.toList()))
                  .containsExactly(paths);
            });
  }

  @Test
  void modelsTheAllianceSinceTheOnsetOfTheColdWarWithoutInventingADate() {
    Relationship r =
        relationship()
            .addParties(CUBA, DPRK)
            .periodDescription("since the onset of the Cold War")
            .basis("anti-Americanism")
            .addCitation(Citation.of(ARTICLE, "allies since the onset of the Cold War"))
            .summary("Cuba and North Korea are allies")
            .build();
    assertThat(r.periods()).isEmpty();
    assertThat(r.periodDescription()).contains("since the onset of the Cold War");
    assertThat(r.basis()).contains("anti-Americanism");
    assertThat(Relationship.builder().from(r).build()).isEqualTo(r);
  }

  @Test
  void certaintyIsReportedUnlessSaidOtherwise() {
    Relationship r = relationship().addParties(CUBA, DPRK).build();
    assertThat(r.certainty()).isEqualTo(Certainty.REPORTED);
    assertThat(r.withCertainty(Certainty.DISPUTED).certainty()).isEqualTo(Certainty.DISPUTED);
  }

  @Test
  void carriesASpanAndExtensions() {
    Relationship r =
        relationship()
            .relationshipKind(RelationshipKind.DIPLOMATIC_RELATIONS)
            .addParties(CUBA, DPRK)
            .span(DateSpan.since(PartialDate.ofYear(1960)))
            .putExtension("acme:strength", ExtensionValue.of(5))
            .build();
    assertThat(r.periods()).containsExactly(RelationshipPeriod.of(DateSpan.parse("1960/..")));
    assertThat(r.periods().get(0).isSpanOnly()).isTrue();
    assertThat(r.extensions()).containsKey("acme:strength");
  }

  @Test
  void needsTwoDistinctParties() {
    assertRejected(
        () -> relationship().build(), new String[] {"parties"}, "relationship.parties.distinct");
    assertRejected(
        () -> relationship().addParty(CUBA).build(),
        new String[] {"parties"},
        "relationship.parties.distinct");
  }

  @Test
  void rejectsAPartyListedTwice() {
    assertRejected(
        () -> relationship().addParties(CUBA, DPRK, CUBA).build(),
        new String[] {"parties[2]"},
        "relationship.parties.duplicate");
  }

  @Test
  void citesEachSourceOnce() {
    assertRejected(
        () ->
            relationship()
                .addParties(CUBA, DPRK)
                .addCitations(Citation.of(ARTICLE), Citation.of(ARTICLE, "allies"))
                .build(),
        new String[] {"citations[1]"},
        "relationship.citations.duplicate");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () ->
            relationship()
                .addParties(CUBA, CUBA)
                .periodDescription(" ")
                .basis("")
                .summary("\t")
                .putExtension("Bad:name", ExtensionValue.of(1))
                .build(),
        new String[] {
          "parties", "parties[1]", "periodDescription", "basis", "summary", "extensions[Bad:name]"
        },
        "relationship.parties.distinct",
        "relationship.parties.duplicate",
        "relationship.periodDescription.blank",
        "relationship.basis.blank",
        "relationship.summary.blank",
        "relationship.extensions.key");
  }

  @Test
  void holdsInSeveralPeriodsWithTheEventsThatBeganAndEndedThem() {
    Relationship r =
        relationship()
            .relationshipKind(RelationshipKind.DIPLOMATIC_RELATIONS)
            .addParties(CUBA, DPRK)
            .addPeriod(
                RelationshipPeriod.builder()
                    .span(DateSpan.parse("../1961"))
                    .endedWith(Id.of("broken-off"))
                    .build())
            .addPeriod(
                RelationshipPeriod.builder()
                    .span(DateSpan.parse("2009-03-18/.."))
                    .beganWith(Id.of("restored"))
                    .build())
            .build();
    assertThat(r.periods()).hasSize(2);
    assertThat(r.periods().get(0).span().flatMap(DateSpan::start)).isEmpty();
    assertThat(r.periods().get(1).beganWith()).contains(Id.of("restored"));
    assertThat(r.periods().get(1).isSpanOnly()).isFalse();
    assertThat(Relationship.builder().from(r).build()).isEqualTo(r);
  }

  @Test
  void listsPeriodsInTheOrderOfTime() {
    assertRejected(
        () ->
            relationship()
                .addParties(CUBA, DPRK)
                .addPeriod(RelationshipPeriod.of(DateSpan.parse("1960/1970")))
                .addPeriod(RelationshipPeriod.of(DateSpan.parse("1965/..")))
                .build(),
        new String[] {"periods[1].span"},
        "relationship.periods.order");
    // A period open at its end, followed by one that starts later, and periods sharing a year.
    Relationship r =
        relationship()
            .addParties(CUBA, DPRK)
            .addPeriod(RelationshipPeriod.of(DateSpan.parse("1960/..")))
            .addPeriod(RelationshipPeriod.of(DateSpan.parse("1961/1961-03")))
            .addPeriod(RelationshipPeriod.of(DateSpan.parse("1961-03-20/..")))
            .build();
    assertThat(r.periods()).hasSize(3);
    assertRejected(
        () ->
            relationship()
                .addParties(CUBA, DPRK)
                .addPeriod(RelationshipPeriod.of(DateSpan.parse("1960/..")))
                .addPeriod(RelationshipPeriod.of(DateSpan.parse("1950/1955")))
                .build(),
        new String[] {"periods[1].span"},
        "relationship.periods.order");
  }

  @Test
  void takesASpanOrPeriodsNotBoth() {
    assertRejected(
        () ->
            relationship()
                .addParties(CUBA, DPRK)
                .span(DateSpan.parse("1960/1970"))
                .addPeriod(RelationshipPeriod.of(DateSpan.parse("1980/..")))
                .build(),
        new String[] {"span"},
        "relationship.span.periods");
    assertRejected(
        () ->
            relationship()
                .addParties(CUBA, DPRK)
                .span(DateSpan.parse("1960/1970"))
                .span(DateSpan.parse("1980/.."))
                .build(),
        new String[] {"span"},
        "relationship.span.periods");
  }

  @Test
  void aPeriodSaysSomethingAndDoesNotBeginAndEndWithOneEvent() {
    assertThatThrownBy(() -> RelationshipPeriod.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("relationshipPeriod.empty"));
    Id same = Id.of("talks");
    assertThatThrownBy(() -> RelationshipPeriod.builder().beganWith(same).endedWith(same).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("relationshipPeriod.events.same");
              assertThat(e.findings().get(0).path()).isEqualTo("endedWith");
            });
    assertThat(RelationshipPeriod.builder().endedWith(same).build().span()).isEmpty();
  }
}
