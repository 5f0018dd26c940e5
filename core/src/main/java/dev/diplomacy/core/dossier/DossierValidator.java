package dev.diplomacy.core.dossier;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.Position;
import dev.diplomacy.core.events.About;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.LinkKind;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.Occasion;
import dev.diplomacy.core.events.RelationsChange;
import dev.diplomacy.core.events.RelationsChangeKind;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipPeriod;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The rules of a dossier as a whole. Each finding has a path from the dossier ({@code
 * events[3].recipients[0]}), a stable code and a severity:
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>code</th><th>severity</th><th>rule</th></tr>
 *   <tr><td>{@code dossier.id.duplicate}</td><td>error</td><td>an id names one element only,
 *       across actors, events, relationships and sources</td></tr>
 *   <tr><td>{@code dossier.reference.unresolved}</td><td>error</td><td>every id an element refers
 *       to names an element of the dossier</td></tr>
 *   <tr><td>{@code dossier.reference.kind}</td><td>error</td><td>and an element of the right kind:
 *       participants and the sources and targets of dataset codings are actors, citations name sources, links and a relationship's agreements name events, a position's
 *       organisation and an organisation's parent are organisations, what an event is about is an
 *       actor or an event</td></tr>
 *   <tr><td>{@code dossier.relationship.agreement}</td><td>error</td><td>a relationship's
 *       agreements name agreements</td></tr>
 *   <tr><td>{@code dossier.reply.notMessage}</td><td>error</td><td>a reply points at a
 *       message</td></tr>
 *   <tr><td>{@code dossier.reply.sender}</td><td>error</td><td>the sender of a reply was a
 *       recipient of the message it answers</td></tr>
 *   <tr><td>{@code dossier.reply.cycle}</td><td>error</td><td>replies do not go round in a
 *       circle: a message cannot answer, through other replies, itself</td></tr>
 *   <tr><td>{@code dossier.reply.beforeOriginal}</td><td>error</td><td>a reply is not sent before
 *       the message it answers</td></tr>
 *   <tr><td>{@code dossier.respondsTo.before}, {@code dossier.follows.before}</td><td>error</td>
 *       <td>an event that responds to or follows another does not begin before it</td></tr>
 *   <tr><td>{@code dossier.partOf.outside}</td><td>error</td><td>an event that is part of
 *       another lies within its dates: it neither begins before it begins nor ends after it
 *       ends</td></tr>
 *   <tr><td>{@code dossier.partOf.cycle}</td><td>error</td><td>no event is, through the events
 *       it is part of, part of itself</td></tr>
 *   <tr><td>{@code dossier.parent.cycle}</td><td>error</td><td>no organisation is, through its
 *       parents, its own parent</td></tr>
 *   <tr><td>{@code dossier.basedOn.cycle}</td><td>error</td><td>no source is, through the
 *       sources it is based on, based on itself</td></tr>
 *   <tr><td>{@code dossier.source.beforeEvent}</td><td>error</td><td>a cited source was not
 *       published before the event happened or the relationship began</td></tr>
 *   <tr><td>{@code dossier.position.notHeld}</td><td>warning</td><td>a participant who took part
 *       in a capacity (a participant's, or an agent's: a visitor, a signatory, a sender...) held a position of that title on the event's date</td></tr>
 *   <tr><td>{@code dossier.position.unknown}</td><td>warning</td><td>a person's capacity names one
 *       of their positions</td></tr>
 *   <tr><td>{@code dossier.about.death}</td><td>warning</td><td>an event about a person on the
 *       occasion of their death is about a person the dossier knows to have died ({@code died} or
 *       {@code deceased})</td></tr>
 *   <tr><td>{@code dossier.participant.afterDeath}</td><td>warning</td><td>a person acts in an
 *       event dated after their death (being mourned or spoken of is fine)</td></tr>
 *   <tr><td>{@code dossier.period.change}</td><td>error</td><td>a change of relations that
 *       began a relationship's period establishes or restores relations; one that ended it breaks
 *       them off or suspends them (an unknown id, or one that names no event, is {@code
 *       dossier.reference.unresolved} or {@code dossier.reference.kind})</td></tr>
 *   <tr><td>{@code dossier.period.parties}</td><td>error</td><td>a change of relations that began
 *       or ended a relationship's period has every party of the relationship among its initiators
 *       and counterparts</td></tr>
 *   <tr><td>{@code dossier.period.date}</td><td>warning</td><td>the event that began a period is
 *       dated on the period's start (the two share a day), the one that ended it on its
 *       end</td></tr>
 *   <tr><td>{@code dossier.event.noSource}, {@code dossier.relationship.noSource}</td>
 *       <td>warning</td><td>every event and relationship cites a source</td></tr>
 * </table>
 *
 * <p>Dates are compared as far as they are known: a date is before another only when every day it
 * covers is before every day the other covers, so an event of 5 July 2018 may be part of one of
 * July 2018, and follow one of 2018. The chains of references (replies, parts, parents, sources)
 * are followed in time linear in the dossier, however long they are.
 */
