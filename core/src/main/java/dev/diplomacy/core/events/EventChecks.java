package dev.diplomacy.core.events;

import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.sources.Citation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rules of the envelope every {@link Event} shares, in one place, and small helpers for the
 * rules of each kind. Each kind's {@code @Value.Check} starts with {@link #envelope}.
 */
final class EventChecks {

  private EventChecks() {}

  /**
   * Starts the checks of {@code event} with the envelope's findings, coded with its kind's {@link
   * EventKind#codePrefix() prefix}: {@code supportPledge.links.self} etc.
   */
  static Checks envelope(Event event) {
    Codes codes = CODES.get(event.kind());
    Checks checks = Checks.of(codes.type);
    checks.text(event.summary(), "summary", codes.summaryBlank);
    List<EventLink> links = event.links();
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).target().equals(event.id())) {
        checks.require(
            false,
            "links[" + i + "].target",
            codes.linksSelf,
            "event " + event.id() + " cannot link to itself");
      }
    }
    checks.unique(
        links, l -> l.linkKind() + " " + l.target(), "links", codes.linksDuplicate, "the link");
    List<About> about = event.about();
    for (int i = 0; i < about.size(); i++) {
      if (about.get(i).subject().equals(event.id())) {
        checks.require(
            false,
            "about[" + i + "].subject",
            codes.aboutSelf,
            "event " + event.id() + " cannot be about itself");
      }
    }
    checks.unique(about, About::subject, "about", codes.aboutDuplicate, "the subject");
    if (event.precedent().isPresent() && event.when().isPresent()) {
      event
          .precedent()
          .get()
          .since()
          .filter(since -> since.isAfter(event.when().get().date()))
          .ifPresent(
              since ->
                  checks.require(
                      false,
                      "precedent.since",
                      codes.precedentSince,
                      "the first since "
                          + since
                          + " cannot be dated before it ("
                          + event.when().get().date()
                          + ")"));
    }
    checks.unique(
        event.citations(), Citation::source, "citations", codes.citationsDuplicate, "the source");
    checks.unique(
        event.externalIds(), "externalIds", codes.externalIdsDuplicate, "the external id");
    checks.unique(
        event.datasetCodings(),
        "datasetCodings",
        codes.datasetCodingsDuplicate,
        "the dataset coding");
    checks.addAll(Extensions.check(codes.owner, event.extensions()));
    return checks;
  }

  private static final Map<EventKind, Codes> CODES = new EnumMap<>(EventKind.class);

  static {
    for (EventKind kind : EventKind.values()) {
      CODES.put(kind, Codes.of(kind));
    }
  }

  /** The codes of the envelope's rules for one kind of event, made once a kind. */
  private record Codes(
      String type,
      String owner,
      String summaryBlank,
      String linksSelf,
      String linksDuplicate,
      String aboutSelf,
      String aboutDuplicate,
      String precedentSince,
      String citationsDuplicate,
      String externalIdsDuplicate,
      String datasetCodingsDuplicate) {

    static Codes of(EventKind kind) {
      String owner = kind.codePrefix();
      return new Codes(
          kind.type().getSimpleName(),
          owner,
          owner + ".summary.blank",
          owner + ".links.self",
          owner + ".links.duplicate",
          owner + ".about.self",
          owner + ".about.duplicate",
          owner + ".precedent.since",
          owner + ".citations.duplicate",
          owner + ".externalIds.duplicate",
          owner + ".datasetCodings.duplicate");
    }
  }

  /** Records an error at {@code path[i]} for each id of {@code ids} equal to {@code other}. */
  static Checks notIn(
      Checks checks, List<Id> ids, Id other, String path, String code, Supplier<String> message) {
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i).equals(other)) {
        checks.require(false, path + "[" + i + "]", code, message);
      }
    }
    return checks;
  }
}
