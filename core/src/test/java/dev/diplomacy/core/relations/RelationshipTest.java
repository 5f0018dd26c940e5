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
    assertThat(r.span()).isEmpty();
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
    assertThat(r.span().map(DateSpan::toString)).contains("1960/..");
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
}
