package dev.diplomacy.interop.icews;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.ActorDirectory;
import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.NameIndex;
import dev.diplomacy.core.actors.NameKey;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.Resolution;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The actors of one import, found by the names the rows give them: one actor per name, whatever its
 * spelling ({@link NameKey}), one state per country, and a person also under a longer or shorter
 * form of the name ({@link ActorDirectory}: "Raul Castro Ruz" is "Raúl Castro") when the countries
 * agree.
 */
final class ActorTable {

  /** The extension that keeps an actor's ICEWS sectors. */
  static final String SECTORS = "icews:sectors";

  private static final int MAX_ID_BASE = 120;

  /** One actor as the rows describe it. */
  static final class Entry {
    private final ActorKind kind;
    private final OrganizationKind organizationKind;
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> sectors = new LinkedHashSet<>();
    private @Nullable Country country;
    private int countryLine;
    private @Nullable Id id;

    /**
     * For a person, the actor that stands for it in {@link ActorTable#personNames}: its id is its
     * number among the persons.
     */
    private @Nullable Person standIn;

    Entry(ActorKind kind, OrganizationKind organizationKind, @Nullable Country country) {
      this.kind = kind;
      this.organizationKind = organizationKind;
      this.country = country;
    }

    /** The actor's id, once {@link ActorTable#assignIds} has run. */
    Id id() {
      return Objects.requireNonNull(id, "ids are assigned after every row is read");
    }

