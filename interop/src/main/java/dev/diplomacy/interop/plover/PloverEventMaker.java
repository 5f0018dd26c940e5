package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.codes.PloverMapping;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Making the event of a {@link PendingEvent}, typed where one fits. */
final class PloverEventMaker {

  /** The name of the dataset in the codings of its records ({@link DatasetCoding#dataset()}). */
  static final String DATASET = "plover";

  private PloverEventMaker() {}

  /** The event's id, the first that {@code take} takes of those the record wants. */
  static Id eventId(PendingEvent p, Predicate<Id> take) {
    if (p.wantedId != null && Id.isValid(p.wantedId) && take.test(Id.of(p.wantedId))) {
      return Id.of(p.wantedId);
    }
    if (p.recordId != null && Id.isValid(p.recordId) && take.test(Id.of(p.recordId))) {
      return Id.of(p.recordId);
    }
    String base = p.recordId != null && Id.isValid(p.recordId) ? p.recordId : null;
    if (base == null && p.recordId != null) {
      try {
        base = Id.slug(p.recordId).value();
      } catch (ValidationException e) {
        base = null;
      }
    }
    if (base == null) {
      base = "plover-record-" + p.index;
    }
    if (base.length() > 120) {
      base = base.substring(0, 120);
    }
    Id id = Id.of(base);
    for (int n = 2; !take.test(id); n++) {
      id = Id.of(base + "-" + n);
    }
    return id;
  }

  static Event event(PendingEvent p, Map<PendingEvent.SourceKey, Id> sourceIds) {
    Id id = p.id == null ? Id.of("plover-record-" + p.index) : p.id;
    List<ExternalId> externalIds = new ArrayList<>();
    if (p.recordId != null && !p.recordId.equals(id.value())) {
      try {
        externalIds.add(ExternalId.of("plover", p.recordId));
      } catch (ValidationException e) {
        p.extensions.put(PloverCodes.NS + "id", ExtensionValue.of(p.recordId));
      }
    }
    List<Citation> citations = new ArrayList<>();
    if (p.source != null) {
      citations.add(
          Citation.builder()
              .source(sourceIds.get(p.source))
              .quote(Optional.ofNullable(p.quote))
              .build());
    }
    List<Id> from = p.sources.stream().map(ActorBook.Entry::id).distinct().toList();
    List<Id> to = p.recipients.stream().map(ActorBook.Entry::id).distinct().toList();
    Map<String, ExtensionValue> extensions = new LinkedHashMap<>(p.extensions);
    Optional<When> when = Optional.ofNullable(p.when);
    Optional<Place> place = Optional.ofNullable(p.place);
    List<DatasetCoding> codings = List.of(coding(p, from, to));

    if (p.category == PloverCategory.CONSULT) {
      Map<String, ExtensionValue> typedExtensions = new LinkedHashMap<>(extensions);
      if (p.eventText != null) {
        typedExtensions.put(PloverCodes.NS + "event_text", p.eventText);
      }
      Event typed =
          consult(
              p,
              id,
              from,
              to,
              new Envelope(when, place, citations, externalIds, codings, typedExtensions));
      if (typed != null) {
        return typed;
      }
    }
    if (p.eventText instanceof ExtensionValue.ListValue) {
      extensions.put(PloverCodes.NS + "event_text", p.eventText);
    }
    List<Participant> participants = new ArrayList<>();
    from.forEach(a -> participants.add(Participant.of(a, Role.SOURCE_ACTOR)));
    to.forEach(a -> participants.add(Participant.of(a, Role.TARGET_ACTOR)));
    return new Envelope(when, place, citations, externalIds, codings, extensions)
        .on(CodedEvent.builder())
        .id(id)
        .participants(participants)
        .cameoCode(p.code)
        .label(Optional.ofNullable(p.label))
        .build();
  }

  /** What an event takes from its record besides its own fields. */
  private record Envelope(
      Optional<When> when,
      Optional<Place> place,
      List<Citation> citations,
      List<ExternalId> externalIds,
      List<DatasetCoding> datasetCodings,
      Map<String, ExtensionValue> extensions) {

    /** {@code builder}, of any kind, with the record's envelope set. */
    <B extends Event.Builder<B>> B on(B builder) {
      return builder
          .when(when)
          .place(place)
          .citations(citations)
          .externalIds(externalIds)
          .datasetCodings(datasetCodings)
          .extensions(extensions);
    }
  }

