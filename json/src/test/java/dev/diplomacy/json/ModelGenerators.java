package dev.diplomacy.json;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.ActorGenerators;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.Position;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventGenerators;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Precedent;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.relations.RelationshipPeriod;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.sources.SourceKind;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of whole dossiers for the binding's round trips: the actors and events
 * of core's generators, with sources, relationships, and extensions on the objects nested at every
 * depth (a place's coordinates, a position's span, a citation of a relationship).
 *
 * <p>Extension names are namespaced ({@code acme:confidence}), which both modes read; with {@code
 * plain} true, some are plain names ({@code futureField}), which only lenient reading keeps, as the
 * properties of a newer format would be.
 */
final class ModelGenerators {

  private static final List<String> NAMESPACED =
      List.of("acme:confidence", "icews:storyId", "x-y:z", "acme:a/b~c");
  private static final List<String> PLAIN = List.of("futureField", "note", "type2");
  private static final List<String> URLS =
      List.of(
          "https://kcna.kp/en/article/q/1.kcmsd",
          "http://example.org/a?b=c&d=e#f",
          "https://www.breitbart.com/national-security/2018/07/10/kim-jong-un-exchanges-wholehearted-greetings/",
          "https://example.org/%E2%82%AC/caf%C3%A9");

  private final boolean plain;

  private ModelGenerators(boolean plain) {
    this.plain = plain;
  }

  /** Generators whose extensions are all namespaced: for strict and lenient reading. */
  static ModelGenerators namespaced() {
    return new ModelGenerators(false);
  }

  /** Generators whose extensions are sometimes plain names: for lenient reading only. */
  static ModelGenerators withPlainNames() {
    return new ModelGenerators(true);
  }

  private static <T> T pick(List<T> values, RandomnessSource in) {
    return Generate.pick(values).generate(in);
  }

  private static int range(int min, int max, RandomnessSource in) {
    return Generate.range(min, max).generate(in);
  }

  private static boolean coin(RandomnessSource in) {
    return Generate.booleans().generate(in);
  }

  /** Zero to two extensions, half the time none. */
  Map<String, ExtensionValue> extensions(RandomnessSource in) {
    Map<String, ExtensionValue> out = new LinkedHashMap<>();
    if (coin(in)) {
      for (int i = range(1, 2, in); i > 0; i--) {
        String name = plain && coin(in) ? pick(PLAIN, in) : pick(NAMESPACED, in);
        out.put(name, JsonGenerators.extensionValues(2).generate(in));
      }
    }
    return out;
  }

  /** {@code values}, each given extensions by {@code decorate}. */
  private static <T> List<T> each(List<T> values, UnaryOperator<T> decorate) {
    return values.stream().map(decorate).collect(Collectors.toList());
  }

  private Citation citation(Citation c, RandomnessSource in) {
    return c.withExtensions(extensions(in));
  }

  /** A dataset coding with extensions, on its PLOVER category too. */
  private DatasetCoding datasetCoding(DatasetCoding c, RandomnessSource in) {
    return c.withExtensions(extensions(in))
        .withPlover(c.plover().map(m -> m.withExtensions(extensions(in))));
  }

  private DateSpan span(DateSpan s, RandomnessSource in) {
    return s.withExtensions(extensions(in));
  }

  /** A place with every part varied, its coordinates with extensions too. */
  private Place place(RandomnessSource in) {
    Place p = JsonGenerators.places().generate(in).withExtensions(extensions(in));
    p = p.withAdmin1(p.admin1().map(a -> a.withExtensions(extensions(in))));
    p = p.withAdmin2(p.admin2().map(a -> a.withExtensions(extensions(in))));
    p = p.withArea(p.area().map(a -> a.withExtensions(extensions(in))));
    return p.coordinates().isPresent()
        ? p.withCoordinates(p.coordinates().get().withExtensions(extensions(in)))
        : p;
  }

