package dev.diplomacy.examples;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.events.VisitKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The data of the {@link InteractionCounter} example: synthetic, generated from a fixed seed, so
 * the same every time. Ten states, each with a leader, a foreign minister and a foreign ministry;
 * an international organisation without a country; and {@value #EVENT_COUNT} meetings, messages,
 * visits, support pledges and statements between them from 2015 to 2020, some with an actor the
 * dossier does not know, some without a date, dated to the day, the month or the year.
 *
 * <p>The generated files ship with the examples, in {@code dev/diplomacy/examples/}: {@value
 * #EVENTS_RESOURCE} (the events, NDJSON) and {@value #ACTORS_RESOURCE} (the actors, a dossier). A
 * test checks that they hold what the generator makes. To write them again, from the project's
 * directory: {@code mvn -B -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=dev.diplomacy.examples.InteractionData
 * -Dexec.args=examples/src/main/resources/dev/diplomacy/examples}.
 */
public final class InteractionData {

  /** The seed of the generator. */
  public static final long SEED = 20180705L;

  /** How many events the generator makes. */
  public static final int EVENT_COUNT = 500;

  /** The file name of the events. */
  public static final String EVENTS_RESOURCE = "interactions.ndjson";

  /** The file name of the actors. */
  public static final String ACTORS_RESOURCE = "interactions-actors.json";

  /** An actor that events name but the dossier of actors does not have. */
  public static final Id UNKNOWN_ACTOR = Id.of("unidentified-envoy");

  private static final List<String> CODES =
      List.of("BY", "CN", "CU", "IR", "KP", "LA", "RU", "SY", "VE", "VN");

  private InteractionData() {}

  /**
   * The state of the country with ISO code {@code code}: its id is the code in lower case, {@code
   * kp}.
   */
  public static Id state(String code) {
    return Id.of(code.toLowerCase(Locale.ROOT));
  }

  /** The leader of the country with ISO code {@code code}: {@code kp-leader}. */
  public static Id leader(String code) {
    return Id.of(code.toLowerCase(Locale.ROOT) + "-leader");
  }

  /**
   * The foreign minister of the country with ISO code {@code code}: {@code kp-foreign-minister}.
   */
  public static Id foreignMinister(String code) {
    return Id.of(code.toLowerCase(Locale.ROOT) + "-foreign-minister");
  }

  /**
   * The foreign ministry of the country with ISO code {@code code}: {@code kp-foreign-ministry}.
   */
  public static Id foreignMinistry(String code) {
    return Id.of(code.toLowerCase(Locale.ROOT) + "-foreign-ministry");
  }

  /** The international organisation, which has no country. */
  public static final Id FORUM = Id.of("friendship-forum");

  /**
   * The actors: for each country its state, leader, foreign minister and ministry, then the forum.
   */
  public static Dossier actors() {
    List<Actor> actors = new ArrayList<>();
    for (String code : CODES) {
      Country country = Country.of(code);
      actors.add(State.of(state(code), country));
      actors.add(
          Person.builder()
              .id(leader(code))
              .name(Name.of("Leader of " + country.name()))
              .nationality(country)
              .build());
      actors.add(
          Person.builder()
              .id(foreignMinister(code))
              .name(Name.of("Foreign Minister of " + country.name()))
              .nationality(country)
              .build());
      actors.add(
          Organization.builder()
              .id(foreignMinistry(code))
              .name(Name.of("Ministry of Foreign Affairs of " + country.name()))
              .organizationKind(OrganizationKind.MINISTRY)
              .country(country)
              .build());
    }
    actors.add(
        Organization.builder()
            .id(FORUM)
            .name(Name.of("Friendship Forum"))
            .organizationKind(OrganizationKind.INTERNATIONAL_ORGANIZATION)
            .description("A synthetic international organisation, for the example")
            .build());
    return Dossier.builder()
        .title("Actors of the interaction example (synthetic)")
        .addAllActors(actors)
        .build();
  }

  /** The {@value #EVENT_COUNT} events, the same every time. */
  public static List<Event> events() {
    Random random = new Random(SEED);
    List<Id> people = new ArrayList<>();
    for (String code : CODES) {
      people.add(leader(code));
      people.add(foreignMinister(code));
      people.add(foreignMinistry(code));
    }
    people.add(FORUM);
    people.add(UNKNOWN_ACTOR);
    List<Event> events = new ArrayList<>(EVENT_COUNT);
    for (int i = 1; i <= EVENT_COUNT; i++) {
      Id id = Id.of(String.format(Locale.ROOT, "event-%04d", i));
      Optional<When> when =
          random.nextInt(20) == 0 ? Optional.empty() : Optional.of(When.on(date(random)));
      Id a = pick(random, people);
      Id b = pickOther(random, people, a);
      String hostCode = CODES.get(random.nextInt(CODES.size()));
      Event event =
          switch (random.nextInt(5)) {
            case 0 -> {
              var m =
                  Meeting.builder()
                      .id(id)
                      .place(Place.of(Country.of(hostCode)))
                      .addParticipant(Participant.of(a, Role.GUEST))
                      .addParticipant(Participant.of(b, Role.HOST));
              if (random.nextInt(4) == 0) {
                m.addParticipant(Participant.of(pickOther(random, people, a, b), Role.PARTICIPANT));
              }
              when.ifPresent(m::when);
              yield m.build();
            }
            case 1 -> {
              var m =
                  Message.builder()
                      .id(id)
                      .sender(a)
                      .addRecipient(b)
                      .messageKind(
                          MessageKind.values()[random.nextInt(MessageKind.values().length)]);
              when.ifPresent(m::when);
              yield m.build();
            }
            case 2 -> {
              var v =
                  Visit.builder()
                      .id(id)
                      .addVisitor(a)
                      .host(state(hostCode).equals(a) ? b : state(hostCode))
                      .place(Place.of(Country.of(hostCode)))
                      .visitKind(VisitKind.values()[random.nextInt(VisitKind.values().length)]);
              when.ifPresent(v::when);
              yield v.build();
            }
            case 3 -> {
              var s =
                  SupportPledge.builder()
                      .id(id)
                      .pledger(a)
                      .beneficiary(b)
                      .addSupportKind(
                          SupportKind.values()[random.nextInt(SupportKind.values().length)]);
              when.ifPresent(s::when);
              yield s.build();
            }
            default -> {
              var s =
                  Statement.builder()
                      .id(id)
                      .speaker(a)
                      .addSubject(b)
                      .statementKind(
                          StatementKind.values()[random.nextInt(StatementKind.values().length)]);
              when.ifPresent(s::when);
              yield s.build();
            }
          };
      events.add(event);
    }
    return events;
  }

  /**
   * A date from 2015 to 2020: to the day seven times in ten, to the month twice, to the year once.
   */
  private static PartialDate date(Random random) {
    int year = 2015 + random.nextInt(6);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    int precision = random.nextInt(10);
    return precision < 7
        ? PartialDate.of(year, month, day)
        : precision < 9 ? PartialDate.ofYearMonth(year, month) : PartialDate.ofYear(year);
  }

  private static Id pick(Random random, List<Id> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  private static Id pickOther(Random random, List<Id> ids, Id... not) {
    while (true) {
      Id id = pick(random, ids);
      if (!List.of(not).contains(id)) {
        return id;
      }
    }
  }

  /** The shipped events, as NDJSON; close the stream when done. */
  public static InputStream shippedEvents() {
    InputStream in = InteractionData.class.getResourceAsStream(EVENTS_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the examples jar lacks " + EVENTS_RESOURCE);
    }
    return in;
  }

  /** The shipped actors, read from their JSON. */
  public static Dossier shippedActors() {
    try (InputStream in = InteractionData.class.getResourceAsStream(ACTORS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the examples jar lacks " + ACTORS_RESOURCE);
      }
      return DiplomacyJson.strict().read(in, Dossier.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the two files into the directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: InteractionData DIRECTORY");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    try (OutputStream out = Files.newOutputStream(dir.resolve(EVENTS_RESOURCE));
        NdjsonWriter<Event> writer = NdjsonWriter.of(DiplomacyJson.strict(), Event.class, out)) {
      events().forEach(writer::write);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve(ACTORS_RESOURCE))) {
      DiplomacyJson.strict().mapper().writerWithDefaultPrettyPrinter().writeValue(out, actors());
      out.write('\n');
    }
  }
}
