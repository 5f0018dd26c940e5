package dev.diplomacy.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.diplomacy.benchmarks.records.Parts.About;
import dev.diplomacy.benchmarks.records.Parts.Citation;
import dev.diplomacy.benchmarks.records.Parts.EventLink;
import dev.diplomacy.benchmarks.records.Parts.Item;
import dev.diplomacy.benchmarks.records.Parts.Participant;
import dev.diplomacy.benchmarks.records.Parts.Place;
import dev.diplomacy.benchmarks.records.Parts.Precedent;
import dev.diplomacy.benchmarks.records.Parts.When;
import dev.diplomacy.core.events.AgreementKind;
import dev.diplomacy.core.events.Medium;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.TransferTerms;
import dev.diplomacy.core.events.VisitKind;
import dev.diplomacy.core.sources.Certainty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event as a record, one per kind, told apart by the {@code "type"} property: the envelope (id,
 * when, place, citations, certainty, summary, links, about, precedent, external ids) and then the
 * kind's own properties, in the order the format writes them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = EventRecord.Meeting.class, name = "meeting"),
  @JsonSubTypes.Type(value = EventRecord.Message.class, name = "message"),
  @JsonSubTypes.Type(value = EventRecord.SupportPledge.class, name = "support_pledge"),
  @JsonSubTypes.Type(value = EventRecord.Visit.class, name = "visit"),
  @JsonSubTypes.Type(value = EventRecord.Delegation.class, name = "delegation"),
  @JsonSubTypes.Type(value = EventRecord.Mourning.class, name = "mourning"),
  @JsonSubTypes.Type(value = EventRecord.Statement.class, name = "statement"),
  @JsonSubTypes.Type(value = EventRecord.MaterialTransfer.class, name = "material_transfer"),
  @JsonSubTypes.Type(value = EventRecord.Agreement.class, name = "agreement"),
  @JsonSubTypes.Type(value = EventRecord.Coded.class, name = "coded")
})
public sealed interface EventRecord {

  /** The event's id. */
  String id();

  /** A meeting. */
  record Meeting(
      String id,
      @Nullable When when,
      @Nullable Place place,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary,
      @Nullable List<EventLink> links,
      @Nullable List<About> about,
      @Nullable Precedent precedent,
      @Nullable List<String> externalIds,
      @Nullable List<Participant> participants,
      @Nullable MeetingFormat format,
      @Nullable List<String> topics,
      @Nullable String atmosphere)
      implements EventRecord {}

  /** A message. */
  record Message(
      String id,
      @Nullable When when,
      @Nullable Place place,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary,
      @Nullable List<EventLink> links,
      @Nullable List<About> about,
      @Nullable Precedent precedent,
      @Nullable List<String> externalIds,
      String sender,
      @Nullable List<String> recipients,
      @Nullable String envoy,
      MessageKind messageKind,
      @Nullable Medium medium,
      @Nullable String content)
      implements EventRecord {}

  /** A pledge of support. */
  record SupportPledge(
      String id,
      @Nullable When when,
      @Nullable Place place,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary,
      @Nullable List<EventLink> links,
      @Nullable List<About> about,
      @Nullable Precedent precedent,
      @Nullable List<String> externalIds,
      String pledger,
      String beneficiary,
      @Nullable List<SupportKind> supportKinds,
      @Nullable String content,
      @Nullable String context)
      implements EventRecord {}

  /** A visit. */
  record Visit(
      String id,
      @Nullable When when,
      @Nullable Place place,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary,
      @Nullable List<EventLink> links,
      @Nullable List<About> about,
      @Nullable Precedent precedent,
      @Nullable List<String> externalIds,
      @Nullable List<String> visitors,
      @Nullable String host,
      @Nullable VisitKind visitKind)
      implements EventRecord {}

  /** A delegation sent. */
  record Delegation(
      String id,
      @Nullable When when,
      @Nullable Place place,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary,
      @Nullable List<EventLink> links,
      @Nullable List<About> about,
      @Nullable Precedent precedent,
      @Nullable List<String> externalIds,
      String sender,
      @Nullable String head,
      @Nullable List<String> members,
      @Nullable String host,
      @Nullable String occasion)
      implements EventRecord {}

  /** A mourning declared. */
  record Mourning(
      String id,
      @Nullable When when,
      @Nullable Place place,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary,
      @Nullable List<EventLink> links,
      @Nullable List<About> about,
      @Nullable Precedent precedent,
      @Nullable List<String> externalIds,
      String declarer,
      String mourned,
      @Nullable Integer days)
      implements EventRecord {}

  /** A statement. */
  record Statement(
      String id,
      @Nullable When when,
      @Nullable Place place,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary,
      @Nullable List<EventLink> links,
      @Nullable List<About> about,
      @Nullable Precedent precedent,
      @Nullable List<String> externalIds,
      String speaker,
      @Nullable List<String> subjects,
      @Nullable StatementKind statementKind,
      @Nullable String content)
      implements EventRecord {}

  /** A transfer of material. */
  record MaterialTransfer(
      String id,
      @Nullable When when,
      @Nullable Place place,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary,
      @Nullable List<EventLink> links,
      @Nullable List<About> about,
      @Nullable Precedent precedent,
      @Nullable List<String> externalIds,
      String provider,
      String recipient,
      @Nullable List<Item> items,
      @Nullable TransferTerms terms)
      implements EventRecord {}

  /** An agreement. */
  record Agreement(
      String id,
      @Nullable When when,
      @Nullable Place place,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary,
      @Nullable List<EventLink> links,
      @Nullable List<About> about,
      @Nullable Precedent precedent,
      @Nullable List<String> externalIds,
      @Nullable List<String> signatories,
      @Nullable String title,
      @Nullable AgreementKind agreementKind)
      implements EventRecord {}

  /** An event with a CAMEO code. */
  record Coded(
      String id,
      @Nullable When when,
      @Nullable Place place,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary,
      @Nullable List<EventLink> links,
      @Nullable List<About> about,
      @Nullable Precedent precedent,
      @Nullable List<String> externalIds,
      @Nullable List<Participant> participants,
      String cameoCode,
      @Nullable String label,
      @Nullable Double intensity)
      implements EventRecord {}
}
