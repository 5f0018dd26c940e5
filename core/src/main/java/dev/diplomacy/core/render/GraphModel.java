package dev.diplomacy.core.render;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DirectedCoding;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Direction;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.Message;
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
    /**
     * From the actor who acts to the one acted upon, as the event's primary coding gives them:
     * sender to recipient, host to guest.
     */
    DIRECTED,
    /**
     * Between equals, where the primary coding is reciprocal: the participants of a meeting without
     * a host, signatories.
     */
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
      edges.addAll(edges(event, dossier, names));
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

  private static List<Edge> edges(Event event, Dossier dossier, Names names) {
    String kind = Labels.kind(event);
    StringJoiner detail = new StringJoiner(" ");
    Labels.date(event).ifPresent(detail::add);
    Optional<String> onBehalf =
        switch (event.kind()) {
          case MESSAGE -> ((Message) event).envoy().map(e -> "via " + names.of(e.actor()));
          case DELEGATION -> ((Delegation) event).head().map(h -> "led by " + names.of(h.actor()));
          case MEETING,
              SUPPORT_PLEDGE,
              VISIT,
              MOURNING,
              STATEMENT,
              MATERIAL_TRANSFER,
              AGREEMENT,
              RELATIONS_CHANGE,
              CODED,
              OPAQUE ->
              Optional.empty();
        };
    onBehalf.ifPresent(detail::add);
    Labels.certainty(event.certainty()).ifPresent(c -> detail.add("(" + c + ")"));
    Edges out = new Edges(kind, detail.toString(), Optional.of(event.kind()));
    return switch (event.kind()) {
      // The direction of the event's primary coding: the host to the guests of a hosted meeting
      // (043), the visitor to the host (042), the sender to the recipients; none without a target
      // (a visit with only a place). A reciprocal code (a meeting without a host, at a third
      // location, an agreement) joins every actor of the event to every other, as equals.
      case MEETING,
          MESSAGE,
          SUPPORT_PLEDGE,
          VISIT,
          DELEGATION,
          MOURNING,
          STATEMENT,
          MATERIAL_TRANSFER,
          AGREEMENT,
          RELATIONS_CHANGE ->
          out.coded(EventCoding.codings(event, dossier), event);
      // The sides of its coding, read from the roles so that a code the codebook does not have
      // still draws: directed when there are both sources and targets, else as equals.
      case CODED ->
          hasSourceAndTarget(event)
              ? out.directed(codedSources(event), event.actorIds(Direction.TARGET))
              : out.undirected(event);
      // The actors of a kind this version does not know, as equals: it has no coding.
      case OPAQUE -> out.undirected(event);
    };
  }

  /**
   * The sources of a coded event as {@link EventCoding} gives them: every actor not in a target
   * role.
   */
  static Set<Id> codedSources(Event event) {
    Set<Id> sources = new LinkedHashSet<>(event.actorIds());
    sources.removeAll(event.actorIds(Direction.TARGET));
    return sources;
  }

  /** True when a coded event has both sources and targets, as its coding gives them. */
  static boolean hasSourceAndTarget(Event event) {
    return !codedSources(event).isEmpty() && !event.actorIds(Direction.TARGET).isEmpty();
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

    /**
     * The edges of the primary coding, the first of {@code codings}, with the codings of the same
     * code that follow it: undirected between every pair of the event's actors when the code is
     * reciprocal (each pair is coded both ways), else from each source to each target.
     */
    List<Edge> coded(List<DirectedCoding> codings, Event event) {
      CameoCode primary = codings.get(0).cameo();
      Set<List<Id>> pairs = new LinkedHashSet<>();
      for (DirectedCoding c : codings) {
        if (!c.cameo().equals(primary)) {
          break;
        }
        c.sources().forEach(s -> c.targets().forEach(t -> pairs.add(List.of(s, t))));
      }
      boolean reciprocal =
          !pairs.isEmpty()
              && pairs.stream().allMatch(p -> pairs.contains(List.of(p.get(1), p.get(0))));
      if (reciprocal) {
        return undirected(event);
      }
      pairs.forEach(p -> add(p.get(0), p.get(1), Line.DIRECTED));
      return list;
    }

    /** From each of {@code sources} to each of {@code targets}. */
    List<Edge> directed(Set<Id> sources, Set<Id> targets) {
      sources.forEach(s -> targets.forEach(t -> add(s, t, Line.DIRECTED)));
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
