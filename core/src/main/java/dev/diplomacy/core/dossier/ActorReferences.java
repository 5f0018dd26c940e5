package dev.diplomacy.core.dossier;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.Mourning;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.RelationsChange;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The actor ids an event names, each with its path in the event's own attributes ({@code sender},
 * {@code recipients[1]}, {@code participants[0].actor}), in its place's area ({@code
 * place.area.administrators[0]}) and in its dataset codings ({@code datasetCodings[0].sources[0]}),
 * so that findings point where the id is written; and, for an actor that takes part in the event,
 * its role and the capacity it acted in, with the path of its place in the event ({@code
 * visitors[0]}, {@code participants[2]}).
 */
final class ActorReferences {

  /**
   * An actor id at a path. For an actor taking part in the event, {@code role} is its role, {@code
   * at} the path of the value that holds it (an {@link Agent}, a {@link Participant}, a bare id),
   * and {@code capacity} the capacity it acted in, at {@code at + ".capacity"}; for a dataset
   * coding's actor, {@code role} is null.
   */
  record Ref(String path, Id actor, @Nullable Role role, String at, Optional<String> capacity) {}

  private final List<Ref> refs = new ArrayList<>();

  private ActorReferences() {}

  static List<Ref> of(Event event) {
    ActorReferences r = new ActorReferences();
    ActorReferences all =
        switch (event.kind()) {
          case MEETING, CODED, OPAQUE -> r.participants(event.participants());
          case MESSAGE -> {
            Message m = (Message) event;
            yield r.agent("sender", m.sender(), Role.SENDER)
                .list("recipients", m.recipients(), Role.RECIPIENT)
                .agent("envoy", m.envoy(), Role.ENVOY);
          }
          case SUPPORT_PLEDGE -> {
            SupportPledge s = (SupportPledge) event;
            yield r.agent("pledger", s.pledger(), Role.PLEDGER)
                .one("beneficiary", s.beneficiary(), Role.BENEFICIARY);
          }
          case VISIT -> {
            Visit v = (Visit) event;
            yield r.agents("visitors", v.visitors(), Role.VISITOR)
                .agent("host", v.host(), Role.HOST);
          }
          case DELEGATION -> {
            Delegation d = (Delegation) event;
            yield r.one("sender", d.sender(), Role.SENDER)
                .agent("head", d.head(), Role.HEAD_OF_DELEGATION)
                .agents("members", d.members(), Role.DELEGATION_MEMBER)
                .agent("host", d.host(), Role.HOST);
          }
          case MOURNING -> {
            Mourning m = (Mourning) event;
            yield r.one("declarer", m.declarer(), Role.DECLARER)
                .one("mourned", m.mourned(), Role.MOURNED);
          }
          case STATEMENT -> {
            Statement s = (Statement) event;
            yield r.agent("speaker", s.speaker(), Role.SPEAKER)
                .list("subjects", s.subjects(), Role.SUBJECT);
          }
          case MATERIAL_TRANSFER -> {
            MaterialTransfer t = (MaterialTransfer) event;
            yield r.one("provider", t.provider(), Role.PROVIDER)
                .one("recipient", t.recipient(), Role.RECIPIENT);
          }
          case AGREEMENT -> {
            Agreement a = (Agreement) event;
            yield r.list("parties", a.parties(), Role.PARTY)
                .agents("signatories", a.signatories(), Role.SIGNATORY);
          }
          case RELATIONS_CHANGE -> {
            RelationsChange c = (RelationsChange) event;
            yield r.list("initiators", c.initiators(), Role.INITIATOR)
                .list("counterparts", c.counterparts(), Role.COUNTERPART)
                .list("diplomats", c.diplomats(), Role.DIPLOMAT);
          }
        };
    event
        .place()
        .flatMap(Place::area)
        .ifPresent(area -> all.coded("place.area.administrators", area.administrators()));
    return all.datasetCodings(event.datasetCodings()).refs;
  }

  /** The participants a meeting, a coded event or an opaque event lists directly. */
  private ActorReferences participants(List<Participant> participants) {
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      String at = "participants[" + i + "]";
      refs.add(new Ref(at + ".actor", p.actor(), p.role(), at, p.capacity()));
    }
    return this;
  }

  /** The sources and targets of each dataset coding, which every kind of event may have. */
  private ActorReferences datasetCodings(List<DatasetCoding> codings) {
    for (int i = 0; i < codings.size(); i++) {
      DatasetCoding c = codings.get(i);
      String at = "datasetCodings[" + i + "]";
      coded(at + ".sources", c.sources());
      coded(at + ".targets", c.targets());
    }
    return this;
  }

  private void coded(String path, List<Id> ids) {
    for (int i = 0; i < ids.size(); i++) {
      String at = path + "[" + i + "]";
      refs.add(new Ref(at, ids.get(i), null, at, Optional.empty()));
    }
  }

  private ActorReferences one(String path, Id id, Role role) {
    refs.add(new Ref(path, id, role, path, Optional.empty()));
    return this;
  }

  /**
   * An agent: its id is referred to at the agent's own path, which is where a bare id is written,
   * and the object that holds it when it has a capacity.
   */
  private ActorReferences agent(String path, Agent agent, Role role) {
    refs.add(new Ref(path, agent.actor(), role, path, agent.capacity()));
    return this;
  }

  private ActorReferences agent(String path, Optional<Agent> agent, Role role) {
    agent.ifPresent(a -> agent(path, a, role));
    return this;
  }

  private ActorReferences list(String path, List<Id> ids, Role role) {
    for (int i = 0; i < ids.size(); i++) {
      one(path + "[" + i + "]", ids.get(i), role);
    }
    return this;
  }

  private ActorReferences agents(String path, List<Agent> agents, Role role) {
    for (int i = 0; i < agents.size(); i++) {
      agent(path + "[" + i + "]", agents.get(i), role);
    }
    return this;
  }
}
