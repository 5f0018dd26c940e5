package dev.diplomacy.benchmarks;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.examples.ReferenceArticleDossier;
import dev.diplomacy.json.DiplomacyJson;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** The values the benchmarks read and write, and their JSON as the library writes it. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * One meeting with its sources: the talks in Havana of the reference article, with a time, a
   * place with coordinates, three participants, two citations with quotes, a link and an external
   * id.
   */
  public static Meeting meeting() {
    return Meeting.builder()
        .id(Id.of("ri-castro-talks-2018-07-05"))
        .when(
            When.builder()
                .date(PartialDate.of(2018, 7, 5))
                .time(LocalTime.of(10, 30))
                .offset(ZoneOffset.ofHours(-4))
                .build())
        .place(
            Place.builder()
                .name("the Palace of the Revolution")
                .country(Country.of("CU"))
                .locality("Havana")
                .venue("Palace of the Revolution")
                .coordinates(Coordinates.of(23.1224, -82.3842))
                .geonamesId(3553478)
                .build())
        .addCitation(
            Citation.builder()
                .source(ReferenceArticleDossier.KCNA_REPORT)
                .quote("the talk took place in a friendly atmosphere")
                .locator("paragraph 2")
                .build())
        .addCitation(Citation.of(ReferenceArticleDossier.ARTICLE))
        .certainty(Certainty.CONFIRMED)
        .summary("Ri Su-yong and Raúl Castro hold talks in Havana")
        .addLink(EventLink.partOf(Id.of("ri-visit-to-cuba")))
        .addExternalId(ExternalId.of("icews", "27823457"))
        .addParticipant(
            Participant.builder()
                .actor(ReferenceArticleDossier.RAUL_CASTRO)
                .role(Role.HOST)
                .capacity("First Secretary of the Communist Party of Cuba")
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ReferenceArticleDossier.RI_SU_YONG)
                .role(Role.GUEST)
                .capacity("Vice Chairman of the Workers' Party of Korea")
                .build())
        .addParticipant(Participant.of(Id.of("kim-song-nam"), Role.DELEGATION_MEMBER))
        .format(MeetingFormat.BILATERAL)
        .addTopic("bilateral relations")
        .addTopic("the situation on the Korean peninsula")
        .atmosphere("friendly")
        .build();
  }

  /** The reference article's dossier, built by the examples module. */
  public static Dossier dossier() {
    return ReferenceArticleDossier.dossier();
  }

  /** {@code value} as the strict {@link DiplomacyJson} writes it, in UTF-8. */
  public static byte[] json(Object value) {
    return DiplomacyJson.strict().write(value).getBytes(StandardCharsets.UTF_8);
  }
}