public final class DossierValidator {

  private final Dossier dossier;
  private final List<Finding> findings = new ArrayList<>();

  /** The first element of each id, by the path of its collection entry. */
  private final Map<Id, Object> byId = new HashMap<>();

  private DossierValidator(Dossier dossier) {
    this.dossier = dossier;
  }

  /** Every finding for {@code dossier}. */
  public static ValidationReport validate(Dossier dossier) {
    DossierValidator v = new DossierValidator(dossier);
    v.indexIds();
    v.checkActors();
    v.checkSources();
    v.checkEvents();
    v.checkRelationships();
    return new ValidationReport(v.findings);
  }

  private void indexIds() {
    Map<Id, String> firstPath = new HashMap<>();
    index("actors", dossier.actors(), Actor::id, firstPath);
    index("events", dossier.events(), Event::id, firstPath);
    index("relationships", dossier.relationships(), Relationship::id, firstPath);
    index("sources", dossier.sources(), Source::id, firstPath);
  }

  private <T> void index(
      String collection,
      List<T> elements,
      java.util.function.Function<T, Id> id,
      Map<Id, String> firstPath) {
    for (int i = 0; i < elements.size(); i++) {
      T element = elements.get(i);
      Id key = id.apply(element);
      String path = collection + "[" + i + "]";
      String first = firstPath.putIfAbsent(key, path);
      if (first == null) {
        byId.put(key, element);
      } else {
        error(
            path + ".id",
            "dossier.id.duplicate",
            "the id '" + key + "' is already used by " + first);
      }
    }
  }

  private void checkActors() {
    List<Actor> actors = dossier.actors();
    Cycles parentCycles =
        Cycles.in(
            actors,
            byId,
            Actor::id,
            (actor, to) -> {
              if (actor instanceof Organization o) {
                o.parent().ifPresent(to);
              }
            });
    for (int i = 0; i < actors.size(); i++) {
      String at = "actors[" + i + "]";
      Actor actor = actors.get(i);
      if (actor instanceof Person p) {
        for (int j = 0; j < p.positions().size(); j++) {
          Optional<Id> org = p.positions().get(j).organization();
          if (org.isPresent()) {
            ref(
                at + ".positions[" + j + "].organization",
                org.get(),
                Organization.class,
                "an organization");
          }
        }
      } else if (actor instanceof Organization o && o.parent().isPresent()) {
        ref(at + ".parent", o.parent().get(), Organization.class, "an organization");
        if (parentCycles.on(i)) {
          error(
              at + ".parent",
              "dossier.parent.cycle",
              "the parents of " + o.id() + " go round in a circle back to it");
        }
      }
    }
  }

  private void checkSources() {
    List<Source> sources = dossier.sources();
    Cycles basedOnCycles =
        Cycles.in(sources, byId, Source::id, (source, to) -> source.basedOn().forEach(to));
    for (int i = 0; i < sources.size(); i++) {
      String at = "sources[" + i + "]";
      Source s = sources.get(i);
      s.publisher().ifPresent(id -> ref(at + ".publisher", id, Actor.class, "an actor"));
      s.distributor().ifPresent(id -> ref(at + ".distributor", id, Actor.class, "an actor"));
      for (int j = 0; j < s.basedOn().size(); j++) {
        ref(at + ".basedOn[" + j + "]", s.basedOn().get(j), Source.class, "a source");
      }
      if (basedOnCycles.on(i)) {
        int j = 0;
        while (!basedOnCycles.leadsBack(i, s.basedOn().get(j))) {
          j++;
        }
        error(
            at + ".basedOn[" + j + "]",
            "dossier.basedOn.cycle",
            "the sources " + s.id() + " is based on go round in a circle back to it");
      }
    }
  }

