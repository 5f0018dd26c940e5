package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.NameKey;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The actors of an import, one per actor however many records mention it. See {@link
 * PloverImporter} for the rules.
 *
 * <p>An actor is made ({@link #takeNew}) from the record that first mentions it, and handed out
 * once: what a later record adds (another name, an identifier, a member, an {@code actor_id}) is
 * reported ({@code plover.actor.late}) and not added. The book remembers, per actor, its keys,
 * names, identifiers and members: its memory grows with the actors, not with the records.
 */
final class ActorBook {

  private static final Set<String> FIELDS =
      Set.of(
          "actor_text",
          "actorText",
          "raw_text",
          "identifier_text",
          "entity_name",
          "code",
          "country_code",
          "sector",
          "sector_code",
          "identifier_id",
          "wikidata_id",
          "actor_id");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern WIKIDATA =
      Pattern.compile("(?:.*wikidata\\.org/(?:wiki|entity)/)?(Q[1-9][0-9]*)");

  /** One actor being read. */
  static final class Entry {
    private final @Nullable Country stateOf;
    private final @Nullable Country country;
    private final @Nullable String code;
    private final @Nullable String sector;
    private final OrganizationKind kind;
    private final String name;
    private final Set<String> otherNames = new LinkedHashSet<>();
    private final Set<ExternalId> externalIds = new LinkedHashSet<>();
    private final Map<String, ExtensionValue> extensions = new LinkedHashMap<>();
    private @Nullable String wantedId;
    private @Nullable Id id;
    private boolean made;

    private Entry(
        @Nullable Country stateOf,
        @Nullable Country country,
        @Nullable String code,
        @Nullable String sector,
        OrganizationKind kind,
        String name) {
      this.stateOf = stateOf;
      this.country = country;
      this.code = code;
      this.sector = sector;
      this.kind = kind;
      this.name = name;
    }

    /** The actor's id, once the actor is made ({@link ActorBook#takeNew}). */
    Id id() {
      if (id == null) {
        throw new IllegalStateException("an actor's id is given when the actor is made");
      }
      return id;
    }

    private void addName(
        @Nullable String text, int line, String where, List<ImportProblem> problems) {
      if (text == null || text.equals(name) || otherNames.contains(text)) {
        return;
      }
      if (made) {
        late(this, line, problems, where + " gives it the other name '" + text + "'");
      } else {
        otherNames.add(text);
      }
    }
  }

  /** The actors mentioned for the first time since the last {@link #takeNew}, in order. */
  private final List<Entry> fresh = new ArrayList<>();

  private final Map<String, Entry> byKey = new HashMap<>();

  /**
   * The actor that an actor object of a record names, {@code where} saying which ({@code
   * source[1]}); null, with a warning, when it names none.
   */
  @Nullable Entry mention(
      ExtensionValue value, int line, String where, List<ImportProblem> problems) {
    if (!(value instanceof ExtensionValue.MapValue object)) {
      problems.add(
          ImportProblem.warning(
              line,
              "plover.actor.invalid",
              where + " is not an actor object but " + Trees.describe(value) + ": left out"));
      return null;
    }
    Map<String, ExtensionValue> m = object.members();
    String text = name(field(m, line, where, problems, "actor_text", "actorText", "raw_text"));
    String canonical = name(field(m, line, where, problems, "identifier_text", "entity_name"));
    String rawCode = field(m, line, where, problems, "code", "country_code");
    String code = rawCode == null ? null : rawCode.strip().toUpperCase(Locale.ROOT);
    String sector = field(m, line, where, problems, "sector", "sector_code");
    sector = sector == null ? null : sector.strip();
    String identifier = field(m, line, where, problems, "identifier_id", "wikidata_id");
    String actorId = field(m, line, where, problems, "actor_id");
    String name = text != null ? text : canonical;

    Entry entry = actorId == null ? null : byKey.get("id:" + actorId);
    if (entry == null) {
      entry = find(name, code, sector, line, where, problems);
      if (entry == null) {
        return null;
      }
      if (actorId != null) {
        byKey.put("id:" + actorId, entry);
        if (entry.wantedId == null && !entry.made) {
          entry.wantedId = actorId;
        } else if (entry.wantedId == null && !actorId.equals(entry.id().value())) {
          late(entry, line, problems, where + " gives it the actor_id '" + actorId + "'");
        }
      }
    }
    entry.addName(text, line, where, problems);
    entry.addName(canonical, line, where, problems);
    if (identifier != null) {
      Matcher q = WIKIDATA.matcher(identifier.strip());
      if (q.matches()) {
        ExternalId wikidata = ExternalId.wikidata(q.group(1));
        if (!entry.made) {
          entry.externalIds.add(wikidata);
        } else if (!entry.externalIds.contains(wikidata)) {
          late(entry, line, problems, where + " gives it the identifier " + wikidata);
        }
      } else {
        keep(entry, "identifier_id", ExtensionValue.of(identifier), line, where, problems);
      }
    }
    for (Map.Entry<String, ExtensionValue> member : m.entrySet()) {
      if (!FIELDS.contains(member.getKey())) {
        keep(entry, member.getKey(), member.getValue(), line, where, problems);
      }
    }
    return entry;
  }

  /** The actor of a publication, an organisation named by it. */
  Entry publisher(String publication) {
    String name = name(publication);
    String key = "publisher:" + NameKey.of(name == null ? publication : name).value();
    Entry entry = byKey.get(key);
    if (entry == null) {
      entry =
          add(
              new Entry(
                  null,
                  null,
                  null,
                  null,
                  OrganizationKind.OTHER,
                  name == null ? publication.strip() : name));
      byKey.put(key, entry);
    }
    return entry;
  }

  private @Nullable Entry find(
      @Nullable String name,
      @Nullable String code,
      @Nullable String sector,
      int line,
      String where,
      List<ImportProblem> problems) {
    if (name == null && code == null) {
      problems.add(
          ImportProblem.warning(
              line,
              "plover.actor.empty",
              where + " gives neither a name nor a code: no actor, left out"));
      return null;
    }
    Country country = null;
    boolean nonState = false;
    boolean unknown = false;
    if (code != null) {
      Optional<Country> found =
          ALPHA3.matcher(code).matches() ? Country.find(code) : Optional.empty();
      if (found.isPresent() && found.get().alpha3().equals(code)) {
        country = found.get();
      } else if (PloverCodes.NON_STATE.contains(code)) {
        nonState = true;
      } else {
        unknown = true;
      }
    }
    Country named = name == null ? null : Country.findByName(name).orElse(null);
    if (sector == null && !nonState) {
      Country state = null;
      if (country != null && (name == null || country.equals(named))) {
        state = country;
      } else if (country == null && named != null) {
        state = named;
      }
      if (state != null) {
        if (unknown) {
          problems.add(
              ImportProblem.warning(
                  line,
                  "plover.actor.code.unknown",
                  unknownCode(where, code)
                      + "; its name '"
                      + name
                      + "' is the name of "
                      + state.name()
                      + ", whose state it is ("
                      + state.alpha3()
                      + ")"));
        }
        return state(state);
      }
    }
    if (unknown) {
      problems.add(
          ImportProblem.warning(
              line,
              "plover.actor.code.unknown",
              unknownCode(where, code)
                  + ": the actor '"
                  + (name == null ? code : name)
                  + "' is kept without a country, the code as its extension "
                  + PloverCodes.NS
                  + "code"));
    }
    String shown = name != null ? name : code + (sector == null ? "" : " " + sector);
    String key =
        "name:"
            + NameKey.of(shown).value()
            + "|"
            + (code == null ? "" : code)
            + "|"
            + (sector == null ? "" : sector);
    Entry entry = byKey.get(key);
    if (entry == null) {
      OrganizationKind kind = PloverCodes.organizationKind(nonState ? code : null, sector);
      entry = add(new Entry(null, country, country == null ? code : null, sector, kind, shown));
      byKey.put(key, entry);
    }
    return entry;
  }

  /**
   * The start of the warning about an actor code that is neither a country's nor a non-state code
   * of PLOVER: the rest says what became of the actor.
   */
  private static String unknownCode(String where, String code) {
    return where
        + " has the code '"
        + code
        + "', which is neither an ISO 3166 alpha-3 code nor a non-state code of PLOVER ("
        + String.join(", ", PloverCodes.NON_STATE.stream().sorted().toList())
        + ")";
  }

  private Entry state(Country country) {
    String key = "state:" + country.alpha3();
    Entry entry = byKey.get(key);
    if (entry == null) {
      entry = add(new Entry(country, country, null, null, OrganizationKind.OTHER, country.name()));
      byKey.put(key, entry);
    }
    return entry;
  }

  private Entry add(Entry entry) {
    fresh.add(entry);
    return entry;
  }

  private static void late(Entry entry, int line, List<ImportProblem> problems, String what) {
    problems.add(
        ImportProblem.warning(
            line,
            "plover.actor.late",
            "the actor "
                + entry.id()
                + " ('"
                + entry.name
                + "') was made from the record that first mentioned it: "
                + what
                + ", which is not added"));
  }

  /** Keeps a member of an actor object as an extension of the actor; the first value holds. */
  private static void keep(
      Entry entry,
      String member,
      ExtensionValue value,
      int line,
      String where,
      List<ImportProblem> problems) {
    String key = PloverCodes.NS + member;
    if (!Extensions.isValidKey(key)) {
      problems.add(
          ImportProblem.warning(
              line,
              "plover.field.name",
              where + " has a member named '" + member + "', which cannot be kept: left out"));
      return;
    }
    if (entry.made && !entry.extensions.containsKey(key)) {
      late(entry, line, problems, where + " gives it '" + member + "' as " + Trees.describe(value));
      return;
    }
    ExtensionValue first = entry.extensions.putIfAbsent(key, value);
    if (first != null && !first.equals(value)) {
      problems.add(
          ImportProblem.warning(
              line,
              "plover.actor.conflict",
              where
                  + " gives '"
                  + member
                  + "' as "
                  + Trees.describe(value)
                  + ", but the actor '"
                  + entry.name
                  + "' was given "
                  + Trees.describe(first)
                  + " before: the first is kept"));
    }
  }

  /**
   * The text of the first of {@code names} that {@code m} gives; null when none gives text. A value
   * that is neither text nor null is reported and left out.
   */
  private static @Nullable String field(
      Map<String, ExtensionValue> m,
      int line,
      String where,
      List<ImportProblem> problems,
      String... names) {
    for (String n : names) {
      ExtensionValue v = m.get(n);
      if (Trees.isEmpty(v)) {
        continue;
      }
      String text = Trees.text(v);
      if (text == null) {
        problems.add(
            ImportProblem.warning(
                line,
                "plover.actor.invalid",
                where + "." + n + " is not text but " + Trees.describe(v) + ": left out"));
        continue;
      }
      return text;
    }
    return null;
  }

  /**
   * The text as a name: runs of white space made one space; null when it has no letter or digit.
   */
  private static @Nullable String name(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String name = text.strip().replaceAll("\\s+", " ");
    return NameKey.of(name).value().isEmpty() ? null : name;
  }

  /**
   * The actors mentioned for the first time since the last call, made from what their first record
   * gave, in the order of their first mention. Each is given its id: its {@code actor_id}, when it
   * is a valid id that {@code take} takes; otherwise the slug of its name, then {@code -2}, {@code
   * -3}..., the first that {@code take} takes.
   */
  List<Actor> takeNew(Predicate<Id> take) {
    if (fresh.isEmpty()) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>(fresh.size());
    for (Entry e : fresh) {
      e.id = newId(e, take);
      e.made = true;
      out.add(actor(e));
    }
    fresh.clear();
    return out;
  }

  private static Id newId(Entry e, Predicate<Id> take) {
    if (e.wantedId != null && Id.isValid(e.wantedId) && take.test(Id.of(e.wantedId))) {
      return Id.of(e.wantedId);
    }
    String base;
    try {
      base = Id.slug(e.name).value();
    } catch (ValidationException noLetters) {
      base = "plover-actor";
    }
    if (base.length() > 120) {
      base = base.substring(0, 120);
    }
    Id id = Id.of(base);
    for (int n = 2; !take.test(id); n++) {
      id = Id.of(base + "-" + n);
    }
    return id;
  }

  private static Actor actor(Entry e) {
    List<Name> others = e.otherNames.stream().map(Name::of).toList();
    if (e.stateOf != null) {
      return State.builder()
          .id(e.id())
          .name(Name.of(e.name))
          .otherNames(others)
          .country(e.stateOf)
          .externalIds(e.externalIds)
          .extensions(e.extensions)
          .build();
    }
    var b =
        Organization.builder()
            .id(e.id())
            .name(Name.of(e.name))
            .otherNames(others)
            .organizationKind(e.kind)
            .country(Optional.ofNullable(e.country))
            .externalIds(e.externalIds);
    if (e.code != null) {
      b.putExtension(PloverCodes.NS + "code", ExtensionValue.of(e.code));
    }
    if (e.sector != null) {
      b.putExtension(PloverCodes.NS + "sector", ExtensionValue.of(e.sector));
    }
    return b.putAllExtensions(e.extensions).build();
  }
}
