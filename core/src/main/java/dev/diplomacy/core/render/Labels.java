package dev.diplomacy.core.render;

import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.AgreementKind;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.RelationsChange;
import dev.diplomacy.core.events.RelationsChangeKind;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The short words that name kinds, dates and certainties, shared by every renderer. */
final class Labels {

  private Labels() {}

  /**
   * The kind of an event, as specific as its fields allow: {@code meeting}, {@code phone call},
   * {@code greetings}, {@code letter}, {@code support pledge}, {@code condolence visit}, {@code
   * praise}, {@code treaty}, {@code CAMEO 06}.
   */
  static String kind(Event event) {
    return switch (event.kind()) {
      case MEETING -> {
        MeetingFormat format = ((Meeting) event).format().orElse(MeetingFormat.BILATERAL);
        yield format == MeetingFormat.PHONE
            ? "phone call"
            : format == MeetingFormat.VIDEO ? "video call" : "meeting";
      }
      case MESSAGE -> {
        MessageKind kind = ((Message) event).messageKind();
        yield kind == MessageKind.OTHER ? "message" : words(kind);
      }
      case VISIT -> ((Visit) event).visitKind().map(k -> words(k) + " visit").orElse("visit");
      case STATEMENT ->
          ((Statement) event)
              .statementKind()
              .filter(k -> k != StatementKind.OTHER)
              .map(Labels::words)
              .orElse("statement");
      case AGREEMENT ->
          ((Agreement) event)
              .agreementKind()
              .filter(k -> k != AgreementKind.OTHER)
              .map(Labels::words)
              .orElse("agreement");
      case RELATIONS_CHANGE -> change(((RelationsChange) event).relationsChangeKind());
      case CODED -> "CAMEO " + ((CodedEvent) event).cameoCode();
      case OPAQUE -> ((OpaqueEvent) event).typeName().replace('_', ' ');
      case SUPPORT_PLEDGE, DELEGATION, MOURNING, MATERIAL_TRANSFER -> words(event.kind());
    };
  }

  /** A change of relations in a few words: {@code relations broken off}, {@code embassy closed}. */
  static String change(RelationsChangeKind kind) {
    return switch (kind) {
      case ESTABLISH -> "relations established";
      case BREAK -> "relations broken off";
      case SUSPEND -> "relations suspended";
      case RESTORE -> "relations restored";
      case DOWNGRADE -> "relations downgraded";
      case OPEN_EMBASSY -> "embassy opened";
      case CLOSE_EMBASSY -> "embassy closed";
      case RECALL_DIPLOMATS -> "diplomats recalled";
      case EXPEL_DIPLOMATS -> "diplomats expelled";
    };
  }

  /**
   * The kind of a relationship: {@code alliance}, {@code diplomatic relations}, {@code
   * relationship}.
   */
  static String kind(Relationship relationship) {
    RelationshipKind kind = relationship.relationshipKind();
    return kind == RelationshipKind.OTHER ? "relationship" : words(kind);
  }

  /** An enum constant as lower-case words: {@code SUPPORT_PLEDGE} is {@code support pledge}. */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** When an event happened: {@code 2018-07-05}, {@code 2018-03}, {@code 2016-11-26/2016-11-28}. */
  static Optional<String> date(Event event) {
    return event.when().map(Labels::date);
  }

  static String date(When when) {
    return when.date() + when.until().map(u -> "/" + u).orElse("");
  }

  /**
   * When a relationship held, in the source's words where given, else from the dates of its
   * periods: {@code since the onset of the Cold War}, {@code since 1960}, {@code 1960/1990}, {@code
   * until 1961, since 2009}.
   */
  static Optional<String> period(Relationship relationship) {
    if (relationship.periodDescription().isPresent()) {
      return relationship.periodDescription().map(Labels::oneLine);
    }
    List<String> spans =
        relationship.periods().stream()
            .flatMap(p -> p.span().stream())
            .map(Labels::period)
            .collect(Collectors.toList());
    return spans.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", spans));
  }

  private static String period(DateSpan span) {
    if (span.start().isEmpty()) {
      return "until " + span.end().orElseThrow();
    }
    PartialDate start = span.start().get();
    return span.end().map(e -> start + "/" + e).orElse("since " + start);
  }

  /** The certainty worth telling a reader: {@code claimed}, {@code alleged}, {@code disputed}. */
  static Optional<String> certainty(Certainty certainty) {
    return certainty == Certainty.CONFIRMED || certainty == Certainty.REPORTED
        ? Optional.empty()
        : Optional.of(words(certainty));
  }

  /**
   * The most local name of a place: its locality, else its name, venue, island, area (by name or
   * kind) or country.
   */
  static Optional<String> place(Place place) {
    return place
        .locality()
        .or(place::name)
        .or(place::venue)
        .or(place::island)
        .or(() -> place.area().map(a -> a.name().orElseGet(() -> words(a.areaKind()))))
        .or(() -> place.country().map(c -> c.name()))
        .map(Labels::oneLine);
  }

  /** The text on one line: each line break, tab or other control character becomes a space. */
  static String oneLine(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    return b.toString();
  }

  /** {@code A}, {@code A and B}, {@code A, B and C}. */
  static String join(List<String> items) {
    int n = items.size();
    if (n <= 1) {
      return n == 0 ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }
}
