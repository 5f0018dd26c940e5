package dev.diplomacy.benchmarks;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.sources.SourceKind;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Valid events made up deterministically: event {@code i} is always the same, whatever else is
 * made, so a million of them can be written one by one in constant memory. The mix: 30% meetings,
 * 20% messages, 15% statements, 10% visits, 10% pledges of support and 15% coded events, each with
 * a date, most with a place and one or two citations, some with quotes, links and external ids.
 */
public final class EventGenerator {

  /** How many actors the events name: {@code actor-0} to {@code actor-1999}. */
  public static final int ACTORS = 2_000;

  /**
   * How many sources a first citation names ({@code source-0} to {@code source-4999}); second
   * citations name as many others ({@code source-5000} to {@code source-9999}).
   */
  public static final int SOURCES = 5_000;

  private static final String[] COUNTRIES = {
    "CU", "KP", "RU", "US", "CN", "FR", "DE", "IN", "BR", "ZA", "JP", "KR", "VE", "SY", "IR", "TR",
    "EG", "NG", "MX", "GB"
  };
  private static final String[] CITIES = {
    "Havana", "Pyongyang", "Moscow", "Washington", "Beijing", "Paris", "Berlin", "New Delhi",
        "Brasília", "Pretoria",
    "Tokyo", "Seoul", "Caracas", "Damascus", "Tehran", "Ankara", "Cairo", "Abuja", "Mexico City",
        "London"
  };
  private static final String[] TOPICS = {
    "trade",
    "security",
    "energy",
    "the nuclear programme",
    "sanctions",
    "tourism",
    "education",
    "health"
  };
  private static final String[] WORDS = {
    "warm", "greetings", "firm", "support", "solidarity", "friendship", "cooperation", "deep",
        "thanks", "concern",
    "peace", "development", "relations", "between", "the", "two", "countries", "and", "peoples",
        "Raúl"
  };
  private static final String[] CAMEO = {
    "036", "046", "061", "071", "0311", "084", "112", "120", "163", "190"
  };

  private EventGenerator() {}

