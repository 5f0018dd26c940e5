package dev.diplomacy.json.format.internal;

import static dev.diplomacy.json.format.internal.TextCodecs.enumeration;

import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.AgreementKind;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Disclosure;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Medium;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Mourning;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.RelationsChange;
import dev.diplomacy.core.events.RelationsChangeKind;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.TransferTerms;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.events.VisitKind;
import dev.diplomacy.core.sources.Certainty;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The codecs of the events: one per kind, each the envelope every event shares ({@code id}, {@code
 * when}, {@code place}, {@code citations}, {@code certainty}, {@code summary}, {@code links},
 * {@code about}, {@code precedent}, {@code externalIds}, {@code datasetCodings}, extensions)
 * followed by the kind's own properties, and {@link #CODEC} for the family. The type name of a kind
 * is its {@link EventKind} in lower snake case. Participants derived from a kind's own properties
 * (a message's sender, recipients and envoy) are not written: only a meeting, a coded event and an
 * opaque event list theirs.
 *
 * <pre>{@code
 * {"type": "message", "id": "castro-greetings-to-kim", "certainty": "reported", "sender": "raul-castro",
 *  "recipients": ["kim-jong-un"], "envoy": "ri-su-yong", "messageKind": "greetings"}
 * }</pre>
 */
public final class EventCodec {

  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString WHEN = new SerializedString("when");
  private static final SerializedString PLACE = new SerializedString("place");
  private static final SerializedString CITATIONS = new SerializedString("citations");
  private static final SerializedString CERTAINTY = new SerializedString("certainty");
  private static final SerializedString SUMMARY = new SerializedString("summary");
  private static final SerializedString LINKS = new SerializedString("links");
  private static final SerializedString ABOUT = new SerializedString("about");
  private static final SerializedString PRECEDENT = new SerializedString("precedent");
  private static final SerializedString EXTERNAL_IDS = new SerializedString("externalIds");
  private static final SerializedString DATASET_CODINGS = new SerializedString("datasetCodings");
  private static final String[] CERTAINTIES = TextCodecs.enumNames(Certainty.class);

  // The kinds' own properties, for their hand-written writers.
  private static final SerializedString PARTICIPANTS = new SerializedString("participants");
  private static final SerializedString FORMAT = new SerializedString("format");
  private static final SerializedString TOPICS = new SerializedString("topics");
  private static final SerializedString ATMOSPHERE = new SerializedString("atmosphere");
  private static final SerializedString SENDER = new SerializedString("sender");
  private static final SerializedString RECIPIENTS = new SerializedString("recipients");
  private static final SerializedString ENVOY = new SerializedString("envoy");
  private static final SerializedString MESSAGE_KIND = new SerializedString("messageKind");
  private static final SerializedString MEDIUM = new SerializedString("medium");
  private static final SerializedString CONTENT = new SerializedString("content");
  private static final SerializedString DISCLOSURE = new SerializedString("disclosure");
  private static final SerializedString SPEAKER = new SerializedString("speaker");
  private static final SerializedString SUBJECTS = new SerializedString("subjects");
  private static final SerializedString STATEMENT_KIND = new SerializedString("statementKind");
  private static final SerializedString VISITORS = new SerializedString("visitors");
  private static final SerializedString HOST = new SerializedString("host");
  private static final SerializedString VISIT_KIND = new SerializedString("visitKind");
  private static final SerializedString PLEDGER = new SerializedString("pledger");
  private static final SerializedString BENEFICIARY = new SerializedString("beneficiary");
  private static final SerializedString SUPPORT_KINDS = new SerializedString("supportKinds");
  private static final SerializedString CONTEXT = new SerializedString("context");
  private static final String[] MEETING_FORMATS = TextCodecs.enumNames(MeetingFormat.class);
  private static final String[] MESSAGE_KINDS = TextCodecs.enumNames(MessageKind.class);
  private static final String[] MEDIA = TextCodecs.enumNames(Medium.class);
  private static final String[] DISCLOSURES = TextCodecs.enumNames(Disclosure.class);
  private static final String[] STATEMENT_KINDS = TextCodecs.enumNames(StatementKind.class);
  private static final String[] VISIT_KINDS = TextCodecs.enumNames(VisitKind.class);
  private static final String[] SUPPORT_KIND_NAMES = TextCodecs.enumNames(SupportKind.class);

  static final ObjectCodec<Meeting, Meeting.Builder> MEETING =
      kind(EventKind.MEETING, Meeting.class, Meeting::builder, Meeting.Builder::build)
          .list(
              "participants",
              ParticipantCodec.CODEC,
              Meeting::participants,
              Meeting.Builder::addParticipant)
          .optional(
              "format", enumeration(MeetingFormat.class), Meeting::format, Meeting.Builder::format)
          .list("topics", TextCodecs.TEXT, Meeting::topics, Meeting.Builder::addTopic)
          .optional("atmosphere", TextCodecs.TEXT, Meeting::atmosphere, Meeting.Builder::atmosphere)
          .writtenBy(EventCodec::writeMeeting)
          .build();

  static final ObjectCodec<Message, Message.Builder> MESSAGE =
      kind(EventKind.MESSAGE, Message.class, Message::builder, Message.Builder::build)
          .required("sender", AgentCodec.CODEC, Message::sender, Message.Builder::sender)
          .list("recipients", TextCodecs.ID, Message::recipients, Message.Builder::addRecipient)
          .optional("envoy", AgentCodec.CODEC, Message::envoy, Message.Builder::envoy)
          .required(
              "messageKind",
              enumeration(MessageKind.class),
              Message::messageKind,
              Message.Builder::messageKind)
          .optional("medium", enumeration(Medium.class), Message::medium, Message.Builder::medium)
          .optional("content", TextCodecs.TEXT, Message::content, Message.Builder::content)
          .optional(
              "disclosure",
              enumeration(Disclosure.class),
              Message::disclosure,
              Message.Builder::disclosure)
          .writtenBy(EventCodec::writeMessage)
          .build();

  static final ObjectCodec<SupportPledge, SupportPledge.Builder> SUPPORT_PLEDGE =
      kind(
              EventKind.SUPPORT_PLEDGE,
              SupportPledge.class,
              SupportPledge::builder,
              SupportPledge.Builder::build)
          .required(
              "pledger", AgentCodec.CODEC, SupportPledge::pledger, SupportPledge.Builder::pledger)
          .required(
              "beneficiary",
              TextCodecs.ID,
              SupportPledge::beneficiary,
              SupportPledge.Builder::beneficiary)
          .set(
              "supportKinds",
              enumeration(SupportKind.class),
              SupportPledge::supportKinds,
              SupportPledge.Builder::addSupportKind)
          .optional(
              "content", TextCodecs.TEXT, SupportPledge::content, SupportPledge.Builder::content)
          .optional(
              "context", TextCodecs.TEXT, SupportPledge::context, SupportPledge.Builder::context)
          .writtenBy(EventCodec::writeSupportPledge)
          .build();

  static final ObjectCodec<Visit, Visit.Builder> VISIT =
      kind(EventKind.VISIT, Visit.class, Visit::builder, Visit.Builder::build)
          .list("visitors", AgentCodec.CODEC, Visit::visitors, Visit.Builder::addVisitor)
          .optional("host", AgentCodec.CODEC, Visit::host, Visit.Builder::host)
          .optional(
              "visitKind", enumeration(VisitKind.class), Visit::visitKind, Visit.Builder::visitKind)
          .writtenBy(EventCodec::writeVisit)
          .build();

  static final ObjectCodec<Delegation, Delegation.Builder> DELEGATION =
      kind(EventKind.DELEGATION, Delegation.class, Delegation::builder, Delegation.Builder::build)
          .required("sender", TextCodecs.ID, Delegation::sender, Delegation.Builder::sender)
          .optional("head", AgentCodec.CODEC, Delegation::head, Delegation.Builder::head)
          .list("members", AgentCodec.CODEC, Delegation::members, Delegation.Builder::addMember)
          .optional("host", AgentCodec.CODEC, Delegation::host, Delegation.Builder::host)
          .optional("occasion", TextCodecs.TEXT, Delegation::occasion, Delegation.Builder::occasion)
          .build();

  static final ObjectCodec<Mourning, Mourning.Builder> MOURNING =
      kind(EventKind.MOURNING, Mourning.class, Mourning::builder, Mourning.Builder::build)
          .required("declarer", TextCodecs.ID, Mourning::declarer, Mourning.Builder::declarer)
          .required("mourned", TextCodecs.ID, Mourning::mourned, Mourning.Builder::mourned)
          .optionalInt("days", Mourning::days, Mourning.Builder::days)
          .build();

  static final ObjectCodec<Statement, Statement.Builder> STATEMENT =
      kind(EventKind.STATEMENT, Statement.class, Statement::builder, Statement.Builder::build)
          .required("speaker", AgentCodec.CODEC, Statement::speaker, Statement.Builder::speaker)
          .list("subjects", TextCodecs.ID, Statement::subjects, Statement.Builder::addSubject)
          .optional(
              "statementKind",
              enumeration(StatementKind.class),
              Statement::statementKind,
              Statement.Builder::statementKind)
          .optional("content", TextCodecs.TEXT, Statement::content, Statement.Builder::content)
          .writtenBy(EventCodec::writeStatement)
          .build();

  static final ObjectCodec<RelationsChange, RelationsChange.Builder> RELATIONS_CHANGE =
      kind(
              EventKind.RELATIONS_CHANGE,
              RelationsChange.class,
              RelationsChange::builder,
              RelationsChange.Builder::build)
          .list(
              "initiators",
              TextCodecs.ID,
              RelationsChange::initiators,
              RelationsChange.Builder::addInitiator)
          .list(
              "counterparts",
              TextCodecs.ID,
              RelationsChange::counterparts,
              RelationsChange.Builder::addCounterpart)
          .required(
              "relationsChangeKind",
              enumeration(RelationsChangeKind.class),
              RelationsChange::relationsChangeKind,
              RelationsChange.Builder::relationsChangeKind)
          .list(
              "diplomats",
              TextCodecs.ID,
              RelationsChange::diplomats,
              RelationsChange.Builder::addDiplomat)
          .build();

  static final ObjectCodec<MaterialTransfer, MaterialTransfer.Builder> MATERIAL_TRANSFER =
      kind(
              EventKind.MATERIAL_TRANSFER,
              MaterialTransfer.class,
              MaterialTransfer::builder,
              MaterialTransfer.Builder::build)
          .required(
              "provider",
              TextCodecs.ID,
              MaterialTransfer::provider,
              MaterialTransfer.Builder::provider)
          .required(
              "recipient",
              TextCodecs.ID,
              MaterialTransfer::recipient,
              MaterialTransfer.Builder::recipient)
          .list(
              "items", ItemCodec.CODEC, MaterialTransfer::items, MaterialTransfer.Builder::addItem)
          .optional(
              "terms",
              enumeration(TransferTerms.class),
              MaterialTransfer::terms,
              MaterialTransfer.Builder::terms)
          .build();

  static final ObjectCodec<Agreement, Agreement.Builder> AGREEMENT =
      kind(EventKind.AGREEMENT, Agreement.class, Agreement::builder, Agreement.Builder::build)
          .list("parties", TextCodecs.ID, Agreement::parties, Agreement.Builder::addParty)
          .list(
              "signatories",
              AgentCodec.CODEC,
              Agreement::signatories,
              Agreement.Builder::addSignatory)
          .optional("title", TextCodecs.TEXT, Agreement::title, Agreement.Builder::title)
          .optional(
              "agreementKind",
              enumeration(AgreementKind.class),
              Agreement::agreementKind,
              Agreement.Builder::agreementKind)
          .list(
              "provisions",
              ProvisionCodec.CODEC,
              Agreement::provisions,
              Agreement.Builder::addProvision)
          .build();

  static final ObjectCodec<CodedEvent, CodedEvent.Builder> CODED =
      kind(EventKind.CODED, CodedEvent.class, CodedEvent::builder, CodedEvent.Builder::build)
          .list(
              "participants",
              ParticipantCodec.CODEC,
              CodedEvent::participants,
              CodedEvent.Builder::addParticipant)
          .required(
              "cameoCode", TextCodecs.TEXT, CodedEvent::cameoCode, CodedEvent.Builder::cameoCode)
          .optional("label", TextCodecs.TEXT, CodedEvent::label, CodedEvent.Builder::label)
          .optionalDouble("intensity", CodedEvent::intensity, CodedEvent.Builder::intensity)
          .build();

  /**
   * An event of a kind this version does not know, read in lenient mode: its {@code "type"} kept as
   * it is, the envelope and participants read as usual, any other property kept as an extension.
   */
  static final ObjectCodec<OpaqueEvent, OpaqueEvent.Builder> OPAQUE =
      envelope(
              ObjectCodec.builder(
                      OpaqueEvent.class, OpaqueEvent::builder, OpaqueEvent.Builder::build)
                  .anyTypeName("typeName", OpaqueEvent::typeName, OpaqueEvent.Builder::typeName))
          .list(
              "participants",
              ParticipantCodec.CODEC,
              OpaqueEvent::participants,
              OpaqueEvent.Builder::addParticipant)
          .build();

  /**
   * The codec of each kind. A switch with no {@code default}: a new kind of event does not compile
   * until it has a codec.
   */
  public static ObjectCodec<? extends Event, ?> codec(EventKind kind) {
    return switch (kind) {
      case MEETING -> MEETING;
      case MESSAGE -> MESSAGE;
      case SUPPORT_PLEDGE -> SUPPORT_PLEDGE;
      case VISIT -> VISIT;
      case DELEGATION -> DELEGATION;
      case MOURNING -> MOURNING;
      case STATEMENT -> STATEMENT;
      case MATERIAL_TRANSFER -> MATERIAL_TRANSFER;
      case AGREEMENT -> AGREEMENT;
      case RELATIONS_CHANGE -> RELATIONS_CHANGE;
      case CODED -> CODED;
      case OPAQUE -> OPAQUE;
    };
  }

  /** The codecs of every kind, in the order of {@link EventKind}. */
  public static final List<ObjectCodec<? extends Event, ?>> KINDS =
      Arrays.stream(EventKind.values())
          .<ObjectCodec<? extends Event, ?>>map(EventCodec::codec)
          .collect(Collectors.toUnmodifiableList());

  /** What a line of a dossier's NDJSON that holds no event is, for an event's reader. */
  private static final String NOT_AN_EVENT =
      "a line of a dossier's NDJSON that holds no event (NdjsonDossierReader reads every line)";

  /**
   * Any event, by its {@code "type"}: every kind, and the opaque kind for lenient reading. The
   * names of the other lines of a dossier's NDJSON (actors, sources, relationships, the header) are
   * reserved: never read as an opaque event.
   */
  public static final UnionCodec<Event> CODEC = union();

  private static UnionCodec<Event> union() {
    UnionCodec.Builder<Event> union = UnionCodec.builder(Event.class);
    for (ObjectCodec<? extends Event, ?> kind : KINDS) {
      if (kind.keepsAnyTypeName()) {
        union.opaque(kind);
      } else {
        union.kind(kind);
      }
    }
    for (ActorKind actor : ActorKind.values()) {
      union.reserved(TextCodecs.enumName(actor), NOT_AN_EVENT);
    }
    return union
        .reserved(SourceCodec.TYPE_NAME, NOT_AN_EVENT)
        .reserved(RelationshipCodec.TYPE_NAME, NOT_AN_EVENT)
        .reserved(
            DossierCodec.HEADER_TYPE_NAME,
            "the header of a dossier's NDJSON (NdjsonDossierReader reads every line)")
        .build();
  }

  private EventCodec() {}

  private static <T extends Event, B extends Event.Builder<B>> ObjectCodec.Builder<T, B> kind(
      EventKind kind, Class<T> type, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return envelope(
        ObjectCodec.builder(type, newBuilder, build).typeName(TextCodecs.enumName(kind)));
  }

  /**
   * Declares the envelope's properties, which every kind's builder sets as an {@link
   * Event.Builder}.
   */
  private static <T extends Event, B extends Event.Builder<B>> ObjectCodec.Builder<T, B> envelope(
      ObjectCodec.Builder<T, B> c) {
    return c.required(ID.getValue(), TextCodecs.ID, Event::id, Event.Builder::id)
        .optional(WHEN.getValue(), WhenCodec.CODEC, Event::when, Event.Builder::when)
        .optional(PLACE.getValue(), PlaceCodec.CODEC, Event::place, Event.Builder::place)
        .list(
            CITATIONS.getValue(), CitationCodec.CODEC, Event::citations, Event.Builder::addCitation)
        .required(
            CERTAINTY.getValue(),
            enumeration(Certainty.class),
            Event::certainty,
            Event.Builder::certainty)
        .optional(SUMMARY.getValue(), TextCodecs.TEXT, Event::summary, Event.Builder::summary)
        .list(LINKS.getValue(), EventLinkCodec.CODEC, Event::links, Event.Builder::addLink)
        .list(ABOUT.getValue(), AboutCodec.CODEC, Event::about, Event.Builder::addAbout)
        .optional(
            PRECEDENT.getValue(), PrecedentCodec.CODEC, Event::precedent, Event.Builder::precedent)
        .list(
            EXTERNAL_IDS.getValue(),
            TextCodecs.EXTERNAL_ID,
            Event::externalIds,
            Event.Builder::addExternalId)
        .list(
            DATASET_CODINGS.getValue(),
            DatasetCodingCodec.CODEC,
            Event::datasetCodings,
            Event.Builder::addDatasetCoding)
        .writtenBy(EventCodec::writeEnvelope)
        .extensions(Event::extensions, Event.Builder::putAllExtensions);
  }

  /** The envelope's properties, as declared in {@link #envelope}. */
  private static void writeEnvelope(Event e, JsonOutput out) {
    out.string(ID, e.id().value());
    out.value(WHEN, WhenCodec.CODEC, e.when());
    out.value(PLACE, PlaceCodec.CODEC, e.place());
    out.array(CITATIONS, CitationCodec.CODEC, e.citations());
    out.string(CERTAINTY, CERTAINTIES[e.certainty().ordinal()]);
    out.string(SUMMARY, e.summary());
    out.array(LINKS, EventLinkCodec.CODEC, e.links());
    out.array(ABOUT, AboutCodec.CODEC, e.about());
    out.value(PRECEDENT, PrecedentCodec.CODEC, e.precedent());
    out.array(EXTERNAL_IDS, TextCodecs.EXTERNAL_ID, e.externalIds());
    out.array(DATASET_CODINGS, DatasetCodingCodec.CODEC, e.datasetCodings());
  }

  private static void writeMeeting(Meeting m, JsonOutput out) {
    out.array(PARTICIPANTS, ParticipantCodec.CODEC, m.participants());
    out.constant(FORMAT, MEETING_FORMATS, m.format());
    out.array(TOPICS, TextCodecs.TEXT, m.topics());
    out.string(ATMOSPHERE, m.atmosphere());
  }

  private static void writeMessage(Message m, JsonOutput out) {
    out.name(SENDER);
    AgentCodec.CODEC.write(m.sender(), out);
    out.ids(RECIPIENTS, m.recipients());
    out.value(ENVOY, AgentCodec.CODEC, m.envoy());
    out.string(MESSAGE_KIND, MESSAGE_KINDS[m.messageKind().ordinal()]);
    out.constant(MEDIUM, MEDIA, m.medium());
    out.string(CONTENT, m.content());
    out.constant(DISCLOSURE, DISCLOSURES, m.disclosure());
  }

  private static void writeSupportPledge(SupportPledge p, JsonOutput out) {
    out.name(PLEDGER);
    AgentCodec.CODEC.write(p.pledger(), out);
    out.string(BENEFICIARY, p.beneficiary().value());
    out.constants(SUPPORT_KINDS, SUPPORT_KIND_NAMES, p.supportKinds());
    out.string(CONTENT, p.content());
    out.string(CONTEXT, p.context());
  }

  private static void writeVisit(Visit v, JsonOutput out) {
    out.array(VISITORS, AgentCodec.CODEC, v.visitors());
    out.value(HOST, AgentCodec.CODEC, v.host());
    out.constant(VISIT_KIND, VISIT_KINDS, v.visitKind());
  }

  private static void writeStatement(Statement s, JsonOutput out) {
    out.name(SPEAKER);
    AgentCodec.CODEC.write(s.speaker(), out);
    out.ids(SUBJECTS, s.subjects());
    out.constant(STATEMENT_KIND, STATEMENT_KINDS, s.statementKind());
    out.string(CONTENT, s.content());
  }
}
