package dev.diplomacy.interop.gdelt;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.gdelt.GdeltTables.Group;
import dev.diplomacy.interop.gdelt.GdeltTables.Part;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The actors of one GDELT import, one per CAMEO actor code (and one state per country), each made
 * when a row first names it. Memory holds one entry per distinct code: the bound of an import.
 */
final class GdeltActors {

  /** The most parts of three letters a CAMEO actor code has. */
  static final int MAX_PARTS = 10;

  private final Map<String, Id> byCode = new HashMap<>();
  private final Map<Country, Id> states = new HashMap<>();

  /**
   * The id of the actor {@code code} names, made on first sight and handed to {@code emit}; a code
   * with parts that no table knows is reported once, at its first line, and imported as an
   * organisation named by the row.
   *
   * @param code a code for which {@link #isCode} holds
   * @param rowName the name the row gives the actor (Actor1Name), or empty
   */
  Id actor(
      String code,
      String rowName,
      int line,
      String column,
      Consumer<ImportProblem> report,
      Consumer<Actor> emit) {
    Id known = byCode.get(code);
    if (known != null) {
      return known;
    }
    Part place = null;
    List<Part> parts = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < code.length(); i += 3) {
      String p = code.substring(i, i + 3);
      Optional<Part> asPlace = place == null ? GdeltTables.place(p) : Optional.empty();
      if (asPlace.isPresent()) {
        place = asPlace.get();
        continue;
      }
      Optional<Part> part =
          GdeltTables.part(Group.TYPE, p)
              .or(() -> GdeltTables.part(Group.KNOWN_GROUP, p))
              .or(() -> GdeltTables.part(Group.RELIGION, p))
              .or(() -> GdeltTables.part(Group.ETHNIC, p));
      if (part.isPresent()) {
        parts.add(part.get());
      } else {
        unknown.add(p);
      }
    }
    Id id;
    if (unknown.isEmpty() && parts.isEmpty() && place != null && place.country() != null) {
      Country country = place.country();
      Id state = states.get(country);
      if (state == null) {
        state = Id.of("cameo-" + country.alpha3());
        states.put(country, state);
        emit.accept(
            State.builder()
                .id(state)
                .name(Name.of(country.name()))
                .country(country)
                .addExternalId(ExternalId.of("cameo", code))
                .build());
      }
      id = state;
    } else {
      if (!unknown.isEmpty()) {
        report.accept(
            ImportProblem.warning(
                line,
                "gdelt.actorCode.unknown",
                "the "
                    + column
                    + " '"
                    + code
                    + "' has the part"
                    + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown)
                    + " that no CAMEO actor table knows: imported as an organisation named '"
                    + name(code, place, parts, unknown, rowName)
                    + "'"));
      }
      id = Id.of("cameo-" + code);
      emit.accept(
          Organization.builder()
              .id(id)
              .name(Name.of(name(code, place, parts, unknown, rowName)))
              .organizationKind(kind(parts))
              .country(Optional.ofNullable(place).map(Part::country))
              .addExternalId(ExternalId.of("cameo", code))
              .build());
    }
    byCode.put(code, id);
    return id;
  }

  /**
   * True when {@code code} is a CAMEO actor code: one to ten parts of three ASCII letters, ethnic
   * groups in lower case.
   */
  static boolean isCode(String code) {
    int n = code.length();
    if (n == 0 || n % 3 != 0 || n > 3 * MAX_PARTS) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  /** How many actors are known: the memory an import holds for them. */
  int size() {
    return byCode.size();
  }

  /**
   * The name of an organisation: its known group's label, or its parts' labels ("Government,
   * Military"), followed by its country or region in brackets; the row's name when a part is
   * unknown; the region's name alone.
   */
  private static String name(
      String code, @Nullable Part place, List<Part> parts, List<String> unknown, String rowName) {
    if (!unknown.isEmpty()) {
      return rowName.isBlank() ? code : rowName;
    }
    Optional<Part> group = parts.stream().filter(p -> p.group() == Group.KNOWN_GROUP).findFirst();
    String what =
        group.isPresent()
            ? group.get().label()
            : parts.stream().map(Part::label).distinct().collect(Collectors.joining(", "));
    if (place == null) {
      return what;
    }
    return what.isEmpty() ? place.label() : what + " (" + place.label() + ")";
  }

  /** The kind the first part that says one says: GOV a government, MIL the military... */
  private static OrganizationKind kind(List<Part> parts) {
    for (Part p : parts) {
      if (p.group() != Group.TYPE) {
        continue;
      }
      switch (p.code()) {
        case "GOV":
        case "COP":
        case "JUD":
        case "SPY":
          return OrganizationKind.GOVERNMENT;
        case "MIL":
          return OrganizationKind.MILITARY;
        case "LEG":
          return OrganizationKind.LEGISLATURE;
        case "MED":
          return OrganizationKind.NEWS_MEDIA;
        case "IGO":
        case "UNO":
        case "PKO":
          return OrganizationKind.INTERNATIONAL_ORGANIZATION;
        case "NGO":
        case "AMN":
        case "IRC":
        case "GRP":
          return OrganizationKind.NGO;
        case "BUS":
        case "MNC":
          return OrganizationKind.COMPANY;
        case "PTY":
          return OrganizationKind.POLITICAL_PARTY;
        default:
          break;
      }
    }
    return OrganizationKind.OTHER;
  }
}