  /** Event number {@code i}, from 0. */
  public static Event event(int i) {
    SplittableRandom r = new SplittableRandom(0x5EED_0000_0000L + i);
    Id id = Id.of("event-" + i);
    int kind = r.nextInt(100);
    int first = r.nextInt(ACTORS);
    Id a = actor(first);
    Id b = actor((first + 1 + r.nextInt(ACTORS - 1)) % ACTORS);
    Envelope e = envelope(r);
    if (kind < 30) {
      Meeting.Builder m =
          Meeting.builder()
              .id(id)
              .when(e.when)
              .place(e.place)
              .addAllCitations(e.citations)
              .certainty(e.certainty)
              .summary(e.summary)
              .addAllLinks(e.links)
              .addAllExternalIds(e.externalIds);
      boolean hosted = r.nextBoolean();
      m.addParticipant(Participant.of(a, hosted ? Role.HOST : Role.PARTICIPANT));
      m.addParticipant(Participant.of(b, hosted ? Role.GUEST : Role.PARTICIPANT));
      if (r.nextInt(4) == 0) {
        m.addParticipant(
            Participant.builder()
                .actor(actor(ACTORS + r.nextInt(100)))
                .role(Role.DELEGATION_MEMBER)
                .capacity("adviser")
                .build());
      }
      m.format(MeetingFormat.BILATERAL);
      for (int t = r.nextInt(3); t > 0; t--) {
        m.addTopic(TOPICS[r.nextInt(TOPICS.length)] + " (" + t + ")");
      }
      if (r.nextBoolean()) {
        m.atmosphere(r.nextBoolean() ? "friendly" : "frank and constructive");
      }
      return m.build();
    } else if (kind < 50) {
      Message.Builder m =
          Message.builder()
              .id(id)
              .when(e.when)
              .place(e.place)
              .addAllCitations(e.citations)
              .certainty(e.certainty)
              .summary(e.summary)
              .addAllLinks(e.links)
              .addAllExternalIds(e.externalIds);
      m.sender(a).addRecipient(b);
      if (r.nextBoolean()) {
        m.envoy(actor(ACTORS + 200 + r.nextInt(100)));
      }
      MessageKind[] kinds = MessageKind.values();
      return m.messageKind(kinds[r.nextInt(kinds.length)])
          .content(words(r, 3 + r.nextInt(8)))
          .build();
    } else if (kind < 65) {
      StatementKind[] kinds = StatementKind.values();
      return Statement.builder()
          .id(id)
          .when(e.when)
          .place(e.place)
          .addAllCitations(e.citations)
          .certainty(e.certainty)
          .summary(e.summary)
          .addAllLinks(e.links)
          .addAllExternalIds(e.externalIds)
          .speaker(a)
          .addSubject(b)
          .statementKind(kinds[r.nextInt(kinds.length)])
          .content(words(r, 5 + r.nextInt(12)))
          .build();
    } else if (kind < 75) {
      return Visit.builder()
          .id(id)
          .when(e.when)
          .place(e.place)
          .addAllCitations(e.citations)
          .certainty(e.certainty)
          .summary(e.summary)
          .addAllLinks(e.links)
          .addAllExternalIds(e.externalIds)
          .addVisitor(a)
          .host(b)
          .build();
    } else if (kind < 85) {
      SupportKind[] kinds = SupportKind.values();
      return SupportPledge.builder()
          .id(id)
          .when(e.when)
          .place(e.place)
          .addAllCitations(e.citations)
          .certainty(e.certainty)
          .summary(e.summary)
          .addAllLinks(e.links)
          .addAllExternalIds(e.externalIds)
          .pledger(a)
          .beneficiary(b)
          .addSupportKind(kinds[r.nextInt(kinds.length)])
          .content(words(r, 2 + r.nextInt(4)))
          .build();
    } else {
      CodedEvent.Builder c =
          CodedEvent.builder()
              .id(id)
              .when(e.when)
              .place(e.place)
              .addAllCitations(e.citations)
              .certainty(e.certainty)
              .summary(e.summary)
              .addAllLinks(e.links)
              .addAllExternalIds(e.externalIds);
      c.addParticipant(Participant.of(a, Role.SOURCE_ACTOR))
          .addParticipant(Participant.of(b, Role.TARGET_ACTOR))
          .cameoCode(CAMEO[r.nextInt(CAMEO.length)])
          .label(words(r, 4));
      if (r.nextBoolean()) {
        c.intensity(Math.round((r.nextDouble() * 20 - 10) * 10) / 10.0);
      }
      return c.build();
    }
  }

