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
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The actors of one import, found by the names the rows give them: one actor per name, whatever its
 * spelling ({@link NameKey}), one state per country, and a person also under a longer or shorter
 * form of the name ({@link ActorDirectory}: "Raul Castro Ruz" is "Raúl Castro") when the countries
 * agree.
 *
 * <p>An actor is made ({@link #takeNew}) from the row that first names it, and handed out once:
 * what a later row adds (another spelling, sectors, a country where the first row gave none) is
 * reported ({@code icews.actor.late}) and not added. The table remembers, per actor, its names and
 * sectors: its memory grows with the actors, not with the rows.
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
    private @Nullable Optional<Id> optionalId;
    private @Nullable List<Id> idList;
    private int index;
    private boolean made;
    private boolean lateCountryReported;

    /**
     * The spelling and sectors of the last row that named the actor, as the row reader gave them: a
     * row that names it the same way again adds nothing, and is answered at once.
     */
    private @Nullable String lastName;

    private @Nullable List<String> lastSectors;
    private final Optional<Entry> self = Optional.of(this);

    /** The actor as a coded event's participant, by role, made when first asked for. */
    private final Map<Role, Participant> participants = new EnumMap<>(Role.class);

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

    /** The actor's id, once the actor is made ({@link ActorTable#takeNew}). */
    Id id() {
      return Objects.requireNonNull(id, "an actor's id is given when the actor is made");
    }

    /** The actor's id as an optional and as a list of one, made once. */
    Optional<Id> optionalId() {
      return Objects.requireNonNull(optionalId, "an actor's id is given when the actor is made");
    }

    List<Id> idList() {
      return Objects.requireNonNull(idList, "an actor's id is given when the actor is made");
    }

    /** The actor, once made, as a participant in {@code role}. */
    Participant participant(Role role) {
      return participants.computeIfAbsent(role, r -> Participant.of(id(), r));
    }

    /** The number of the actor in the order of first sight, from 0. */
    int index() {
      return index;
    }

    String firstName() {
      return names.iterator().next();
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final Map<NameKey, Entry> byKey = new HashMap<>();

  /**
   * The actors by each spelling read so far that names one (no placeholder): a name read again, as
   * most are, is found without working out its key. It holds the spellings the entries keep.
   */
  private final Map<String, Entry> bySpelling = new HashMap<>();

  /**
   * Spellings that name no actor (placeholders, names with no letter or digit), read again in row
   * after row; at most {@value #NOT_ACTORS_KEPT}, emptied when full.
   */
  private final Set<String> notActors = new HashSet<>();

  private static final int NOT_ACTORS_KEPT = 1024;

  private final Map<Country, Entry> states = new HashMap<>();
  private final List<Entry> persons = new ArrayList<>();
  private final List<Entry> fresh = new ArrayList<>();
  private final Set<String> usedIds = new HashSet<>();

  /**
   * The persons by every name the rows gave them so far, as stand-ins: the index grows with them.
   */
  private final NameIndex personNames = new NameIndex();

  /**
   * The actor a row names, created on first sight; empty for ICEWS's placeholders ("Unspecified
   * Actor") and for a name with no letter or digit. A country that differs from the one an earlier
   * row gave is reported and the first is kept.
   */
  Optional<Entry> actor(IcewsRow.Side side, int line, List<ImportProblem> problems) {
    String name = side.name().orElseThrow();
    List<String> sectors = side.sectors();
    Optional<Country> country = side.country();
    Entry entry = side.actor != null ? side.actor : bySpelling.get(name);
    if (entry == null) {
      if (notActors.contains(name)) {
        return Optional.empty();
      }
      NameKey key = NameKey.of(name);
      if (key.value().isEmpty() || ActorClassifier.isPlaceholder(key)) {
        if (notActors.size() >= NOT_ACTORS_KEPT) {
          notActors.clear();
        }
        notActors.add(name);
        return Optional.empty();
      }
      entry = byKey.get(key);
      if (entry == null) {
        entry = add(name, key, sectors, country);
      }
      bySpelling.put(name, entry);
    }
    side.actor = entry;
    if (name == entry.lastName
        && sectors == entry.lastSectors
        && (country.isEmpty()
            || entry.kind == ActorKind.STATE
            || country.get().equals(entry.country))) {
      return entry.self; // the same spelling, sectors and country as the last row: nothing to add
    }
    boolean newName = !entry.names.contains(name);

    if (entry.kind == ActorKind.PERSON && newName) {
      personNames.add(Objects.requireNonNull(entry.standIn), name);
    }
    entry.names.add(name);
    if (entry.made && newName) {
      late(entry, line, problems, "the spelling '" + name + "' is not added to its names");
    }
    List<String> newSectors = List.of();
    for (String sector : sectors) {
      if (entry.sectors.add(sector)) {
        if (newSectors.isEmpty()) {
          newSectors = new ArrayList<>();
        }
        newSectors.add(sector);
      }
    }
    if (entry.made && !newSectors.isEmpty()) {
      late(
          entry,
          line,
          problems,
          "the sectors " + newSectors + " that '" + name + "' is given here are not added");
    }
    if (entry.kind != ActorKind.STATE && country.isPresent()) {
      if (entry.country == null && entry.made) {
        if (!entry.lateCountryReported) {
          entry.lateCountryReported = true;
          late(
              entry,
              line,
              problems,
              "the country "
                  + country.get().name()
                  + " that '"
                  + name
                  + "' is given here is not added (nor any later row's)");
        }
      } else if (entry.country == null) {
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
    entry.lastName = name;
    entry.lastSectors = sectors;
    return entry.self;
  }

  /**
   * The actor of a name whose key no actor has yet: a state, a person already known under a longer
   * or shorter form of the name, or a new person or organisation, by {@link ActorClassifier}.
   */
  private Entry add(String name, NameKey key, List<String> sectors, Optional<Country> country) {
    ActorClassifier.Kind kind = ActorClassifier.classify(name, sectors);
    Entry entry;
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
    return entry;
  }

  /**
   * The publisher of a story: the actor of that name, or a new news organisation; empty for a name
   * with no letter or digit.
   */
  Optional<Entry> publisher(String name, int line, List<ImportProblem> problems) {
    Entry known = bySpelling.get(name);
    if (known != null) {
      return Optional.of(known); // a spelling already kept: nothing to add
    }
    NameKey key = NameKey.of(name);
    if (key.value().isEmpty()) {
      return Optional.empty();
    }
    Entry entry =
        byKey.computeIfAbsent(
            key, k -> add(new Entry(ActorKind.ORGANIZATION, OrganizationKind.NEWS_MEDIA, null)));
    if (entry.names.add(name) && entry.made) {
      late(entry, line, problems, "the spelling '" + name + "' is not added to its names");
    }
    if (!ActorClassifier.isPlaceholder(key)) {
      bySpelling.put(name, entry);
    }
    return Optional.of(entry);
  }

  /** The actor known by {@code name}, whatever its spelling, without making one; else null. */
  @Nullable Entry find(String name) {
    Entry entry = bySpelling.get(name);
    return entry != null ? entry : byKey.get(NameKey.of(name));
  }

  /** The actor that was {@linkplain Entry#index() number} {@code index}. */
  Entry get(int index) {
    return entries.get(index);
  }

  private static void late(Entry entry, int line, List<ImportProblem> problems, String what) {
    problems.add(
        ImportProblem.warning(
            line,
            "icews.actor.late",
            "the actor "
                + entry.id()
                + " ('"
                + entry.firstName()
                + "') was made from the row that first named it: "
                + what));
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
    entry.index = entries.size();
    entries.add(entry);
    fresh.add(entry);
    return entry;
  }

  /**
   * The actors named for the first time since the last call, made from what their first row gave,
   * in the order they were first named; each gets its id.
   */
  List<Actor> takeNew() {
    if (fresh.isEmpty()) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>(fresh.size());
    for (Entry e : fresh) {
      e.id = newId(e);
      e.optionalId = Optional.of(e.id);
      e.idList = List.of(e.id);
      e.made = true;
      out.add(actor(e));
    }
    fresh.clear();
    return out;
  }

  /**
   * The id of an actor made now: the slug of its name ({@link Id#slug}; a state's is its country's
   * English short name), {@code actor} for a name without ASCII letters or digits, {@code actor-}
   * before a slug that starts with {@code icews-} (the ids of events and sources), with {@code -2},
   * {@code -3}... when an earlier actor has it.
   */
  private Id newId(Entry e) {
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
    if (base.startsWith("icews-")) {
      base = "actor-" + base;
    }
    if (base.length() > MAX_ID_BASE) {
      base = base.substring(0, MAX_ID_BASE);
    }
    String id = base;
    for (int n = 2; !usedIds.add(id); n++) {
      id = base + "-" + n;
    }
    return Id.of(id);
  }

  /** The actor of an entry, as the table knows it now. */
  private static Actor actor(Entry e) {
    List<ExternalId> externalIds = new ArrayList<>(e.names.size());
    List<Name> names = new ArrayList<>(e.names.size());
    for (String n : e.names) {
      externalIds.add(ExternalId.of("icews", n));
      names.add(Name.of(n));
    }
    Map<String, ExtensionValue> extensions = Map.of();
    if (!e.sectors.isEmpty()) {
      List<ExtensionValue> sectors = new ArrayList<>(e.sectors.size());
      for (String sector : e.sectors) {
        sectors.add(ExtensionValue.of(sector));
      }
      extensions = Map.of(SECTORS, new ExtensionValue.ListValue(sectors));
    }
    switch (e.kind) {
      case STATE:
        Country c = Objects.requireNonNull(e.country);
        List<Name> otherNames = new ArrayList<>(names.size());
        int i = 0;
        for (String n : e.names) {
          if (!n.equals(c.name())) {
            otherNames.add(names.get(i));
          }
          i++;
        }
        return State.builder()
            .id(e.id())
            .name(Name.of(c.name()))
            .otherNames(otherNames)
            .country(c)
            .externalIds(externalIds)
            .extensions(extensions)
            .build();
      case PERSON:
        return Person.builder()
            .id(e.id())
            .name(names.get(0))
            .otherNames(names.subList(1, names.size()))
            .nationality(Optional.ofNullable(e.country))
            .externalIds(externalIds)
            .extensions(extensions)
            .build();
      default:
        return Organization.builder()
            .id(e.id())
            .name(names.get(0))
            .otherNames(names.subList(1, names.size()))
            .organizationKind(e.organizationKind)
            .country(Optional.ofNullable(e.country))
            .externalIds(externalIds)
            .extensions(extensions)
            .build();
    }
  }
}