  private void checkEvents() {
    List<Event> events = dossier.events();
    Cycles replyCycles = Cycles.in(events, byId, Event::id, links(LinkKind.REPLY_TO));
    Cycles partOfCycles = Cycles.in(events, byId, Event::id, links(LinkKind.PART_OF));
    for (int i = 0; i < events.size(); i++) {
      String at = "events[" + i + "]";
      Event e = events.get(i);
      List<ActorReferences.Ref> refs = ActorReferences.of(e);
      for (ActorReferences.Ref r : refs) {
        ref(at + "." + r.path(), r.actor(), Actor.class, "an actor");
      }
      Optional<PartialDate> date = e.when().map(w -> w.date());
      checkCitations(at, e.citations(), date, "the event happened");
      if (e.citations().isEmpty()) {
        warning(
            at + ".citations",
            "dossier.event.noSource",
            "the event " + e.id() + " cites no source");
      }
      for (int j = 0; j < e.links().size(); j++) {
        EventLink link = e.links().get(j);
        String path = at + ".links[" + j + "].target";
        if (ref(path, link.target(), Event.class, "an event")) {
          Event target = (Event) byId.get(link.target());
          if (link.linkKind() == LinkKind.REPLY_TO) {
            checkReply(path, e, target);
          } else {
            checkLinkDates(path, e, link.linkKind(), target);
          }
        }
      }
      checkAbout(at, e);
      date.ifPresent(d -> checkParticipants(at, refs, d));
      if (replyCycles.on(i)) {
        reportLinkCycle(
            at, i, e, LinkKind.REPLY_TO, replyCycles, "dossier.reply.cycle", "the replies of ");
      }
      if (partOfCycles.on(i)) {
        reportLinkCycle(
            at,
            i,
            e,
            LinkKind.PART_OF,
            partOfCycles,
            "dossier.partOf.cycle",
            "the events that contain ");
      }
    }
  }

  /**
   * What an event is about names an actor or an event of the dossier; a death it answers to is the
   * death of a person the dossier knows to have died.
   */
  private void checkAbout(String at, Event e) {
    for (int j = 0; j < e.about().size(); j++) {
      About about = e.about().get(j);
      String path = at + ".about[" + j + "].subject";
      Object subject = byId.get(about.subject());
      if (subject == null) {
        error(
            path,
            "dossier.reference.unresolved",
            "no element of the dossier has the id '" + about.subject() + "'");
      } else if (!(subject instanceof Actor || subject instanceof Event)) {
        error(
            path,
            "dossier.reference.kind",
            "'"
                + about.subject()
                + "' must name an actor or an event, but names "
                + describe(subject));
      } else if (about.occasion().orElse(null) == Occasion.DEATH
          && subject instanceof Person person
          && !person.hasDied()) {
        warning(
            path,
            "dossier.about.death",
            "the event answers to the death of "
                + person.id()
                + ", whom the dossier does not know to have died (give died, or deceased)");
      }
    }
  }

  /** The references of an event by its links of one kind. */
  private static BiConsumer<Event, Consumer<Id>> links(LinkKind kind) {
    return (event, to) -> {
      for (EventLink link : event.links()) {
        if (link.linkKind() == kind) {
          to.accept(link.target());
        }
      }
    };
  }

  /**
   * Reports the event at {@code i}, whose chain of links of one kind leads back to itself, at its
   * first link of that kind that leads back.
   */
  private void reportLinkCycle(
      String at, int i, Event start, LinkKind kind, Cycles cycles, String code, String what) {
    List<EventLink> links = start.links();
    int link = 0;
    while (links.get(link).linkKind() != kind || !cycles.leadsBack(i, links.get(link).target())) {
      link++;
    }
    error(
        at + ".links[" + link + "].target",
        code,
        what + start.id() + " go round in a circle back to it");
  }

  /**
   * The rules of dates of a link that is not a reply: an event that responds to or follows another
   * does not begin before it; one that is part of another lies within its dates.
   */
  private void checkLinkDates(String path, Event e, LinkKind kind, Event target) {
    if (e.when().isEmpty() || target.when().isEmpty()) {
      return;
    }
    When self = e.when().get();
    When other = target.when().get();
    switch (kind) {
      case FOLLOWS, RESPONDS_TO -> {
        if (self.date().isBefore(other.date())) {
          error(
              path,
              kind == LinkKind.FOLLOWS ? "dossier.follows.before" : "dossier.respondsTo.before",
              "the event ("
                  + self.date()
                  + ") begins before "
                  + target.id()
                  + " ("
                  + other.date()
                  + "), which it "
                  + (kind == LinkKind.FOLLOWS ? "follows" : "responds to"));
        }
      }
      case PART_OF -> {
        if (self.date().isBefore(other.date()) || self.last().isAfter(other.last())) {
          error(
              path,
              "dossier.partOf.outside",
              "the event ("
                  + self.span()
                  + ") is not within the dates of "
                  + target.id()
                  + " ("
                  + other.span()
                  + "), of which it is part");
        }
      }
      case REPLY_TO, SAME_AS -> {}
    }
  }