  /**
   * What the record said, as PLOVER gave it: its id, its category with the mode and contexts that
   * are single words (any other stays in the extensions {@code plover:mode} and {@code
   * plover:context} only), its CAMEO code when the record gives one of its category, and its source
   * and recipient actors.
   */
  static DatasetCoding coding(PendingEvent p, List<Id> from, List<Id> to) {
    PloverMapping mapping = PloverMapping.of(p.category);
    if (p.mode != null) {
      mapping = valid(mapping, m -> m.withMode(p.mode.strip()));
    }
    if (p.extensions.get(PloverCodes.NS + "context") instanceof ExtensionValue.ListValue contexts) {
      for (ExtensionValue c : contexts.values()) {
        if (c instanceof ExtensionValue.TextValue text) {
          mapping = valid(mapping, m -> m.withContexts(plus(m.contexts(), text.value())));
        }
      }
    }
    DatasetCoding.Builder coding =
        DatasetCoding.builder().dataset(DATASET).plover(mapping).sources(from).targets(to);
    if (p.recordId != null && !Checks.isBlank(p.recordId) && Checks.loneSurrogate(p.recordId) < 0) {
      coding.record(p.recordId);
    }
    if (p.codeGiven) {
      coding.cameo(CameoCode.of(p.code));
    }
    return coding.build();
  }

  /** {@code change} of {@code mapping}, or {@code mapping} when the change breaks its rules. */
  private static PloverMapping valid(PloverMapping mapping, UnaryOperator<PloverMapping> change) {
    try {
      return change.apply(mapping);
    } catch (ValidationException e) {
      return mapping;
    }
  }

  private static <T> List<T> plus(List<T> list, T one) {
    List<T> out = new ArrayList<>(list);
    out.add(one);
    return out;
  }

  /** The typed event that a CONSULT record makes, or null when none fits. */
  private static @Nullable Event consult(
      PendingEvent p, Id id, List<Id> from, List<Id> to, Envelope envelope) {
    // the root code 04 says no more than the category: the mode tells
    String how =
        p.codeGiven && !p.code.equals("04")
            ? p.code
            : p.mode == null ? "" : p.mode.toLowerCase(Locale.ROOT);
    List<Id> all = new ArrayList<>(new LinkedHashSet<>(concat(from, to)));
    switch (how) {
      case "041":
      case "phone":
        return all.size() < 2 ? null : meeting(envelope, id, all, MeetingFormat.PHONE);
      case "042":
      case "visit":
        if (from.isEmpty() || to.size() > 1 || (to.size() == 1 && from.contains(to.get(0)))) {
          return null;
        }
        if (to.isEmpty() && p.place == null) {
          return null;
        }
        Visit.Builder visit = envelope.on(Visit.builder()).id(id);
        from.forEach(visit::addVisitor);
        if (!to.isEmpty()) {
          visit.host(to.get(0));
        }
        return visit.build();
      case "043":
      case "host":
        if (from.size() != 1 || to.isEmpty() || to.contains(from.get(0))) {
          return null;
        }
        List<Participant> participants = new ArrayList<>();
        participants.add(Participant.of(from.get(0), Role.HOST));
        to.forEach(g -> participants.add(Participant.of(g, Role.GUEST)));
        return envelope.on(Meeting.builder()).id(id).participants(participants).build();
      case "04":
      case "040":
      case "044":
      case "":
      case "third-party":
        return all.size() < 2 ? null : meeting(envelope, id, all, null);
      case "multilateral":
        return all.size() < 2 ? null : meeting(envelope, id, all, MeetingFormat.MULTILATERAL);
      default:
        return null;
    }
  }

  private static Meeting meeting(
      Envelope envelope, Id id, List<Id> actors, @Nullable MeetingFormat format) {
    return envelope
        .on(Meeting.builder())
        .id(id)
        .participants(actors.stream().map(Participant::of).toList())
        .format(Optional.ofNullable(format))
        .build();
  }

  private static List<Id> concat(List<Id> a, List<Id> b) {
    List<Id> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
