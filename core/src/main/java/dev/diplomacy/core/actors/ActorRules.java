package dev.diplomacy.core.actors;

import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.validation.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules every kind of actor shares, checked once here for all three. */
final class ActorRules {

  private ActorRules() {}

  /**
   * The broken shared rules of {@code actor}, with codes that start with its kind in lower case
   * ({@code person}, {@code organization}, {@code state}).
   */
  static List<Finding> check(Actor actor) {
    String owner = actor.kind().name().toLowerCase(Locale.ROOT);
    List<Finding> out = new ArrayList<>();

    Set<Name> seen = new HashSet<>();
    seen.add(actor.name());
    List<Name> others = actor.otherNames();
    for (int i = 0; i < others.size(); i++) {
      Name n = others.get(i);
      if (!seen.add(n)) {
        out.add(
            Finding.error(
                "otherNames[" + i + "]",
                owner + ".otherNames.duplicate",
                n.equals(actor.name())
                    ? "the other name '" + n + "' repeats the primary name"
                    : "the other name '" + n + "' is listed twice"));
      }
    }

    Set<Object> ids = new HashSet<>();
    for (int i = 0; i < actor.externalIds().size(); i++) {
      if (!ids.add(actor.externalIds().get(i))) {
        out.add(
            Finding.error(
                "externalIds[" + i + "]",
                owner + ".externalIds.duplicate",
                "the external id " + actor.externalIds().get(i) + " is listed twice"));
      }
    }

    if (actor.description().map(String::isBlank).orElse(false)) {
      out.add(
          Finding.error(
              "description", owner + ".description.blank", "description must not be blank"));
    }
    Finding description =
        actor.description().map(d -> Checks.unicode(d, "description")).orElse(null);
    if (description != null) {
      out.add(description);
    }

    out.addAll(Extensions.check(owner, actor.extensions()));
    return out;
  }
}
