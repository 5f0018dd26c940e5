package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.relations.RelationshipPeriod;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.DateSpan;
import org.junit.jupiter.api.Test;

class RelationshipCodecTest {

  static final Relationship RELATIONSHIP =
      Relationship.builder()
          .id(Id.of("cuba-north-korea-alliance"))
          .addParty(Id.of("cuba"))
          .addParty(Id.of("north-korea"))
          .relationshipKind(RelationshipKind.ALLIANCE)
          .span(DateSpan.parse("1960/.."))
          .periodDescription("since the onset of the Cold War")
          .basis("anti-Americanism")
          .addAgreement(Id.of("cuba-north-korea-friendship-treaty"))
          .addCitation(
              Citation.builder()
                  .source(Id.of("breitbart-kim-castro-greetings"))
                  .putExtension("acme:page", ExtensionValue.of(2))
                  .build())
          .certainty(Certainty.CONFIRMED)
          .summary("Cuba and North Korea have been allies since the onset of the Cold War")
          .putExtension("acme:strength", ExtensionValue.of("strong"))
          .build();

  /** Relations broken off in 1961 after an undated start, and restored in 2009. */
  static final Relationship BROKEN_AND_RESTORED =
      Relationship.builder()
          .id(Id.of("cuba-costa-rica-relations"))
          .addParty(Id.of("cuba"))
          .addParty(Id.of("costa-rica"))
          .relationshipKind(RelationshipKind.DIPLOMATIC_RELATIONS)
          .addPeriod(
              RelationshipPeriod.builder()
                  .span(DateSpan.parse("../1961"))
                  .endedWith(Id.of("costa-rica-breaks-relations"))
                  .build())
          .addPeriod(
              RelationshipPeriod.builder()
                  .span(DateSpan.parse("2009-03-18/.."))
                  .beganWith(Id.of("relations-restored"))
                  .putExtension("acme:level", ExtensionValue.of("embassy"))
                  .build())
          .build();

  @Test
  void matchesItsGoldenFile() {
    Golden.check("relationship.json", RELATIONSHIP, Relationship.class);
    Golden.check("relationship_periods.json", BROKEN_AND_RESTORED, Relationship.class);
  }

  @Test
  void aSpanIsTheShortFormOfOnePeriodAndDocumentsOfFormatOneZeroReadUnchanged() {
    String old =
        "{\"id\":\"r\",\"parties\":[\"cuba\",\"north-korea\"],\"relationshipKind\":\"alliance\",\"span\":{\"start\":\"1960\"},\"certainty\":\"reported\"}";
    Relationship r = DiplomacyJson.strict().read(old, Relationship.class);
    assertThat(r.periods()).containsExactly(RelationshipPeriod.of(DateSpan.parse("1960/..")));
    assertThat(DiplomacyJson.strict().write(r)).isEqualTo(old);
    // One period with more than a span is written as periods.
    Relationship linked =
        r.withPeriods(
            RelationshipPeriod.builder()
                .span(DateSpan.parse("1960/.."))
                .beganWith(Id.of("established"))
                .build());
    assertThat(DiplomacyJson.strict().write(linked))
        .contains("\"periods\":[{\"span\":{\"start\":\"1960\"},\"beganWith\":\"established\"}]")
        .doesNotContain("\"span\":{\"start\":\"1960\"},\"certainty");
  }

  @Test
  void refusesASpanBesidePeriods() {
    String both =
        "{\"id\":\"r\",\"parties\":[\"cuba\",\"north-korea\"],\"relationshipKind\":\"alliance\",\"certainty\":\"reported\","
            + "\"span\":{\"start\":\"1960\"},\"periods\":[{\"span\":{\"start\":\"1970\"}}]}";
    assertThat(pointersAndCodes(() -> DiplomacyJson.strict().read(both, Relationship.class)))
        .containsExactly(at("/span", "relationship.span.periods"));
  }

  @Test
  void reportsThePeriodsRulesAtTheirPointers() {
    String json =
        "{\"id\":\"r\",\"parties\":[\"cuba\",\"north-korea\"],\"relationshipKind\":\"alliance\",\"certainty\":\"reported\","
            + "\"periods\":[{\"span\":{\"start\":\"1970\"}},{\"span\":{\"end\":\"1965\"}},{}]}";
    assertThat(pointersAndCodes(() -> DiplomacyJson.strict().read(json, Relationship.class)))
        .containsExactly(at("/periods/2/span", "relationshipPeriod.empty"));
    String order =
        "{\"id\":\"r\",\"parties\":[\"cuba\",\"north-korea\"],\"relationshipKind\":\"alliance\",\"certainty\":\"reported\","
            + "\"periods\":[{\"span\":{\"start\":\"1970\",\"end\":\"1980\"}},{\"span\":{\"start\":\"1975\"}}]}";
    assertThat(pointersAndCodes(() -> DiplomacyJson.strict().read(order, Relationship.class)))
        .containsExactly(at("/periods/1/span", "relationship.periods.order"));
    assertThat(
            pointersAndCodes(
                () -> DiplomacyJson.strict().read("{}", dev.diplomacy.core.time.DateSpan.class)))
        .containsExactly(at("/start", "dateSpan.empty"));
  }

  @Test
  void reportsItsRulesAtItsProperties() {
    String json =
        "{\"id\":\"r\",\"parties\":[\"cuba\",\"cuba\"],\"relationshipKind\":\"alliance\",\"certainty\":\"reported\",\"basis\":\"\"}";
    assertThat(pointersAndCodes(() -> DiplomacyJson.strict().read(json, Relationship.class)))
        .containsExactly(
            at("/parties", "relationship.parties.distinct"),
            at("/parties/1", "relationship.parties.duplicate"),
            at("/basis", "relationship.basis.blank"));
  }
}
