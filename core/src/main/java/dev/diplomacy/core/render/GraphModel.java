package dev.diplomacy.core.render;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Direction;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.relations.Relationship;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

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
    Optional<String> onBehalf =
        switch (event.kind()) {
          case MESSAGE -> ((Message) event).envoy().map(e -> "via " + names.of(e));
          case DELEGATION -> ((Delegation) event).head().map(h -> "led by " + names.of(h));
          case MEETING,
              SUPPORT_PLEDGE,
              VISIT,
              MOURNING,
              STATEMENT,
              MATERIAL_TRANSFER,
              AGREEMENT,
              CODED,
              OPAQUE ->
              Optional.empty();
        };
    onBehalf.ifPresent(detail::add);
    Labels.certainty(event.certainty()).ifPresent(c -> detail.add("(" + c + ")"));
    Edges out = new Edges(kind, detail.toString(), Optional.of(event.kind()));
    return switch (event.kind()) {
      // Every other participant met the host; without a host, they met as equals.
      case MEETING ->
          host(event)
              .map(h -> out.toward(event.actorIds(), h))
              .orElseGet(() -> out.undirected(event));
      // From each actor who acts to each actor acted upon, by the direction of their roles: none
      // without a target (a visit with only a place, a delegation without a host).
      case MESSAGE, SUPPORT_PLEDGE, VISIT, DELEGATION, MOURNING, STATEMENT, MATERIAL_TRANSFER ->
          out.directed(event);
      // Directed as CAMEO codes it when there are both sources and targets, else as equals.
      case CODED -> hasSourceAndTarget(event) ? out.directed(event) : out.undirected(event);
      // Signatories are equals; so are the actors of a kind this version does not know.
      case AGREEMENT, OPAQUE -> out.undirected(event);
    };
  }

  /** True when an actor of the event acts and another is acted upon. */
  static boolean hasSourceAndTarget(Event event) {
    return !event.actorIds(Direction.SOURCE).isEmpty()
        && !event.actorIds(Direction.TARGET).isEmpty();
  }

  /** The first host of a meeting. */
  private static Optional<Id> host(Event meeting) {
    return meeting.participants().stream()
        .filter(p -> p.role() == Role.HOST)
        .map(Participant::actor)
        .findFirst();
  }

  private static List<Edge> edges(Relationship relationship) {
    StringJoiner detail = new StringJoiner(" ");
    Labels.period(relationship).ifPresent(detail::add);
    Labels.certainty(relationship.certainty()).ifPresent(c -> detail.add("(" + c + ")"));
    Edges out = new Edges(Labels.kind(relationship), detail.toString(), Optional.empty());
    return out.pairs(relationship.parties(), Line.RELATIONSHIP);
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

    /** From each actor of the event who acts to each actor acted upon. */
    List<Edge> directed(Event event) {
      Set<Id> targets = event.actorIds(Direction.TARGET);
      event.actorIds(Direction.SOURCE).forEach(s -> targets.forEach(t -> add(s, t, Line.DIRECTED)));
      return list;
    }

    /** From each of {@code actors} to {@code target}. */
    List<Edge> toward(Set<Id> actors, Id target) {
      actors.forEach(a -> add(a, target, Line.DIRECTED));
      return list;
    }

    /** Between each pair of the event's actors, undirected. */
    List<Edge> undirected(Event event) {
      return pairs(new ArrayList<>(event.actorIds()), Line.UNDIRECTED);
    }

    List<Edge> pairs(List<Id> ids, Line line) {
      List<Id> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
      for (int i = 0; i < distinct.size(); i++) {
        for (int j = i + 1; j < distinct.size(); j++) {
          add(distinct.get(i), distinct.get(j), line);
        }
      }
      return list;
    }

    private void add(Id from, Id to, Line line) {
      if (!from.equals(to)) {
        list.add(new Edge(from, to, line, kind, detail, eventKind));
      }
    }
  }
}