  /**
   * The events from 0 to {@code count - 1}, one a line, as the strict {@link DiplomacyJson} writes
   * them.
   */
  public static byte[] ndjson(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 480);
    write(count, out);
    return out.toByteArray();
  }

  /** The events from 0 to {@code count - 1} in a new temporary file, one a line. */
  public static Path ndjsonFile(int count) throws IOException {
    Path file = Files.createTempFile("diplomacy-events-", ".ndjson");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(count, out);
    }
    return file;
  }

  /**
   * A dossier's NDJSON of the events from 0 to {@code count - 1}: its header, the {@value #ACTORS}
   * actors the events name, the {@code 2 × }{@value #SOURCES} sources they cite, then the events,
   * as {@link NdjsonWriter#ofDossier} writes them: {@link #dossierLines} lines.
   */
  public static byte[] dossierNdjson(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 480 + 2 * SOURCES * 120);
    NdjsonWriter<DossierElement> writer =
        NdjsonWriter.ofDossier(
            DiplomacyJson.strict(),
            Dossier.builder().title("generated: " + count + " events").build(),
            out);
    for (int n = 0; n < ACTORS; n++) {
      writer.write(actorElement(n));
    }
    for (int n = 0; n < 2 * SOURCES; n++) {
      writer.write(source(n));
    }
    for (int i = 0; i < count; i++) {
      writer.write(event(i));
    }
    writer.flush();
    return out.toByteArray();
  }

  /** How many lines {@link #dossierNdjson} writes for {@code count} events. */
  public static int dossierLines(int count) {
    return 1 + ACTORS + 2 * SOURCES + count;
  }

  /** Actor number {@code n}: an organisation every fourth, a person otherwise. */
  static Actor actorElement(int n) {
    String country = COUNTRIES[n % COUNTRIES.length];
    if (n % 4 == 0) {
      return Organization.builder()
          .id(actor(n))
          .name(Name.of("Ministry number " + n))
          .organizationKind(OrganizationKind.MINISTRY)
          .country(Country.of(country))
          .build();
    }
    return Person.builder()
        .id(actor(n))
        .name(Name.of("Person number " + n))
        .nationality(Country.of(country))
        .build();
  }

  /** Source number {@code n}. */
  static Source source(int n) {
    return Source.builder()
        .id(Id.of("source-" + n))
        .sourceKind(SourceKind.ARTICLE)
        .title("Report number " + n)
        .published(PartialDate.of(2010 + n % 10, 1 + n % 12, 1 + n % 28))
        .build();
  }

  private static void write(int count, OutputStream out) {
    NdjsonWriter<Event> writer = NdjsonWriter.of(DiplomacyJson.strict(), Event.class, out);
    for (int i = 0; i < count; i++) {
      writer.write(event(i));
    }
    writer.flush();
  }

  /** What every kind of event has. */
  private record Envelope(
      When when,
      Optional<Place> place,
      List<Citation> citations,
      Certainty certainty,
      Optional<String> summary,
      List<EventLink> links,
      List<ExternalId> externalIds) {}

  private static Envelope envelope(SplittableRandom r) {
    int country = r.nextInt(COUNTRIES.length);
    When when = When.on(PartialDate.of(2010 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    Optional<Place> place = Optional.empty();
    if (r.nextInt(5) > 0) {
      Place.Builder p =
          Place.builder().locality(CITIES[country]).country(Country.of(COUNTRIES[country]));
      if (r.nextBoolean()) {
        p.coordinates(
            Coordinates.of(r.nextInt(180_000) / 1000.0 - 90, r.nextInt(360_000) / 1000.0 - 180));
      }
      place = Optional.of(p.build());
    }
    List<Citation> citations = new ArrayList<>();
    int source = r.nextInt(SOURCES);
    citations.add(
        r.nextBoolean()
            ? Citation.of(Id.of("source-" + source))
            : Citation.of(Id.of("source-" + source), words(r, 3 + r.nextInt(6))));
    if (r.nextInt(3) == 0) {
      citations.add(
          Citation.builder()
              .source(Id.of("source-" + (SOURCES + source)))
              .locator("paragraph " + (1 + r.nextInt(9)))
              .build());
    }
    Certainty[] certainties = Certainty.values();
    Certainty certainty = certainties[r.nextInt(certainties.length)];
    Optional<String> summary =
        r.nextInt(3) == 0 ? Optional.of(words(r, 6 + r.nextInt(10))) : Optional.empty();
    List<EventLink> links =
        r.nextInt(5) == 0
            ? List.of(EventLink.follows(Id.of("earlier-event-" + r.nextInt(1_000_000))))
            : List.of();
    List<ExternalId> externalIds =
        r.nextInt(4) == 0
            ? List.of(ExternalId.of("icews", String.valueOf(20_000_000 + r.nextInt(10_000_000))))
            : List.of();
    return new Envelope(when, place, citations, certainty, summary, links, externalIds);
  }

  private static Id actor(int n) {
    return Id.of("actor-" + n);
  }

  private static String words(SplittableRandom r, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return s.toString();
  }
}
