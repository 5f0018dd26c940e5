package dev.diplomacy.spark;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.When;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated dossiers of states, people, meetings and visits, and their NDJSON. */
final class Dossiers {

  private static final List<String> COUNTRIES =
      List.of("US", "KP", "CN", "RU", "CU", "FR", "DE", "JP", "KR", "IN");

  private Dossiers() {}

  /** A dossier of {@code events} events, made from {@code seed}. */
  static Dossier generated(long seed, int events) {
    Random random = new Random(seed);
    Dossier.Builder dossier = Dossier.builder();
    List<Actor> actors = new ArrayList<>();
    for (String c : COUNTRIES) {
      actors.add(State.of(Country.of(c)));
    }
    for (int i = 0; i < 20; i++) {
      actors.add(
          Person.builder()
              .id(Id.of("person-" + i))
              .name(Name.of("Person " + i))
              .nationality(Country.of(COUNTRIES.get(random.nextInt(COUNTRIES.size()))))
              .build());
    }
    actors.forEach(dossier::addActor);
    for (int i = 0; i < events; i++) {
      Actor a = actors.get(random.nextInt(actors.size()));
      Actor b = actors.get(random.nextInt(actors.size()));
      while (b.equals(a)) {
        b = actors.get(random.nextInt(actors.size()));
      }
      int month = 1 + random.nextInt(12);
      When when =
          random.nextInt(10) == 0
              ? When.on(String.format("2018-%02d", month))
              : When.on(String.format("2018-%02d-%02d", month, 1 + random.nextInt(28)));
      if (random.nextBoolean()) {
        dossier.addEvent(
            Meeting.builder()
                .id(Id.of("meeting-" + i))
                .when(when)
                .addParticipants(Participant.of(a.id()), Participant.of(b.id()))
                .build());
      } else {
        dossier.addEvent(
            Visit.builder()
                .id(Id.of("visit-" + i))
                .when(when)
                .addVisitor(a.id())
                .host(b.id())
                .build());
      }
    }
    return dossier.build();
  }

  /** Writes the dossier's NDJSON to a file in {@code dir}, header and actors first. */
  static Path ndjson(Dossier dossier, Path dir) throws IOException {
    Path file = dir.resolve("dossier.ndjson");
    try (OutputStream out = Files.newOutputStream(file)) {
      NdjsonWriter.writeDossier(DiplomacyJson.strict(), dossier, out);
    }
    return file;
  }
}
