package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
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

  @Test
  void matchesItsGoldenFile() {
    Golden.check("relationship.json", RELATIONSHIP, Relationship.class);
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