    String firstName() {
      return names.iterator().next();
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final Map<NameKey, Entry> byKey = new HashMap<>();
  private final Map<Country, Entry> states = new HashMap<>();
  private final List<Entry> persons = new ArrayList<>();

  /**
   * The persons by every name the rows gave them so far, as stand-ins: the index grows with them.
   */
  private final NameIndex personNames = new NameIndex();

  /**
   * The actor a row names, created on first sight; empty for ICEWS's placeholders ("Unspecified
   * Actor") and for a name with no letter or digit. A country that differs from the one an earlier
   * row gave is reported and the first is kept.
   */
  Optional<Entry> actor(
      String name,
      List<String> sectors,
      Optional<Country> country,
      int line,
      List<ImportProblem> problems) {
    NameKey key = NameKey.of(name);
    if (key.value().isEmpty() || ActorClassifier.isPlaceholder(name)) {
      return Optional.empty();
    }
    Entry entry = byKey.get(key);
    if (entry == null) {
      ActorClassifier.Kind kind = ActorClassifier.classify(name, sectors);
      if (kind.actorKind() == ActorKind.STATE) {
        Country c = kind.stateCountry().orElseThrow();
        entry =
            states.computeIfAbsent(
                c, k -> add(new Entry(ActorKind.STATE, OrganizationKind.OTHER, k)));
      } else if (kind.actorKind() == ActorKind.PERSON) {
        entry = person(name, country);
        if (entry == null) {
          entry = add(new Entry(ActorKind.PERSON, OrganizationKind.OTHER, null));
          entry.standIn =
              Person.builder().id(Id.of("p" + persons.size())).name(Name.of(name)).build();
          persons.add(entry);
        }
      } else {
        entry = add(new Entry(ActorKind.ORGANIZATION, kind.organizationKind(), null));
      }
      byKey.put(key, entry);
    }
    if (entry.kind == ActorKind.PERSON && entry.names.add(name)) {
      personNames.add(Objects.requireNonNull(entry.standIn), name);
    }
    entry.names.add(name);
    entry.sectors.addAll(sectors);
    if (entry.kind != ActorKind.STATE && country.isPresent()) {
      if (entry.country == null) {
        entry.country = country.get();
        entry.countryLine = line;
      } else if (!entry.country.equals(country.get())) {
        problems.add(
            ImportProblem.warning(
                line,
                "icews.actor.countryConflict",
                "'"
                    + name
                    + "' is given the country "
                    + country.get().name()
                    + " here, but "
                    + entry.country.name()
                    + " on line "
                    + entry.countryLine
                    + "; the actor keeps "
                    + entry.country.name()));
      }
    }
    return Optional.of(entry);
  }

  /**
   * The publisher of a story: the actor of that name, or a new news organisation; empty for a name
   * with no letter or digit.
   */
  Optional<Entry> publisher(String name) {
    NameKey key = NameKey.of(name);
    if (key.value().isEmpty()) {
      return Optional.empty();
    }
    Entry entry =
        byKey.computeIfAbsent(
            key, k -> add(new Entry(ActorKind.ORGANIZATION, OrganizationKind.NEWS_MEDIA, null)));
    entry.names.add(name);
    return Optional.of(entry);
  }

  /**
   * The person already known under a longer or shorter form of {@code name}, of no other country;
   * else null.
   */
  private @Nullable Entry person(String name, Optional<Country> country) {
    if (persons.isEmpty()) {
      return null;
    }
    Resolution found = personNames.resolve(name);
    if (!found.isResolved()) {
      return null;
    }
    Entry entry =
        persons.get(Integer.parseInt(found.actor().orElseThrow().id().value().substring(1)));
    boolean sameCountry =
        entry.country == null || country.isEmpty() || entry.country.equals(country.get());
    return sameCountry ? entry : null;
  }

  private Entry add(Entry entry) {
    entries.add(entry);
    return entry;
  }

  /**
   * Gives every actor its id, in the order they were first named: the slug of its name ({@link
   * Id#slug}; a state's is its country's English short name), with {@code -2}, {@code -3}... when
   * the slug is taken by an earlier actor or by one of {@code reserved}, and {@code actor} as the
   * slug of a name without ASCII letters or digits.
   */
  void assignIds(Set<Id> reserved) {
    Set<String> used = new HashSet<>();
    reserved.forEach(id -> used.add(id.value()));
    for (Entry e : entries) {
      String base;
      try {
        base =
            Id.slug(
                    e.kind == ActorKind.STATE
                        ? Objects.requireNonNull(e.country).name()
                        : e.firstName())
                .value();
      } catch (ValidationException noAsciiLetters) {
        base = "actor";
      }
      if (base.length() > MAX_ID_BASE) {
        base = base.substring(0, MAX_ID_BASE);
      }
      String id = base;
      for (int n = 2; used.contains(id); n++) {
        id = base + "-" + n;
      }
      used.add(id);
      e.id = Id.of(id);
    }
  }

  /** Every actor, in the order they were first named. */
  List<Actor> actors() {
    List<Actor> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      List<ExternalId> externalIds =
          e.names.stream().map(n -> ExternalId.of("icews", n)).collect(Collectors.toList());
      Map<String, ExtensionValue> extensions =
          e.sectors.isEmpty()
              ? Map.of()
              : Map.of(
                  SECTORS,
                  new ExtensionValue.ListValue(
                      e.sectors.stream().map(ExtensionValue::of).collect(Collectors.toList())));
      switch (e.kind) {
        case STATE:
          Country c = Objects.requireNonNull(e.country);
          out.add(
              State.builder()
                  .id(e.id())
                  .name(Name.of(c.name()))
                  .otherNames(
                      e.names.stream()
                          .filter(n -> !n.equals(c.name()))
                          .map(Name::of)
                          .collect(Collectors.toList()))
                  .country(c)
                  .externalIds(externalIds)
                  .extensions(extensions)
                  .build());
          break;
        case PERSON:
          List<Name> names = e.names.stream().map(Name::of).collect(Collectors.toList());
          out.add(
              Person.builder()
                  .id(e.id())
                  .name(names.get(0))
                  .otherNames(names.subList(1, names.size()))
                  .nationality(Optional.ofNullable(e.country))
                  .externalIds(externalIds)
                  .extensions(extensions)
                  .build());
          break;
        default:
          List<Name> orgNames = e.names.stream().map(Name::of).collect(Collectors.toList());
          out.add(
              Organization.builder()
                  .id(e.id())
                  .name(orgNames.get(0))
                  .otherNames(orgNames.subList(1, orgNames.size()))
                  .organizationKind(e.organizationKind)
                  .country(Optional.ofNullable(e.country))
                  .externalIds(externalIds)
                  .extensions(extensions)
                  .build());
      }
    }
    return out;
  }
}
