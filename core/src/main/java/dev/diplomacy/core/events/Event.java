package dev.diplomacy.core.events;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.When;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A diplomatic event: something that happened once, between actors, at a time and place, as
 * reported by sources. A sealed family: {@link Meeting}, {@link Message}, {@link SupportPledge},
 * {@link Visit}, {@link Delegation}, {@link Mourning}, {@link Statement}, {@link MaterialTransfer},
 * {@link Agreement}, and {@link CodedEvent} for anything else.
 *
 * <p>This interface is the envelope every kind shares. Each kind checks the envelope's rules with
 * the same codes, prefixed with its own name, its kind's {@link EventKind#codePrefix()} ({@code
 * meeting.links.self}, {@code message.links.self}):
 *
 * <ul>
 *   <li>{@code <type>.summary.blank}: the summary is not blank;
 *   <li>{@code <type>.links.self}: no link points at the event itself;
 *   <li>{@code <type>.links.duplicate}: no link is given twice;
 *   <li>{@code <type>.citations.duplicate}: no source is cited twice: cite each source once, with
 *       the words that best support the event;
 *   <li>{@code <type>.externalIds.duplicate}: no external id is given twice;
 *   <li>{@code <type>.extensions.key}: extension names are valid ({@link
 *       dev.diplomacy.core.Extensions}).
 * </ul>
 *
 * References to actors, sources and other events are ids; whether they resolve is checked over a
 * dossier, not here.
 */
public sealed interface Event
    permits Meeting,
        Message,
        SupportPledge,
        Visit,
        Delegation,
        Mourning,
        Statement,
        MaterialTransfer,
        Agreement,
        CodedEvent,
        OpaqueEvent {

  /** The event's id in its dossier. */
  Id id();

  /** The kind of event, one per type: {@link EventKind#MEETING} for a {@link Meeting}. */
  EventKind kind();

  /**
   * When it happened, as precisely as the source says: a year, a month or a day, possibly a last
   * day, a time of day. Empty when the source gives no date at all.
   */
  Optional<When> when();

  /** Where it happened, when the source says. */
  Optional<Place> place();

  /**
   * Who took part, in which role. For most kinds this is derived from the typed fields (a message's
   * sender, recipients and envoy) and cannot be set; a {@link Meeting} and a {@link CodedEvent}
   * list their participants directly.
   */
  List<Participant> participants();

  /** The sources that report it, each at most once, with the words that support it. */
  List<Citation> citations();

  /**
   * How sure the sources are that it happened as described: {@link Certainty#REPORTED} unless said
   * otherwise. "Allegedly involved in the ivory trade" is {@link Certainty#ALLEGED}.
   */
  @Value.Default
  default Certainty certainty() {
    return Certainty.REPORTED;
  }

  /** A sentence saying what happened, for a person; not blank. */
  Optional<String> summary();

  /**
   * Links to related events of the same dossier: the message this one replies to, the visit it is
   * part of.
   */
  List<EventLink> links();

  /** Ids of the same event in other systems: an ICEWS event id, a GDELT GlobalEventID. */
  List<ExternalId> externalIds();

  /**
   * Namespaced custom properties ({@code acme:confidence}), carried and written back unchanged.
   *
   * @see dev.diplomacy.core.Extensions
   */
  Map<String, ExtensionValue> extensions();

  /** The distinct ids of the actors taking part, in the order of {@link #participants()}. */
  default Set<Id> actorIds() {
    Set<Id> ids = new LinkedHashSet<>();
    participants().forEach(p -> ids.add(p.actor()));
    return Collections.unmodifiableSet(ids);
  }

  /**
   * The distinct ids of the actors whose role has the given {@linkplain Role#direction()
   * direction}, in the order of {@link #participants()}: a message's sender for {@link
   * Direction#SOURCE}, its recipients for {@link Direction#TARGET}.
   */
  default Set<Id> actorIds(Direction direction) {
    Set<Id> ids = new LinkedHashSet<>();
    for (Participant p : participants()) {
      if (p.role().direction() == direction) {
        ids.add(p.actor());
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  /** The ids of the events this one links to with the given kind of link, in order. */
  default List<Id> linked(LinkKind linkKind) {
    return links().stream()
        .filter(l -> l.linkKind() == linkKind)
        .map(EventLink::target)
        .collect(Collectors.toUnmodifiableList());
  }
}
