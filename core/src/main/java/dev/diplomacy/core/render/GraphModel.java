package dev.diplomacy.core.render;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.Mourning;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.relations.Relationship;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * A dossier as nodes and edges, before any syntax: the actors that take part in events or
 * relationships, and one edge per interaction between two of them. Both graph renderers and the
 * interaction summary read it, so they always agree.
 */
final class GraphModel {

  /** How an edge is drawn. */
  enum Line {
    /** From the actor who acts to the one acted upon: sender to recipient. */
    DIRECTED,
    /** Between equals: the participants of a meeting without a host, signatories. */
    UNDIRECTED,
    /** A lasting relationship rather than an event: dotted, undirected. */
    RELATIONSHIP
  }

  /** An actor: its id, its label, and its kind when the dossier knows it. */
  record Node(Id id, String label, Optional<ActorKind> kind) {}

  /**
   * An interaction between two actors. The label is the kind ({@code greetings}) and the detail
   * ({@code 2018-07-05 via Ri Su-yong (claimed)}) separated by a space; the event kind is empty for
   * a relationship.
   */
  record Edge(
      Id from, Id to, Line line, String kind, String detail, Optional<EventKind> eventKind) {

    String label() {
      return detail.isEmpty() ? kind : kind + " " + detail;
    }
  }

  final List<Node> nodes;
  final List<Edge> edges;

  private GraphModel(List<Node> nodes, List<Edge> edges) {
    this.nodes = Collections.unmodifiableList(nodes);
    this.edges = Collections.unmodifiableList(edges);
  }

  static GraphModel of(Dossier dossier) {
    Names names = new Names(dossier);
    List<Edge> edges = new ArrayList<>();
    for (Event event : dossier.events()) {
      edges.addAll(edges(event, names));
    }
    for (Relationship relationship : dossier.relationships()) {
      edges.addAll(edges(relationship));
    }
    return new GraphModel(nodes(dossier, names), edges);
  }

  /**
   * The actors that take part in an event or a relationship: those of the dossier in its order,
   * then ids that the dossier does not resolve, in the order they first appear.
   */
  private static List<Node> nodes(Dossier dossier, Names names) {
    Set<Id> involved = new LinkedHashSet<>();
    dossier.events().forEach(e -> involved.addAll(e.actorIds()));
    dossier.relationships().forEach(r -> involved.addAll(r.parties()));
    List<Node> nodes = new ArrayList<>();
    Set<Id> done = new LinkedHashSet<>();
    for (Actor actor : dossier.actors()) {
      if (involved.contains(actor.id()) && done.add(actor.id())) {
        nodes.add(new Node(actor.id(), names.of(actor.id()), Optional.of(actor.kind())));
      }
    }
    for (Id id : involved) {
      if (done.add(id)) {
        nodes.add(new Node(id, id.value(), Optional.empty()));
      }
    }
    return nodes;
  }

  private static List<Edge> edges(Event event, Names names) {
    String kind = Labels.kind(event);
    StringJoiner detail = new StringJoiner(" ");
    Labels.date(event).ifPresent(detail::add);
    if (event instanceof Message) {
      ((Message) event).envoy().ifPresent(e -> detail.add("via " + names.of(e)));
    } else if (event instanceof Delegation) {
      ((Delegation) event).head().ifPresent(h -> detail.add("led by " + names.of(h)));
    }
    Labels.certainty(event.certainty()).ifPresent(c -> detail.add("(" + c + ")"));
    Edges out = new Edges(kind, detail.toString(), Optional.of(event.kind()));

    if (event instanceof Meeting) {
      List<Id> actors = new ArrayList<>(event.actorIds());
      Optional<Id> host =
          event.participants().stream()
              .filter(p -> p.role() == Role.HOST)
              .map(Participant::actor)
              .findFirst();
      if (host.isPresent()) {
        actors.stream()
            .filter(a -> !a.equals(host.get()))
            .forEach(a -> out.directed(a, host.get()));
      } else {
        out.pairs(actors, Line.UNDIRECTED);
      }
    } else if (event instanceof Message) {
      Message m = (Message) event;
      m.recipients().forEach(r -> out.directed(m.sender(), r));
    } else if (event instanceof SupportPledge) {
      SupportPledge p = (SupportPledge) event;
      out.directed(p.pledger(), p.beneficiary());
    } else if (event instanceof Visit) {
      Visit v = (Visit) event;
      v.host().ifPresent(h -> v.visitors().forEach(visitor -> out.directed(visitor, h)));
    } else if (event instanceof Delegation) {
      Delegation d = (Delegation) event;
      d.host().ifPresent(h -> out.directed(d.sender(), h));
    } else if (event instanceof Mourning) {
      Mourning m = (Mourning) event;
      out.directed(m.declarer(), m.mourned());
    } else if (event instanceof Statement) {
      Statement s = (Statement) event;
      s.subjects().forEach(subject -> out.directed(s.speaker(), subject));
    } else if (event instanceof MaterialTransfer) {
      MaterialTransfer t = (MaterialTransfer) event;
      out.directed(t.provider(), t.recipient());
    } else if (event instanceof Agreement) {
      out.pairs(((Agreement) event).signatories(), Line.UNDIRECTED);
    } else if (event instanceof CodedEvent) {
      List<Id> sources = withRole(event, Role.SOURCE_ACTOR);
      List<Id> targets = withRole(event, Role.TARGET_ACTOR);
      if (!sources.isEmpty() && !targets.isEmpty()) {
        sources.forEach(s -> targets.forEach(t -> out.directed(s, t)));
      } else {
        out.pairs(new ArrayList<>(event.actorIds()), Line.UNDIRECTED);
      }
    } else if (event instanceof OpaqueEvent) {
      out.pairs(new ArrayList<>(event.actorIds()), Line.UNDIRECTED);
    }
    return out.list;
  }

  private static List<Edge> edges(Relationship relationship) {
    StringJoiner detail = new StringJoiner(" ");
    Labels.period(relationship).ifPresent(detail::add);
    Labels.certainty(relationship.certainty()).ifPresent(c -> detail.add("(" + c + ")"));
    Edges out = new Edges(Labels.kind(relationship), detail.toString(), Optional.empty());
    out.pairs(relationship.parties(), Line.RELATIONSHIP);
    return out.list;
  }

  static List<Id> withRole(Event event, Role role) {
    return event.participants().stream()
        .filter(p -> p.role() == role)
        .map(Participant::actor)
        .distinct()
        .collect(Collectors.toList());
  }

  /** Collects the edges of one event or relationship, leaving out loops from an actor to itself. */
  private static final class Edges {
    final String kind;
    final String detail;
    final Optional<EventKind> eventKind;
    final List<Edge> list = new ArrayList<>();

    Edges(String kind, String detail, Optional<EventKind> eventKind) {
      this.kind = kind;
      this.detail = detail;
      this.eventKind = eventKind;
    }

    void directed(Id from, Id to) {
      add(from, to, Line.DIRECTED);
    }

    void pairs(List<Id> ids, Line line) {
      List<Id> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
      for (int i = 0; i < distinct.size(); i++) {
        for (int j = i + 1; j < distinct.size(); j++) {
          add(distinct.get(i), distinct.get(j), line);
        }
      }
    }

    private void add(Id from, Id to, Line line) {
      if (!from.equals(to)) {
        list.add(new Edge(from, to, line, kind, detail, eventKind));
      }
    }
  }
}
