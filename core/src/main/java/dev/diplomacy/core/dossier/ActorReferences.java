package dev.diplomacy.core.dossier;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.Mourning;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actor ids an event names, each with its path in the event's own attributes ({@code sender},
 * {@code recipients[1]}, {@code participants[0].actor}), so that findings point where the id is
 * written.
 */
final class ActorReferences {

  /** An actor id at a path. */
  record Ref(String path, Id actor) {}

  private final List<Ref> refs = new ArrayList<>();

  private ActorReferences() {}

  static List<Ref> of(Event event) {
    ActorReferences r = new ActorReferences();
    if (event instanceof Meeting m) {
      r.participants(m.participants().stream().map(p -> p.actor()).toList());
    } else if (event instanceof CodedEvent c) {
      r.participants(c.participants().stream().map(p -> p.actor()).toList());
    } else if (event instanceof OpaqueEvent o) {
      r.participants(o.participants().stream().map(p -> p.actor()).toList());
    } else if (event instanceof Message m) {
      r.one("sender", m.sender()).list("recipients", m.recipients()).optional("envoy", m.envoy());
    } else if (event instanceof SupportPledge s) {
      r.one("pledger", s.pledger()).one("beneficiary", s.beneficiary());
    } else if (event instanceof Visit v) {
      r.list("visitors", v.visitors()).optional("host", v.host());
    } else if (event instanceof Delegation d) {
      r.one("sender", d.sender())
          .optional("head", d.head())
          .list("members", d.members())
          .optional("host", d.host());
    } else if (event instanceof Mourning m) {
      r.one("declarer", m.declarer()).one("mourned", m.mourned());
    } else if (event instanceof Statement s) {
      r.one("speaker", s.speaker()).list("subjects", s.subjects());
    } else if (event instanceof MaterialTransfer t) {
      r.one("provider", t.provider()).one("recipient", t.recipient());
    } else if (event instanceof Agreement a) {
      r.list("signatories", a.signatories());
    }
    return r.refs;
  }

  private void participants(List<Id> actors) {
    for (int i = 0; i < actors.size(); i++) {
      refs.add(new Ref("participants[" + i + "].actor", actors.get(i)));
    }
  }

  private ActorReferences one(String path, Id id) {
    refs.add(new Ref(path, id));
    return this;
  }

  private ActorReferences optional(String path, Optional<Id> id) {
    id.ifPresent(i -> refs.add(new Ref(path, i)));
    return this;
  }

  private ActorReferences list(String path, List<Id> ids) {
    for (int i = 0; i < ids.size(); i++) {
      refs.add(new Ref(path + "[" + i + "]", ids.get(i)));
    }
    return this;
  }
}
