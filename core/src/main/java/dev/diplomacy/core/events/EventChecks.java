package dev.diplomacy.core.events;

import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.validation.Checks;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rules of the envelope every {@link Event} shares, in one place, and small helpers for the
 * rules of each kind. Each kind's {@code @Value.Check} starts with {@link #envelope}.
 */
final class EventChecks {

  private EventChecks() {}

  /**
   * Starts the checks of {@code event}, a value of the type named {@code type} ({@code
   * SupportPledge}), with the envelope's findings, coded {@code supportPledge.links.self} etc.
   */
  static Checks envelope(Event event, String type) {
    String owner = owner(type);
    Checks checks = Checks.of(type);
    checks.text(event.summary(), "summary", owner + ".summary.blank");
    List<EventLink> links = event.links();
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).target().equals(event.id())) {
        checks.require(false, "links[" + i + "].target", owner + ".links.self", "event " + event.id() + " cannot link to itself");
      }
    }
    if (links.size() > 1) {
      checks.unique(
          links.stream().map(l -> l.linkKind() + " " + l.target()).collect(Collectors.toList()),
          "links",
          owner + ".links.duplicate",
          "the link");
    }
    if (event.citations().size() > 1) {
      checks.unique(
          event.citations().stream().map(Citation::source).collect(Collectors.toList()),
          "citations",
          owner + ".citations.duplicate",
          "the source");
    }
    checks.unique(event.externalIds(), "externalIds", owner + ".externalIds.duplicate", "the external id");
    checks.addAll(Extensions.check(owner, event.extensions()));
    return checks;
  }

  /** {@code supportPledge} for {@code SupportPledge}: the prefix of the type's codes. */
  static String owner(String type) {
    return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1);
  }

  /** Records an error at {@code path[i]} for each id of {@code ids} equal to {@code other}. */
  static Checks notIn(Checks checks, List<Id> ids, Id other, String path, String code, String message) {
    for (int i = 0; i < ids.size(); i++) {
      checks.require(!ids.get(i).equals(other), path + "[" + i + "]", code, message);
    }
    return checks;
  }
}