  /**
   * Any event of core's generators, its when and place replaced by richer ones, and extensions
   * added to its nested objects. Strict reading refuses opaque events, so they come only when
   * {@code opaque} is true.
   */
  Gen<Event> events(boolean opaque) {
    Gen<Event> events =
        opaque
            ? EventGenerators.events()
            : EventGenerators.events().assuming(e -> e.kind() != EventKind.OPAQUE);
    return in -> {
      Event e = events.generate(in);
      Event.Builder<?> b = EventGenerators.builderOf(e);
      Optional<Precedent> precedent = e.precedent();
      if (e.when().isPresent()) {
        When when = JsonGenerators.whens().generate(in).withExtensions(extensions(in));
        b.when(when);
        // A precedent counts since a date before the event: keep its since only where it still is.
        precedent =
            precedent.map(
                p ->
                    p.since().filter(since -> since.isAfter(when.date())).isPresent()
                        ? p.withSince(Optional.empty())
                        : p);
      }
      b.precedent(precedent.map(p -> p.withExtensions(extensions(in))));
      if (e.place().isPresent()) {
        b.place(place(in));
      }
      b.citations(each(e.citations(), c -> citation(c, in)))
          .links(each(e.links(), l -> l.withExtensions(extensions(in))))
          .about(each(e.about(), a -> a.withExtensions(extensions(in))))
          .datasetCodings(each(e.datasetCodings(), c -> datasetCoding(c, in)))
          .extensions(merged(e.extensions(), extensions(in)));
      return withExtensionsOfItsOwn(b.build(), in);
    };
  }

  /** Any actor of core's generators, with extensions on its names and positions. */
  Gen<Actor> actors() {
    return in -> {
      Actor a = ActorGenerators.actors().generate(in);
      UnaryOperator<Name> name = n -> n.withExtensions(extensions(in));
      Actor.Builder<?> b = builderOf(a).name(name.apply(a.name()));
      a =
          b.otherNames(each(a.otherNames(), name))
              .extensions(merged(a.extensions(), extensions(in)))
              .build();
      if (a instanceof Person p) {
        UnaryOperator<Position> position =
            x -> x.withExtensions(extensions(in)).withHeld(x.held().map(h -> span(h, in)));
        a = p.withPositions(each(p.positions(), position));
      }
      return a;
    };
  }

  /**
   * {@code Person.builder().from(p)} and the like: a builder of {@code a}'s kind, filled from it.
   */
  private static Actor.Builder<?> builderOf(Actor a) {
    if (a instanceof Person p) {
      return Person.builder().from(p);
    } else if (a instanceof Organization o) {
      return Organization.builder().from(o);
    } else {
      return State.builder().from((State) a);
    }
  }

  /** Sources with every attribute varied. */
  Gen<Source> sources() {
    return in -> {
      Optional<Id> publisher = EventGenerators.actors().toOptionals(50).generate(in);
      Optional<URI> url = Generate.pick(URLS).map(URI::create).toOptionals(50).generate(in);
      Optional<String> title = EventGenerators.optionalTexts().generate(in);
      Source.Builder b =
          Source.builder()
              .id(Id.of("source-" + range(0, 20, in)))
              .sourceKind(Generate.enumValues(SourceKind.class).toOptionals(70).generate(in))
              .publisher(publisher)
              .distributor(EventGenerators.actors().toOptionals(30).generate(in))
              .title(
                  publisher.isEmpty() && url.isEmpty()
                      ? Optional.of(title.orElse("untitled"))
                      : title)
              .url(url)
              .published(ActorGenerators.partialDates().toOptionals(60).generate(in))
              .language(
                  Generate.pick(List.of("en", "ko", "es-CU", "zh-Hant"))
                      .toOptionals(50)
                      .generate(in))
              .extensions(extensions(in));
      for (int i = range(0, 2, in); i > 0; i--) {
        b.addAuthor(EventGenerators.texts().generate(in));
      }
      for (int i = range(0, 2, in); i > 0; i--) {
        Id other = Id.of("source-" + (21 + i));
        b.addBasedOn(other);
      }
      return b.build();
    };
  }

  /** Relationships with every attribute varied. */
  Gen<Relationship> relationships() {
    return in -> {
      Relationship.Builder b =
          Relationship.builder()
              .id(Id.of("relationship-" + range(0, 99, in)))
              .parties(EventGenerators.distinctActors(2, 4).generate(in))
              .relationshipKind(Generate.enumValues(RelationshipKind.class).generate(in))
              .periodDescription(EventGenerators.optionalTexts().generate(in))
              .basis(EventGenerators.optionalTexts().generate(in))
              .agreements(
                  EventGenerators.distinctActors(0, 2).generate(in).stream()
                      .map(id -> Id.of("agreement-" + id.value()))
                      .toList())
              .summary(EventGenerators.optionalTexts().generate(in))
              .extensions(extensions(in));
      if (coin(in)) {
        b.certainty(Generate.enumValues(Certainty.class).generate(in));
      }
      if (coin(in)) {
        // The short form of format 1.0, which reads as one period.
        JsonGenerators.dateSpans().toOptionals(50).generate(in).ifPresent(s -> b.span(span(s, in)));
      } else {
        b.periods(periods(in));
      }
      for (int i = range(0, 2, in); i > 0; i--) {
        b.addCitation(
            citation(
                Citation.builder()
                    .source(Id.of("source-" + i))
                    .quote(EventGenerators.optionalTexts().generate(in))
                    .build(),
                in));
      }
      return b.build();
    };
  }

