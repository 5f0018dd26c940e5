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
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 *       participants and the sources and targets of dataset codings are actors, citations name sources, links name events, a position's
 *       organisation and an organisation's parent are organisations, what an event is about is an
 *       actor or an event</td></tr>
 *   <tr><td>{@code dossier.reply.notMessage}</td><td>error</td><td>a reply points at a
 *       message</td></tr>
 *   <tr><td>{@code dossier.reply.sender}</td><td>error</td><td>the sender of a reply was a
 *       recipient of the message it answers</td></tr>
 *   <tr><td>{@code dossier.reply.cycle}</td><td>error</td><td>replies do not go round in a
 *       circle: a message cannot answer, through other replies, itself</td></tr>
 *   <tr><td>{@code dossier.reply.beforeOriginal}</td><td>error</td><td>a reply is not sent before
 *       the message it answers</td></tr>
 *   <tr><td>{@code dossier.source.beforeEvent}</td><td>error</td><td>a cited source was not
 *       published before the event happened or the relationship began</td></tr>
 *   <tr><td>{@code dossier.position.notHeld}</td><td>warning</td><td>a participant who took part
 *       in a capacity held a position of that title on the event's date</td></tr>
 *   <tr><td>{@code dossier.position.unknown}</td><td>warning</td><td>a person's capacity names one
 *       of their positions</td></tr>
 *   <tr><td>{@code dossier.about.death}</td><td>warning</td><td>an event about a person on the
 *       occasion of their death is about a person the dossier knows to have died ({@code died} or
 *       {@code deceased})</td></tr>
 *   <tr><td>{@code dossier.participant.afterDeath}</td><td>warning</td><td>a person acts in an
 *       event dated after their death (being mourned or spoken of is fine)</td></tr>
 *   <tr><td>{@code dossier.event.noSource}, {@code dossier.relationship.noSource}</td>
 *       <td>warning</td><td>every event and relationship cites a source</td></tr>
 * </table>
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
      }
    }
  }

  private void checkSources() {
    List<Source> sources = dossier.sources();
    for (int i = 0; i < sources.size(); i++) {
      String at = "sources[" + i + "]";
      Source s = sources.get(i);
      s.publisher().ifPresent(id -> ref(at + ".publisher", id, Actor.class, "an actor"));
      s.distributor().ifPresent(id -> ref(at + ".distributor", id, Actor.class, "an actor"));
      for (int j = 0; j < s.basedOn().size(); j++) {
        ref(at + ".basedOn[" + j + "]", s.basedOn().get(j), Source.class, "a source");
      }
    }
  }

  private void checkEvents() {
    List<Event> events = dossier.events();
    java.util.BitSet onReplyCycle = ReplyCycles.in(events, byId);
    for (int i = 0; i < events.size(); i++) {
      String at = "events[" + i + "]";
      Event e = events.get(i);
      for (ActorReferences.Ref r : ActorReferences.of(e)) {
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
        if (ref(path, link.target(), Event.class, "an event")
            && link.linkKind() == LinkKind.REPLY_TO) {
          checkReply(path, e, (Event) byId.get(link.target()));
        }
      }
      checkAbout(at, e);
      date.ifPresent(d -> checkParticipants(at, e, d));
      if (onReplyCycle.get(i)) {
        reportReplyCycle(at, e);
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

  /** Reports an event whose chain of replies leads back to itself, at its first reply link. */
  private void reportReplyCycle(String at, Event start) {
    int link = 0;
    while (start.links().get(link).linkKind() != LinkKind.REPLY_TO) {
      link++;
    }
    error(
        at + ".links[" + link + "].target",
        "dossier.reply.cycle",
        "the replies of " + start.id() + " go round in a circle back to it");
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
    if (reply.kind() == EventKind.MESSAGE && !m.recipients().contains(((Message) reply).sender())) {
      error(
          path,
          "dossier.reply.sender",
          "the reply's sender "
              + ((Message) reply).sender()
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

  private void checkParticipants(String at, Event e, PartialDate date) {
    List<Participant> participants = e.participants();
    for (int k = 0; k < participants.size(); k++) {
      Participant p = participants.get(k);
      if (!(byId.get(p.actor()) instanceof Person person)) {
        continue;
      }
      if (person.died().isPresent()
          && person.died().get().isBefore(date)
          && p.role() != Role.MOURNED
          && p.role() != Role.SUBJECT) {
        warning(
            at + ".participants[" + k + "]",
            "dossier.participant.afterDeath",
            person.id() + " died in " + person.died().get() + ", before the event (" + date + ")");
      }
      if (p.capacity().isPresent()) {
        checkCapacity(at + ".participants[" + k + "].capacity", person, p.capacity().get(), date);
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
      checkCitations(at, r.citations(), r.span().map(s -> s.start()), "the relationship began");
      if (r.citations().isEmpty()) {
        warning(
            at + ".citations",
            "dossier.relationship.noSource",
            "the relationship " + r.id() + " cites no source");
      }
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
