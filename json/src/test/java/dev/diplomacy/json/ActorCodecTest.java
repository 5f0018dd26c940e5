package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.Position;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import org.junit.jupiter.api.Test;

class ActorCodecTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  static final Person PERSON =
      Person.builder()
          .id(Id.of("raul-castro"))
          .name(Name.of("Raúl Castro", "es"))
          .addOtherName(Name.of("Raul Castro"))
          .addOtherName(
              Name.builder()
                  .text("Raul Castro Ruz")
                  .putExtension("acme:source", ExtensionValue.of("KCNA"))
                  .build())
          .addExternalId(ExternalId.of("acme", "person-17"))
          .addExternalId(ExternalId.of("icews", "Raúl Castro"))
          .description("First Secretary of the Communist Party of Cuba")
          .putExtension("acme:confidence", ExtensionValue.of(1))
          .nationality(Country.of("CU"))
          .addPosition(
              Position.builder()
                  .title("First Secretary of the Central Committee of the Communist Party of Cuba")
                  .organization(Id.of("communist-party-of-cuba"))
                  .country(Country.of("CU"))
                  .held(
                      DateSpan.builder()
                          .start(PartialDate.ofYear(2011))
                          .end(PartialDate.ofYear(2021))
                          .putExtension("acme:approximate", ExtensionValue.of(true))
                          .build())
                  .putExtension("acme:rank", ExtensionValue.of(1))
                  .build())
          .addPosition(Position.of("General"))
          .born(PartialDate.of(1931, 6, 3))
          .build();

  static final Organization ORGANIZATION =
      Organization.builder()
          .id(Id.of("kcna"))
          .name(Name.of("Korean Central News Agency"))
          .addOtherName(Name.of("KCNA"))
          .addOtherName(Name.of("조선중앙통신", "ko"))
          .addExternalId(ExternalId.of("acme", "organization-3"))
          .description("North Korea's state news agency")
          .putExtension("acme:stateOwned", ExtensionValue.of(true))
          .organizationKind(OrganizationKind.NEWS_MEDIA)
          .country(Country.of("KP"))
          .parent(Id.of("government-of-north-korea"))
          .build();

  static final State STATE =
      State.builder()
          .from(State.of(Country.of("KP")))
          .addOtherName(Name.of("DPRK"))
          .addExternalId(ExternalId.of("cameo", "PRK"))
          .description("a country acting as a whole")
          .putExtension("acme:isolated", ExtensionValue.of(true))
          .build();

  @Test
  void everyKindMatchesItsGoldenFile() {
    Golden.check("person.json", PERSON, Actor.class);
    Golden.check("organization.json", ORGANIZATION, Actor.class);
    Golden.check("state.json", STATE, Actor.class);
  }

  @Test
  void writesTheTypeFirstThenTheSharedPropertiesThenTheKindsOwn() {
    assertThat(JSON.write(State.of(Country.of("CU"))))
        .isEqualTo(
            "{\"type\":\"state\",\"id\":\"cuba\",\"name\":{\"text\":\"Cuba\"},\"country\":\"CU\"}");
  }

  @Test
  void anUnknownTypeOfActorIsRefusedInBothModes() {
    String json = "{\"type\":\"alliance\",\"id\":\"nato\",\"name\":{\"text\":\"NATO\"}}";
    assertThat(pointersAndCodes(() -> JSON.read(json, Actor.class)))
        .containsExactly(at("/type", "json.unknownType"));
    assertThat(pointersAndCodes(() -> DiplomacyJson.lenient().read(json, Actor.class)))
        .containsExactly(at("/type", "json.unknownType"));
  }

  @Test
  void reportsTheRulesOfActorsAndTheirPartsAtTheirProperties() {
    String json =
        "{\"type\":\"person\",\"id\":\"p\",\"name\":{\"text\":\"Kim\"},\"otherNames\":[{\"text\":\"Kim\"},{\"text\":\" \"}],"
            + "\"positions\":[{\"title\":\"Chairman\",\"held\":{\"start\":\"2020\",\"end\":\"2019\"}}],\"born\":\"2018-02-30\"}";
    assertThat(pointersAndCodes(() -> JSON.read(json, Actor.class)))
        .containsExactly(
            at("/otherNames/1/text", "name.text.blank"),
            at("/positions/0/held/end", "dateSpan.order"),
            at("/born", "partialDate.invalid"));
  }

  @Test
  void aDeathWithoutItsDateIsWrittenAsTrueAndFalseIsRefused() {
    Person late =
        Person.builder()
            .id(Id.of("kim-il-sung"))
            .name(Name.of("Kim Il-sung"))
            .deceased(true)
            .build();
    String json = DiplomacyJson.strict().write(late);
    assertThat(json).endsWith(",\"deceased\":true}");
    assertThat(DiplomacyJson.strict().read(json, Actor.class)).isEqualTo(late);
    Golden.check("person-deceased.json", late, Actor.class);
    assertThat(DiplomacyJson.strict().write(late.withDeceased(false))).doesNotContain("deceased");
    assertThat(
            CodecHarness.pointersAndCodes(
                () -> DiplomacyJson.strict().read(json.replace("true", "false"), Actor.class)))
        .containsExactly(CodecHarness.at("/deceased", "json.format"));
    assertThat(
            CodecHarness.pointersAndCodes(
                () ->
                    DiplomacyJson.strict()
                        .read(json.replace("true}", "true,\"died\":\"1994\"}"), Actor.class)))
        .containsExactly(CodecHarness.at("/deceased", "person.deceased.died"));
  }
}