  private void checkReply(String path, Event reply, Event original) {
    if (original.kind() != EventKind.MESSAGE) {
      error(
          path,
          "dossier.reply.notMessage",
          "a reply must answer a message, but "
              + original.id()
              + " is a "
              + original.kind().name().toLowerCase(Locale.ROOT));
      return;
    }
    Message m = (Message) original;
    if (reply.kind() == EventKind.MESSAGE
        && !m.recipients().contains(((Message) reply).sender().actor())) {
      error(
          path,
          "dossier.reply.sender",
          "the reply's sender "
              + ((Message) reply).sender().actor()
              + " was not a recipient of "
              + m.id()
              + " (recipients: "
              + m.recipients()
              + ")");
    }
    if (reply.when().isPresent()
        && m.when().isPresent()
        && reply.when().get().date().isBefore(m.when().get().date())) {
      error(
          path,
          "dossier.reply.beforeOriginal",
          "the reply ("
              + reply.when().get().date()
              + ") is dated before the message it answers ("
              + m.when().get().date()
              + ")");
    }
  }

  /**
   * The persons taking part in an event, wherever the event holds them (a meeting's participants, a
   * visit's visitors, an agreement's signatories): alive, and in a capacity they held.
   */
  private void checkParticipants(String at, List<ActorReferences.Ref> refs, PartialDate date) {
    for (ActorReferences.Ref r : refs) {
      Role role = r.role();
      if (role == null || !(byId.get(r.actor()) instanceof Person person)) {
        continue;
      }
      if (person.died().isPresent()
          && person.died().get().isBefore(date)
          && role != Role.MOURNED
          && role != Role.SUBJECT) {
        warning(
            at + "." + r.at(),
            "dossier.participant.afterDeath",
            person.id() + " died in " + person.died().get() + ", before the event (" + date + ")");
      }
      if (r.capacity().isPresent()) {
        checkCapacity(at + "." + r.at() + ".capacity", person, r.capacity().get(), date);
      }
    }
  }

  private void checkCapacity(String path, Person person, String capacity, PartialDate date) {
    List<Position> titled =
        person.positions().stream()
            .filter(pos -> pos.title().equalsIgnoreCase(capacity.strip()))
            .toList();
    if (titled.isEmpty()) {
      warning(
          path,
          "dossier.position.unknown",
          person.id() + " took part as '" + capacity + "', which is none of their positions");
    } else if (titled.stream().noneMatch(pos -> pos.mayBeHeldOn(date))) {
      warning(
          path,
          "dossier.position.notHeld",
          person.id() + " did not hold the position '" + capacity + "' on " + date);
    }
  }

  private void checkRelationships() {
    List<Relationship> relationships = dossier.relationships();
    for (int i = 0; i < relationships.size(); i++) {
      String at = "relationships[" + i + "]";
      Relationship r = relationships.get(i);
      for (int j = 0; j < r.parties().size(); j++) {
        ref(at + ".parties[" + j + "]", r.parties().get(j), Actor.class, "an actor");
      }
      for (int j = 0; j < r.agreements().size(); j++) {
        checkAgreement(at + ".agreements[" + j + "]", r.agreements().get(j));
      }
      checkCitations(
          at,
          r.citations(),
          r.periods().stream()
              .findFirst()
              .flatMap(RelationshipPeriod::span)
              .flatMap(DateSpan::start),
          "the relationship began");
      for (int j = 0; j < r.periods().size(); j++) {
        checkPeriod(at + ".periods[" + j + "]", r, r.periods().get(j));
      }
      if (r.citations().isEmpty()) {
        warning(
            at + ".citations",
            "dossier.relationship.noSource",
            "the relationship " + r.id() + " cites no source");
      }
    }
  }

