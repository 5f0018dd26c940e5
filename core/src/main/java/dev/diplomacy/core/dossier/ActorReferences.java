package dev.diplomacy.core.dossier;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.Mourning;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actor ids an event names, each with its path in the event's own attributes ({@code sender},
 * {@code recipients[1]}, {@code participants[0].actor}), in its place's area ({@code
 * place.area.administrators[0]}) and in its dataset codings ({@code datasetCodings[0].sources[0]}),
 * so that findings point where the id is written.
 */
final class ActorReferences {

  /** An actor id at a path. */
  record Ref(String path, Id actor) {}

  private final List<Ref> refs = new ArrayList<>();

  private ActorReferences() {}

  static List<Ref> of(Event event) {
    ActorReferences r = new ActorReferences();
    ActorReferences all =
        switch (event.kind()) {
          case MEETING, CODED, OPAQUE -> r.participants(event.participants());
          case MESSAGE -> {
            Message m = (Message) event;
            yield r.one("sender", m.sender())
                .list("recipients", m.recipients())
                .optional("envoy", m.envoy());
          }
          case SUPPORT_PLEDGE -> {
            SupportPledge s = (SupportPledge) event;
            yield r.one("pledger", s.pledger()).one("beneficiary", s.beneficiary());
          }
          case VISIT -> {
            Visit v = (Visit) event;
            yield r.list("visitors", v.visitors()).optional("host", v.host());
          }
          case DELEGATION -> {
            Delegation d = (Delegation) event;
            yield r.one("sender", d.sender())
                .optional("head", d.head())
                .list("members", d.members())
                .optional("host", d.host());
          }
          case MOURNING -> {
            Mourning m = (Mourning) event;
            yield r.one("declarer", m.declarer()).one("mourned", m.mourned());
          }
          case STATEMENT -> {
            Statement s = (Statement) event;
            yield r.one("speaker", s.speaker()).list("subjects", s.subjects());
          }
          case MATERIAL_TRANSFER -> {
            MaterialTransfer t = (MaterialTransfer) event;
            yield r.one("provider", t.provider()).one("recipient", t.recipient());
          }
          case AGREEMENT -> r.list("signatories", ((Agreement) event).signatories());
        };
    event
        .place()
        .flatMap(Place::area)
        .ifPresent(area -> all.list("place.area.administrators", area.administrators()));
    return all.datasetCodings(event.datasetCodings()).refs;
  }

  /** The participants a meeting, a coded event or an opaque event lists directly. */
  private ActorReferences participants(List<Participant> participants) {
    for (int i = 0; i < participants.size(); i++) {
      refs.add(new Ref("participants[" + i + "].actor", participants.get(i).actor()));
    }
    return this;
  }

  /** The sources and targets of each dataset coding, which every kind of event may have. */
  private ActorReferences datasetCodings(List<DatasetCoding> codings) {
    for (int i = 0; i < codings.size(); i++) {
      DatasetCoding c = codings.get(i);
      String at = "datasetCodings[" + i + "]";
      list(at + ".sources", c.sources());
      list(at + ".targets", c.targets());
    }
    return this;
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
