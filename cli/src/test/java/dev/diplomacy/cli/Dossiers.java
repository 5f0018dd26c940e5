package dev.diplomacy.cli;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.sources.SourceKind;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.json.DiplomacyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small dossiers for the tests, and files of them. */
final class Dossiers {

  static final Id RI = Id.of("ri-su-yong");
  static final Id CASTRO = Id.of("raul-castro");
  static final Id KIM = Id.of("kim-jong-un");
  static final Id KCNA = Id.of("kcna-report");
  static final Id TALKS = Id.of("havana-talks");
  static final Id GREETINGS = Id.of("kim-greetings");

  private Dossiers() {}

  /** Three people, a source, a meeting in Havana and a message: valid, without findings. */
  static Dossier small() {
    return Dossier.builder()
        .title("Havana, 5 July 2018")
        .addActors(
            Person.builder()
                .id(RI)
                .name(Name.of("Ri Su-yong"))
                .nationality(Country.of("KP"))
                .build(),
            Person.builder()
                .id(CASTRO)
                .name(Name.of("Raúl Castro"))
                .nationality(Country.of("CU"))
                .build(),
            Person.builder()
                .id(KIM)
                .name(Name.of("Kim Jong-un"))
                .nationality(Country.of("KP"))
                .build())
        .addSources(
            Source.builder()
                .id(KCNA)
                .title("Kim Jong Un Sends Greetings to Raúl Castro")
                .sourceKind(SourceKind.AGENCY_REPORT)
                .published(PartialDate.parse("2018-07-09"))
                .build())
        .addEvents(
            Meeting.builder()
                .id(TALKS)
                .when(When.on("2018-07-05"))
                .place(Place.of("Havana", Country.of("CU")))
                .addParticipant(Participant.of(RI, Role.GUEST))
                .addParticipant(Participant.of(CASTRO, Role.HOST))
                .addCitation(Citation.of(KCNA))
                .build(),
            Message.builder()
                .id(GREETINGS)
                .when(When.on("2018-07"))
                .sender(KIM)
                .addRecipient(CASTRO)
                .envoy(RI)
                .messageKind(MessageKind.GREETINGS)
                .addCitation(Citation.of(KCNA))
                .build())
        .addActors(State.of(Id.of("cuba"), Country.of("CU")))
        .build();
  }

  /** The dossier as JSON. */
  static String json(Dossier dossier) {
    return DiplomacyJson.strict().write(dossier);
  }

  /** Writes {@code text} into {@code dir/name}, in UTF-8. */
  static Path file(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
