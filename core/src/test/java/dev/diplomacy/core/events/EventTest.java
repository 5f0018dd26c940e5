package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static dev.diplomacy.core.events.Rejections.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.When;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The envelope every kind of event shares, checked on every kind. */
class EventTest {

  private static final Id A = Id.of("north-korea");
  private static final Id B = Id.of("cuba");
  private static final Id KCNA = Id.of("kcna-2018-07-09");
  private static final Id OTHER = Id.of("other-event");

  /** The least that makes a valid event, for every kind, in the order of {@link EventKind}. */
  static List<Event> minimalOfEveryKind() {
    return Arrays.stream(EventKind.values())
        .map(EventTest::minimal)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The least that makes a valid event of {@code kind}. */
  static Event minimal(EventKind kind) {
    return switch (kind) {
      case MEETING ->
          Meeting.builder()
              .id(Id.of("meeting"))
              .addParticipants(Participant.of(A), Participant.of(B))
              .build();
      case MESSAGE ->
          Message.builder()
              .id(Id.of("message"))
              .sender(A)
              .addRecipient(B)
              .messageKind(MessageKind.GREETINGS)
              .build();
      case SUPPORT_PLEDGE ->
          SupportPledge.builder()
              .id(Id.of("pledge"))
              .pledger(A)
              .beneficiary(B)
              .addSupportKind(SupportKind.UNSPECIFIED)
              .build();
      case VISIT -> Visit.builder().id(Id.of("visit")).addVisitor(A).host(B).build();
      case DELEGATION -> Delegation.builder().id(Id.of("delegation")).sender(A).build();
      case MOURNING ->
          Mourning.builder()
              .id(Id.of("mourning"))
              .declarer(A)
              .mourned(Id.of("fidel-castro"))
              .build();
      case STATEMENT -> Statement.builder().id(Id.of("statement")).speaker(A).build();
      case MATERIAL_TRANSFER ->
          MaterialTransfer.builder()
              .id(Id.of("transfer"))
              .provider(A)
              .recipient(B)
              .addItem(Item.of("rifles"))
              .build();
      case AGREEMENT -> Agreement.builder().id(Id.of("agreement")).addSignatories(A, B).build();
      case RELATIONS_CHANGE ->
          RelationsChange.builder()
              .id(Id.of("relations-change"))
              .addInitiators(A, B)
              .relationsChangeKind(RelationsChangeKind.ESTABLISH)
              .build();
      case CODED ->
          CodedEvent.builder()
              .id(Id.of("coded"))
              .addParticipant(Participant.of(A, Role.SOURCE_ACTOR))
              .cameoCode("040")
              .build();
      case OPAQUE ->
          OpaqueEvent.builder().id(Id.of("opaque")).typeName("summit_communique").build();
    };
  }

  /** Envelope attributes to add to an event. */
  private static final DatasetCoding ICEWS_ROW =
      DatasetCoding.builder()
          .dataset("icews")
          .record("27823457")
          .cameo(CameoCode.of("040"))
          .goldstein(new BigDecimal("1.0"))
          .addSource(A)
          .addTarget(B)
          .build();

  private record Envelope(
      Optional<Certainty> certainty,
      Optional<String> summary,
      List<EventLink> links,
      List<Citation> citations,
      List<ExternalId> externalIds,
      List<DatasetCoding> datasetCodings,
      Map<String, ExtensionValue> extensions) {

    static Envelope certainty(Certainty c) {
      return new Envelope(
          Optional.of(c), Optional.empty(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }
  }

  /**
   * {@code e} rebuilt with the envelope's attributes added, whatever its kind: through the setters
   * that every kind's builder has as an {@link Event.Builder}.
   */
  private static Event with(Event e, Envelope v) {
    Event.Builder<?> b = EventGenerators.builderOf(e).summary(v.summary()).addAllLinks(v.links());
    v.certainty().ifPresent(b::certainty);
    return b.addAllCitations(v.citations())
        .addAllExternalIds(v.externalIds())
        .addAllDatasetCodings(v.datasetCodings())
        .putAllExtensions(v.extensions())
        .build();
  }

  @Test
  void thereIsOneMinimalExampleOfEveryKindAndItsKindMatchesItsType() {
    List<Event> events = minimalOfEveryKind();
    assertThat(events).extracting(Event::kind).containsExactly(EventKind.values());
    List<Class<?>> types =
        events.stream().map(e -> e.getClass().getSuperclass()).collect(Collectors.toList());
    assertThat(types).isEqualTo(List.of(Event.class.getPermittedSubclasses()));
  }

  @Test
  void everyKindIsAnAbstractClassThatOnlyThisPackageCanExtend() {
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      assertThat(Modifier.isAbstract(type.getModifiers())).as(type.getSimpleName()).isTrue();
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        int m = c.getModifiers();
        assertThat(Modifier.isPublic(m) || Modifier.isProtected(m) || Modifier.isPrivate(m))
            .as(c.toString())
            .isFalse();
      }
    }
  }

  @Test
  void derivedParticipantsCannotBeSetOnlyMeetingsAndCodedEventsTakeThem() throws Exception {
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      Class<?> builder = type.getMethod("builder").getReturnType();
      List<String> participantSetters =
          Arrays.stream(builder.getMethods())
              .map(java.lang.reflect.Method::getName)
              .filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains("participant"))
              .distinct()
              .sorted()
              .collect(Collectors.toList());
      if (type == Meeting.class || type == CodedEvent.class || type == OpaqueEvent.class) {
        assertThat(participantSetters)
            .as(type.getSimpleName())
            .contains("addParticipant", "participants");
      } else {
        assertThat(participantSetters).as(type.getSimpleName()).isEmpty();
      }
    }
  }

  @Test
  void certaintyIsReportedUnlessSaidOtherwiseForEveryKind() {
    for (Event e : minimalOfEveryKind()) {
      assertThat(e.certainty()).as(e.kind().name()).isEqualTo(Certainty.REPORTED);
      Event alleged = with(e, Envelope.certainty(Certainty.ALLEGED));
      assertThat(alleged.certainty()).as(e.kind().name()).isEqualTo(Certainty.ALLEGED);
      assertThat(EventGenerators.rebuild(alleged).certainty()).isEqualTo(Certainty.ALLEGED);
    }
  }

  @Test
  void everyKindCarriesAFullEnvelope() {
    Envelope full =
        new Envelope(
            Optional.of(Certainty.CONFIRMED),
            Optional.of("North Korea and Cuba met"),
            List.of(
                EventLink.partOf(OTHER),
                EventLink.follows(OTHER),
                EventLink.of(LinkKind.SAME_AS, Id.of("icews-1"))),
            List.of(
                Citation.of(KCNA, "a friendly atmosphere"),
                Citation.of(Id.of("breitbart-2018-07"))),
            List.of(ExternalId.of("icews", "27823457"), ExternalId.of("gdelt", "778899")),
            List.of(ICEWS_ROW, ICEWS_ROW.withSources(B).withTargets(A)),
            Map.of("acme:confidence", ExtensionValue.of(1), "newField", ExtensionValue.of("kept")));
    for (Event minimal : minimalOfEveryKind()) {
      Event e = with(minimal, full);
      assertThat(e.certainty()).isEqualTo(Certainty.CONFIRMED);
      assertThat(e.summary()).contains("North Korea and Cuba met");
      assertThat(e.links()).hasSize(3);
      assertThat(e.linked(LinkKind.PART_OF)).containsExactly(OTHER);
      assertThat(e.linked(LinkKind.REPLY_TO)).isEmpty();
      assertThat(e.citations())
          .extracting(Citation::source)
          .containsExactly(KCNA, Id.of("breitbart-2018-07"));
      assertThat(e.externalIds()).hasSize(2);
      assertThat(e.datasetCodings())
          .containsExactly(ICEWS_ROW, ICEWS_ROW.withSources(B).withTargets(A));
      assertThat(e.extensions()).containsOnlyKeys("acme:confidence", "newField");
      assertThat(EventGenerators.rebuild(e)).isEqualTo(e);
    }
  }

  @Test
  void everyKindRejectsEveryBrokenEnvelopeRuleAtOnceWithItsOwnPrefix() {
    for (Event minimal : minimalOfEveryKind()) {
      String owner = minimal.kind().codePrefix();
      Envelope bad =
          new Envelope(
              Optional.empty(),
              Optional.of(" "),
              List.of(
                  EventLink.partOf(minimal.id()),
                  EventLink.follows(OTHER),
                  EventLink.follows(OTHER)),
              List.of(Citation.of(KCNA), Citation.of(KCNA, "a friendly atmosphere")),
              List.of(ExternalId.of("icews", "1"), ExternalId.of("icews", "1")),
              List.of(ICEWS_ROW, ICEWS_ROW),
              Map.of("ACME:x", ExtensionValue.of(true)));
      assertRejectedAt(
          () -> with(minimal, bad),
          new String[] {
            "summary",
            "links[0].target",
            "links[2]",
            "citations[1]",
            "externalIds[1]",
            "datasetCodings[1]",
            "extensions[ACME:x]"
          },
          owner + ".summary.blank",
          owner + ".links.self",
          owner + ".links.duplicate",
          owner + ".citations.duplicate",
          owner + ".externalIds.duplicate",
          owner + ".datasetCodings.duplicate",
          owner + ".extensions.key");
    }
  }

  @Test
  void linksOfDifferentKindsToTheSameEventAreAllowed() {
    Statement s =
        Statement.builder()
            .id(Id.of("statement"))
            .speaker(A)
            .addLinks(EventLink.of(LinkKind.RESPONDS_TO, OTHER), EventLink.follows(OTHER))
            .build();
    assertThat(s.linked(LinkKind.RESPONDS_TO)).containsExactly(OTHER);
    assertThat(s.linked(LinkKind.FOLLOWS)).containsExactly(OTHER);
  }

  @Test
  void theSameSourceMayBeCitedByManyEventsButOnceByEach() {
    Statement s =
        Statement.builder()
            .id(Id.of("statement"))
            .speaker(A)
            .addCitation(Citation.of(KCNA, "a"))
            .build();
    Visit v =
        Visit.builder()
            .id(Id.of("visit"))
            .addVisitor(A)
            .host(B)
            .addCitation(Citation.of(KCNA, "b"))
            .build();
    assertThat(s.citations().get(0).source()).isEqualTo(v.citations().get(0).source());
    assertRejected(
        () -> s.withCitations(Citation.of(KCNA, "a"), Citation.of(KCNA, "c")),
        "statement.citations.duplicate");
  }

  @Test
  void actorIdsAreTheDistinctParticipantsInOrder() {
    CodedEvent e =
        CodedEvent.builder()
            .id(Id.of("coded"))
            .addParticipant(Participant.of(B, Role.SOURCE_ACTOR))
            .addParticipant(Participant.of(A, Role.TARGET_ACTOR))
            .addParticipant(Participant.of(B, Role.PARTICIPANT))
            .cameoCode("04")
            .build();
    assertThat(e.actorIds()).containsExactly(B, A);
  }

  @Test
  void anEventMayHaveATimeAndAPlace() {
    Event e =
        ((Meeting) minimalOfEveryKind().get(0))
            .withWhen(When.on("2018-07-05"))
            .withPlace(Place.of("Havana", Country.of("CU")));
    assertThat(e.when().map(w -> w.date().toString())).contains("2018-07-05");
    assertThat(e.place().flatMap(Place::locality)).contains("Havana");
  }
}
