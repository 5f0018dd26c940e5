package dev.diplomacy.interop.icews;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.When;
import dev.diplomacy.interop.CameoEventKinds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Makes the event of one row, or of a row and its mirror, by the table of {@link IcewsImporter}.
 */
final class IcewsEventMaker {

  /** The name of the dataset in the codings of its rows ({@link DatasetCoding#dataset()}). */
  static final String DATASET = "icews";

  /**
   * The extension with the name ICEWS gave an actor it could not identify ("Unspecified Actor"),
   * source side.
   */
  static final String UNIDENTIFIED_SOURCE = "icews:unidentifiedSource";

  /** The same, target side. */
  static final String UNIDENTIFIED_TARGET = "icews:unidentifiedTarget";

  /** The extension with the story id of an event whose story has no source (no publisher given). */
  static final String STORY_ID = "icews:storyId";

  /** The extension with the sentence number that goes with {@link #STORY_ID}. */
  static final String SENTENCE = "icews:sentence";

  /**
   * The codes whose rows are symmetric: A consults B is B consults A. Their mirrored rows make one
   * event.
   */
  static final Set<String> SYMMETRIC = Set.of("040", "041", "044", "057");

  /** A row with its actors, found in the actor table: empty where the row names none. */
  record Row(IcewsRow row, Optional<ActorTable.Entry> source, Optional<ActorTable.Entry> target) {

    Optional<Id> sourceId() {
      return source.isPresent() ? source.get().optionalId() : Optional.empty();
    }

    Optional<Id> targetId() {
      return target.isPresent() ? target.get().optionalId() : Optional.empty();
    }

    /** True when both sides name actors, and not the same. */
    boolean twoActors() {
      return source.isPresent() && target.isPresent() && source.get() != target.get();
    }
  }

  /**
   * The builder of every row's coding, reused: each row sets every attribute an ICEWS coding has
   * (none has a PLOVER category or extensions), so nothing of a row is left for the next one.
   */
  private final DatasetCoding.Builder codings = DatasetCoding.builder().dataset(DATASET);

  /**
   * The builder of every coded event, reused: each row sets every attribute of the envelope and of
   * a coded event that an ICEWS row gives, and none of the others, so nothing of a row is left for
   * the next one.
   */
  private final CodedEvent.Builder codedEvents = CodedEvent.builder();

  /**
   * The event of {@code row}, joined by its mirror when there is one, citing {@code citations} (the
   * row's story and sentence, when the story has a source: one citation or none): the typed event
   * of {@link CameoEventKinds} where one fits, else the coded event.
   */
  Event make(Row row, Optional<Row> mirror, List<Citation> citations, When when) {
    IcewsRow r = row.row();
    Optional<Event.Builder<?>> typed =
        CameoEventKinds.typedBuilder(r.cameoCode().code(), row.sourceId(), row.targetId());
    if (typed.isEmpty() || !validLabel(r)) {
      // a label that breaks the rules of a coded event's rejects the row, typed or not
      return coded(row, mirror, citations, when);
    }
    Event.Builder<?> b = typed.get();
    envelope(b, row, mirror, citations, when);
    return b.build();
  }

  /** True when the row's event text is a valid {@link CodedEvent#label()}, or there is none. */
  private static boolean validLabel(IcewsRow r) {
    return r.eventText().isEmpty()
        || (!Checks.isBlank(r.eventText().get()) && Checks.loneSurrogate(r.eventText().get()) < 0);
  }

  /**
   * The generic coded event of a row: the source actor as {@link Role#SOURCE_ACTOR}, the target as
   * {@link Role#TARGET_ACTOR}, the ICEWS event text as label, the intensity; with the envelope.
   */
  private CodedEvent coded(Row row, Optional<Row> mirror, List<Citation> citations, When when) {
    IcewsRow r = row.row();
    CodedEvent.Builder b = codedEvents;
    envelope(b, row, mirror, citations, when);
    b.cameoCode(r.cameoCode().code())
        .label(r.eventText())
        .intensity(
            r.intensity().isPresent()
                ? OptionalDouble.of(r.intensity().get().doubleValue())
                : OptionalDouble.empty())
        .participants(List.of());
    if (row.source().isPresent()) {
      b.addParticipant(row.source().get().participant(Role.SOURCE_ACTOR));
    }
    if (row.target().isPresent()) {
      b.addParticipant(row.target().get().participant(Role.TARGET_ACTOR));
    }
    return b.build();
  }

  /**
   * Sets the envelope every event of the row shares: id, date, place, citation, external ids, the
   * coding of the row and of its mirror, extensions.
   */
  private void envelope(
      Event.Builder<?> b, Row row, Optional<Row> mirror, List<Citation> citations, When when) {
    IcewsRow r = row.row();
    ExternalId externalId = ExternalId.of("icews", r.eventId());
    List<ExternalId> externalIds =
        mirror.isEmpty()
            ? List.of(externalId)
            : List.of(externalId, ExternalId.of("icews", mirror.get().row().eventId()));
    Map<String, ExtensionValue> extensions = Map.of();
    if (!row.twoActors() || (citations.isEmpty() && r.storyId().isPresent())) {
      extensions = extensions(row, citations);
    }
    b.id(Id.of("icews-" + r.eventId()))
        .when(when)
        .place(r.place())
        .citations(citations)
        .externalIds(externalIds)
        .datasetCodings(
            mirror.isEmpty() ? List.of(coding(row)) : List.of(coding(row), coding(mirror.get())))
        .extensions(extensions);
  }

  /**
   * The extensions of a row's event: the names of the actors ICEWS could not identify, the story
   * and sentence of a story without a source.
   */
  private static Map<String, ExtensionValue> extensions(Row row, List<Citation> citations) {
    IcewsRow r = row.row();
    Map<String, ExtensionValue> extensions = new LinkedHashMap<>();
    if (row.source().isEmpty()) {
      r.source().name().ifPresent(n -> extensions.put(UNIDENTIFIED_SOURCE, ExtensionValue.of(n)));
    }
    if (row.target().isEmpty()) {
      r.target().name().ifPresent(n -> extensions.put(UNIDENTIFIED_TARGET, ExtensionValue.of(n)));
    }
    if (citations.isEmpty() && r.storyId().isPresent()) {
      extensions.put(STORY_ID, ExtensionValue.of(r.storyId().get()));
      r.sentence().ifPresent(n -> extensions.put(SENTENCE, ExtensionValue.of(n)));
    }
    return extensions;
  }

  /**
   * What the row said, as ICEWS gave it: its Event ID, CAMEO code, intensity and the code's quad
   * class, and its source and target actors, in the row's own direction.
   */
  private DatasetCoding coding(Row row) {
    IcewsRow r = row.row();
    return codings
        .record(r.eventId())
        .cameo(r.cameoCode())
        .goldstein(r.intensity())
        .quadClass(r.cameoCode().quadClass())
        .sources(row.source().isPresent() ? row.source().get().idList() : List.of())
        .targets(row.target().isPresent() ? row.target().get().idList() : List.of())
        .build();
  }
}