  /**
   * Up to 3 periods in the order of time, ten years apart: the first may have no start, the last no
   * end; each a span, an event that began it or one that ended it, or several of them.
   */
  private List<RelationshipPeriod> periods(RandomnessSource in) {
    List<RelationshipPeriod> out = new ArrayList<>();
    int count = range(0, 3, in);
    int year = range(1900, 1990, in);
    for (int i = 0; i < count; i++, year += 10) {
      RelationshipPeriod.Builder p = RelationshipPeriod.builder().extensions(extensions(in));
      boolean openStart = i == 0 && coin(in);
      boolean openEnd = i == count - 1 && coin(in);
      boolean spanned = coin(in);
      if (spanned) {
        p.span(
            span(
                openStart
                    ? DateSpan.until(PartialDate.ofYear(year + 5))
                    : openEnd
                        ? DateSpan.since(PartialDate.ofYear(year))
                        : DateSpan.of(PartialDate.ofYear(year), PartialDate.ofYear(year + 5)),
                in));
      }
      if (!spanned || coin(in)) {
        p.beganWith(Id.of("began-" + i));
      }
      if (coin(in)) {
        p.endedWith(Id.of("ended-" + i));
      }
      out.add(p.build());
    }
    return out;
  }

  /**
   * Dossiers of up to 4 actors, 6 events, 2 relationships and 3 sources, in format 1.0 or a later
   * minor version.
   */
  Gen<Dossier> dossiers(boolean opaque) {
    return in -> {
      Dossier.Builder b =
          Dossier.builder()
              .formatVersion(
                  pick(List.of(Dossier.FORMAT_VERSION, Dossier.FORMAT_VERSION, "1.7"), in))
              .title(EventGenerators.optionalTexts().generate(in))
              .extensions(extensions(in));
      for (int i = range(0, 4, in); i > 0; i--) {
        b.addActor(actors().generate(in));
      }
      for (int i = range(0, 6, in); i > 0; i--) {
        b.addEvent(events(opaque).generate(in));
      }
      for (int i = range(0, 2, in); i > 0; i--) {
        b.addRelationship(relationships().generate(in));
      }
      for (int i = range(0, 3, in); i > 0; i--) {
        b.addSource(sources().generate(in));
      }
      return b.build();
    };
  }

  /** {@code e} with extensions on the participants and items it lists, when it lists any. */
  private Event withExtensionsOfItsOwn(Event e, RandomnessSource in) {
    UnaryOperator<Participant> participant = p -> p.withExtensions(extensions(in));
    // Some agents with extensions, so that they are written as objects; the others as ids.
    UnaryOperator<Agent> agent = a -> coin(in) ? a.withExtensions(extensions(in)) : a;
    return switch (e.kind()) {
      case MEETING -> {
        Meeting m = (Meeting) e;
        yield m.withParticipants(each(m.participants(), participant));
      }
      case CODED -> {
        CodedEvent c = (CodedEvent) e;
        yield c.withParticipants(each(c.participants(), participant));
      }
      case OPAQUE -> {
        OpaqueEvent o = (OpaqueEvent) e;
        yield o.withParticipants(each(o.participants(), participant));
      }
      case MATERIAL_TRANSFER -> {
        MaterialTransfer t = (MaterialTransfer) e;
        yield t.withItems(each(t.items(), i -> i.withExtensions(extensions(in))));
      }
      case MESSAGE -> {
        Message m = (Message) e;
        yield m.withSender(agent.apply(m.sender()));
      }
      case VISIT -> {
        Visit v = (Visit) e;
        yield v.withVisitors(each(v.visitors(), agent));
      }
      case AGREEMENT -> {
        Agreement a = (Agreement) e;
        yield a.withSignatories(each(a.signatories(), agent))
            .withProvisions(each(a.provisions(), p -> p.withExtensions(extensions(in))));
      }
      case SUPPORT_PLEDGE, DELEGATION, MOURNING, STATEMENT, RELATIONS_CHANGE -> e;
    };
  }

  private static Map<String, ExtensionValue> merged(
      Map<String, ExtensionValue> a, Map<String, ExtensionValue> b) {
    Map<String, ExtensionValue> out = new LinkedHashMap<>(a);
    out.putAll(b);
    return out;
  }
}