  /**
   * The events that began and ended a period: events of the dossier; a change of relations of a
   * kind that begins or ends relations, between the relationship's parties; dated where the
   * period's span can begin or end.
   */
  private void checkPeriod(String at, Relationship r, RelationshipPeriod period) {
    Optional<DateSpan> span = period.span();
    period
        .beganWith()
        .ifPresent(
            id ->
                checkPeriodEvent(
                    at + ".beganWith", r, id, true, span.flatMap(DateSpan::start), "began"));
    period
        .endedWith()
        .ifPresent(
            id ->
                checkPeriodEvent(
                    at + ".endedWith", r, id, false, span.flatMap(DateSpan::end), "ended"));
  }

  private void checkPeriodEvent(
      String path,
      Relationship r,
      Id id,
      boolean begins,
      Optional<PartialDate> bound,
      String verb) {
    if (!ref(path, id, Event.class, "an event")) {
      return;
    }
    Event event = (Event) byId.get(id);
    if (event.kind() == EventKind.RELATIONS_CHANGE) {
      RelationsChange change = (RelationsChange) event;
      RelationsChangeKind kind = change.relationsChangeKind();
      if (begins ? !kind.begins() : !kind.ends()) {
        error(
            path,
            "dossier.period.change",
            "the period "
                + verb
                + " with "
                + id
                + ", a change of relations of kind "
                + kind.name().toLowerCase(Locale.ROOT)
                + ", which cannot "
                + (begins
                    ? "begin relations (establish or restore can)"
                    : "end relations (break or suspend can)"));
      }
      Set<Id> sides = new LinkedHashSet<>(change.initiators());
      sides.addAll(change.counterparts());
      List<Id> missing = new ArrayList<>(r.parties());
      missing.removeAll(sides);
      if (!missing.isEmpty()) {
        error(
            path,
            "dossier.period.parties",
            "the period "
                + verb
                + " with "
                + id
                + ", a change of relations that leaves out the relationship's "
                + (missing.size() == 1 ? "party " : "parties ")
                + missing);
      }
    }
    Optional<PartialDate> date = event.when().map(When::date);
    if (bound.isPresent() && date.isPresent() && !date.get().overlaps(bound.get())) {
      warning(
          path,
          "dossier.period.date",
          "the period "
              + verb
              + " on "
              + bound.get()
              + ", but the event "
              + id
              + " that "
              + verb
              + " it is dated "
              + date.get());
    }
  }

  /** A relationship's agreement names an event of the dossier, and that event is an agreement. */
  private void checkAgreement(String path, Id id) {
    if (ref(path, id, Event.class, "an event")
        && ((Event) byId.get(id)).kind() != EventKind.AGREEMENT) {
      error(
          path,
          "dossier.relationship.agreement",
          "a relationship rests on agreements, but "
              + id
              + " is a "
              + ((Event) byId.get(id)).kind().name().toLowerCase(Locale.ROOT));
    }
  }

  private void checkCitations(
      String at, List<Citation> citations, Optional<PartialDate> happened, String what) {
    for (int j = 0; j < citations.size(); j++) {
      String path = at + ".citations[" + j + "].source";
      Id id = citations.get(j).source();
      if (ref(path, id, Source.class, "a source") && happened.isPresent()) {
        Optional<PartialDate> published = ((Source) byId.get(id)).published();
        if (published.isPresent() && published.get().isBefore(happened.get())) {
          error(
              path,
              "dossier.source.beforeEvent",
              "the source "
                  + id
                  + " was published ("
                  + published.get()
                  + ") before "
                  + what
                  + " ("
                  + happened.get()
                  + ")");
        }
      }
    }
  }

  /** Checks that {@code id} resolves to an element of type {@code kind}; true when it does. */
  private boolean ref(String path, Id id, Class<?> kind, String what) {
    Object target = byId.get(id);
    if (target == null) {
      error(
          path,
          "dossier.reference.unresolved",
          "no element of the dossier has the id '" + id + "'");
      return false;
    }
    if (!kind.isInstance(target)) {
      error(
          path,
          "dossier.reference.kind",
          "'" + id + "' must name " + what + ", but names " + describe(target));
      return false;
    }
    return true;
  }

  /** The family of a dossier's element, and the kind within it. */
  private static String describe(Object element) {
    if (element instanceof Actor a) {
      return "a " + a.kind().name().toLowerCase(Locale.ROOT);
    }
    if (element instanceof Event e) {
      return "an event (" + e.kind().name().toLowerCase(Locale.ROOT) + ")";
    }
    return element instanceof Source ? "a source" : "a relationship";
  }

  private void error(String path, String code, String message) {
    findings.add(Finding.error(path, code, message));
  }

  private void warning(String path, String code, String message) {
    findings.add(Finding.warning(path, code, message));
  }
}
