package dev.diplomacy.core.events;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.dossier.DossierElement;
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
 *   <li>{@code <type>.about.self}: the event is not about itself;
 *   <li>{@code <type>.about.duplicate}: no subject is given twice;
 *   <li>{@code <type>.precedent.since}: a precedent's {@code since} is not after the event;
 *   <li>{@code <type>.citations.duplicate}: no source is cited twice: cite each source once, with
 *       the words that best support the event;
 *   <li>{@code <type>.externalIds.duplicate}: no external id is given twice;
 *   <li>{@code <type>.datasetCodings.duplicate}: no dataset coding is given twice;
 *   <li>{@code <type>.extensions.key}: extension names are valid ({@link
 *       dev.diplomacy.core.Extensions}).
 * </ul>
 *
 * References to actors, sources and other events are ids (what an event is {@linkplain #about()
 * about} is an actor or an event); whether they resolve is checked over a dossier, not here.
 */
public sealed interface Event extends DossierElement
    permits Meeting,
        Message,
        SupportPledge,
        Visit,
        Delegation,
        Mourning,
        Statement,
        MaterialTransfer,
        Agreement,
        RelationsChange,
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

  /**
   * What the event is about, each subject once: condolences about a person, on the occasion of
   * their death; greetings about a state, on its national day; a statement about an earlier event.
   * Each subject is an actor or an event of the dossier, never this event.
   */
  List<About> about();

  /**
   * Where the event stands in a series, when the source says: "the first summit", "the first visit
   * by a sitting head of state since 1928".
   */
  Optional<Precedent> precedent();

  /** Ids of the same event in other systems: an ICEWS event id, a GDELT GlobalEventID. */
  List<ExternalId> externalIds();

  /**
   * What the rows or records of event datasets that the event was made of said of it, each as the
   * dataset gave it, each at most once: one per row, so that a consultation made of two mirrored
   * ICEWS rows keeps two codings, A to B and B to A. Empty for an event modelled from a report. The
   * library's own coding of the event is {@link dev.diplomacy.core.codes.EventCoding}'s.
   */
  List<DatasetCoding> datasetCodings();

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

  /**
   * The setters of the envelope, which the builder of every kind of event has: {@link
   * Meeting.Builder}, {@link Message.Builder} and the others. Code that fills the envelope of any
   * kind takes one, and gets back the kind's own builder for the kind's own properties:
   *
   * <pre>{@code
   * static <B extends Event.Builder<B>> B fromKcna(B event, String date, String quote) {
   *   return event.when(When.on(date)).addCitation(Citation.of(Id.of("kcna-" + date), quote));
   * }
   *
   * Meeting talks = fromKcna(Meeting.builder(), "2018-07-05", "the talk took place in a friendly atmosphere")
   *     .id(Id.of("ri-castro-talks"))
   *     .addParticipant(Participant.of(Id.of("ri-su-yong"), Role.GUEST))
   *     .addParticipant(Participant.of(Id.of("raul-castro"), Role.HOST))
   *     .build();
   * }</pre>
   *
   * <p>Every property of every builder follows the same pattern, here and in each kind's own: a
   * setter named after the property, which for an optional property also takes an {@link Optional}
   * (empty to unset it); for a list, {@code addX} of one element, {@code addAllX} of several, and
   * the list's own name to replace it; for a map, {@code putX} and {@code putAllX}, and the map's
   * own name to replace it. Builders are not safe to share between threads.
   *
   * @param <B> the kind's own builder, which every setter returns
   */
  interface Builder<B extends Builder<B>> {

    /** Sets the {@linkplain Event#id() id}, which every event needs. */
    B id(Id id);

    /** Sets {@linkplain Event#when() when} the event happened. */
    B when(When when);

    /** Sets {@linkplain Event#when() when} the event happened, or unsets it when empty. */
    B when(Optional<? extends When> when);

    /** Sets {@linkplain Event#place() where} the event happened. */
    B place(Place place);

    /** Sets {@linkplain Event#place() where} the event happened, or unsets it when empty. */
    B place(Optional<? extends Place> place);

    /** Adds a {@linkplain Event#citations() citation}. */
    B addCitation(Citation citation);

    /** Adds {@linkplain Event#citations() citations}, in order. */
    B addAllCitations(Iterable<? extends Citation> citations);

    /** Replaces the {@linkplain Event#citations() citations} added so far. */
    B citations(Iterable<? extends Citation> citations);

    /** Sets the {@linkplain Event#certainty() certainty}: {@link Certainty#REPORTED} if not set. */
    B certainty(Certainty certainty);

    /** Sets the {@linkplain Event#summary() summary}. */
    B summary(String summary);

    /** Sets the {@linkplain Event#summary() summary}, or unsets it when empty. */
    B summary(Optional<String> summary);

    /** Adds a {@linkplain Event#links() link} to another event. */
    B addLink(EventLink link);

    /** Adds {@linkplain Event#links() links} to other events, in order. */
    B addAllLinks(Iterable<? extends EventLink> links);

    /** Replaces the {@linkplain Event#links() links} added so far. */
    B links(Iterable<? extends EventLink> links);

    /** Adds what the event is {@linkplain Event#about() about}. */
    B addAbout(About about);

    /** Adds what the event is {@linkplain Event#about() about}, in order. */
    B addAllAbout(Iterable<? extends About> about);

    /** Replaces what the event is {@linkplain Event#about() about}, as added so far. */
    B about(Iterable<? extends About> about);

    /** Sets the event's {@linkplain Event#precedent() precedent}. */
    B precedent(Precedent precedent);

    /** Sets the event's {@linkplain Event#precedent() precedent}, or unsets it when empty. */
    B precedent(Optional<? extends Precedent> precedent);

    /** Adds an {@linkplain Event#externalIds() external id}. */
    B addExternalId(ExternalId externalId);

    /** Adds {@linkplain Event#externalIds() external ids}, in order. */
    B addAllExternalIds(Iterable<? extends ExternalId> externalIds);

    /** Replaces the {@linkplain Event#externalIds() external ids} added so far. */
    B externalIds(Iterable<? extends ExternalId> externalIds);

    /** Adds a {@linkplain Event#datasetCodings() dataset coding}. */
    B addDatasetCoding(DatasetCoding datasetCoding);

    /** Adds {@linkplain Event#datasetCodings() dataset codings}, in order. */
    B addAllDatasetCodings(Iterable<? extends DatasetCoding> datasetCodings);

    /** Replaces the {@linkplain Event#datasetCodings() dataset codings} added so far. */
    B datasetCodings(Iterable<? extends DatasetCoding> datasetCodings);

    /** Puts an {@linkplain Event#extensions() extension}, in place of any of the same key. */
    B putExtension(String key, ExtensionValue value);

    /** Puts {@linkplain Event#extensions() extensions}, in place of any of the same keys. */
    B putAllExtensions(Map<String, ? extends ExtensionValue> extensions);

    /** Replaces the {@linkplain Event#extensions() extensions} put so far. */
    B extensions(Map<String, ? extends ExtensionValue> extensions);

    /**
     * The event.
     *
     * @throws dev.diplomacy.core.validation.MissingAttributesException when the id, or a property
     *     the kind requires, is missing
     * @throws dev.diplomacy.core.validation.ValidationException naming every rule the event breaks
     */
    Event build();
  }
}
