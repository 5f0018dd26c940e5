package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.geography.Area;
import dev.diplomacy.core.geography.AreaKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meetings in areas of no one country: the paragraph "Places of no one country" of EventCoding. */
class AreaCodingTest {

  private static final Id KIM = Id.of("kim-jong-un");
  private static final Id MOON = Id.of("moon-jae-in");
  private static final Id TRUMP = Id.of("donald-trump");
  private static final Id MODI = Id.of("narendra-modi");
  private static final Id XI = Id.of("xi-jinping");
  private static final Id UNC = Id.of("united-nations-command");

  private static final Dossier DOSSIER =
      Dossier.builder()
          .addActors(
              person(KIM, "Kim Jong-un", "KP"),
              person(MOON, "Moon Jae-in", "KR"),
              person(TRUMP, "Donald Trump", "US"),
              person(MODI, "Narendra Modi", "IN"),
              person(XI, "Xi Jinping", "CN"),
              Organization.builder()
                  .id(UNC)
                  .name(Name.of("United Nations Command"))
                  .organizationKind(OrganizationKind.MILITARY)
                  .build())
          .build();

  /** The Joint Security Area at Panmunjom, administered by the UN Command and North Korea. */
  private static final Place PANMUNJOM =
      Place.builder()
          .locality("Panmunjom")
          .venue("Peace House")
          .area(
              Area.builder()
                  .areaKind(AreaKind.JOINTLY_ADMINISTERED)
                  .name("Joint Security Area")
                  .addCountries(Country.of("KP"), Country.of("KR"))
                  .addAdministrators(UNC, KIM)
                  .build())
          .build();

  private static Person person(Id id, String name, String country) {
    return Person.builder().id(id).name(Name.of(name)).nationality(Country.of(country)).build();
  }

  private static Meeting.Builder meeting(Place place, Participant... participants) {
    return Meeting.builder().id(Id.of("m")).place(place).addParticipants(participants);
  }

  private static List<String> codings(Meeting m, boolean withDossier) {
    List<DirectedCoding> all =
        withDossier ? EventCoding.codings(m, DOSSIER) : EventCoding.codings(m);
    return all.stream().map(DirectedCoding::toString).toList();
  }

  @Test
  void aSummitInAJointlyAdministeredZoneIsAThirdLocationForBothKoreas() {
    Meeting summit = meeting(PANMUNJOM, Participant.of(KIM), Participant.of(MOON)).build();
    assertThat(codings(summit, true))
        .containsExactly(
            "044 [kim-jong-un] -> [moon-jae-in]", "044 [moon-jae-in] -> [kim-jong-un]");
    assertThat(codings(summit, false)).isEqualTo(codings(summit, true));
    assertThat(EventCoding.of(summit, DOSSIER).notes())
        .singleElement()
        .asString()
        .contains("Joint Security Area", "no one country's");
  }

  @Test
  void aHostInTheZoneReceivesItsGuestsAtAThirdLocation() {
    Meeting m =
        meeting(
                PANMUNJOM,
                Participant.of(KIM, Role.HOST),
                Participant.of(TRUMP, Role.GUEST),
                Participant.of(MOON, Role.GUEST))
            .build();
    assertThat(codings(m, true))
        .containsExactly(
            "044 [donald-trump] -> [moon-jae-in]",
            "044 [moon-jae-in] -> [donald-trump]",
            "043 [kim-jong-un] -> [donald-trump, moon-jae-in]",
            "042 [donald-trump, moon-jae-in] -> [kim-jong-un]");
  }

  @Test
  void internationalWatersAreAThirdLocationByTheirKind() {
    Place sea = Place.builder().area(Area.of(AreaKind.INTERNATIONAL_WATERS)).build();
    Coding c = EventCoding.of(meeting(sea, Participant.of(KIM), Participant.of(TRUMP)).build());
    assertThat(c.cameo().code()).isEqualTo("044");
    assertThat(c.notes()).singleElement().asString().contains("international waters");
  }

  @Test
  void disputedTerritoryIsAThirdLocationOnlyForThoseWhoDoNotClaimIt() {
    Place kashmir =
        Place.builder()
            .area(
                Area.builder()
                    .areaKind(AreaKind.DISPUTED_TERRITORY)
                    .name("Kashmir")
                    .addCountries(Country.of("IN"), Country.of("PK"))
                    .build())
            .build();
    Meeting claimant = meeting(kashmir, Participant.of(MODI), Participant.of(XI)).build();
    assertThat(EventCoding.of(claimant, DOSSIER).cameo().code()).isEqualTo("040");
    assertThat(EventCoding.of(claimant, DOSSIER).notes())
        .singleElement()
        .asString()
        .contains("narendra-modi", "claims Kashmir");
    Meeting outsiders = meeting(kashmir, Participant.of(KIM), Participant.of(XI)).build();
    assertThat(EventCoding.of(outsiders, DOSSIER).cameo().code()).isEqualTo("044");
    assertThat(EventCoding.of(outsiders).cameo().code()).isEqualTo("040");
    Meeting unknown = meeting(kashmir, Participant.of(KIM), Participant.of(UNC)).build();
    assertThat(EventCoding.of(unknown, DOSSIER).notes())
        .singleElement()
        .asString()
        .contains("united-nations-command", "cannot be told");
    Place unclaimed = Place.builder().area(Area.of(AreaKind.DISPUTED_TERRITORY)).build();
    assertThat(
            EventCoding.of(meeting(unclaimed, Participant.of(KIM), Participant.of(XI)).build())
                .notes())
        .singleElement()
        .asString()
        .contains("claimants");
  }

  @Test
  void aPlaceThatHasACountryIsCodedByItsCountry() {
    Place southOfTheLine = PANMUNJOM.withCountry(Country.of("KR"));
    Meeting m = meeting(southOfTheLine, Participant.of(KIM), Participant.of(MOON)).build();
    assertThat(EventCoding.of(m, DOSSIER).cameo().code()).isEqualTo("040");
  }
}
