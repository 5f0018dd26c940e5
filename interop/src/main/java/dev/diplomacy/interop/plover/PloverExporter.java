package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.Coding;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.codes.PloverMapping;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Direction;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.json.internal.JsonValues;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a dossier's events as PLOVER JSON lines: one record a line, for every event that has a
 * PLOVER category ({@link EventCoding}); the others are listed in the {@link PloverExport} with the
 * reason they have none (greetings, letters, condolences and mourning are CAMEO 01, which PLOVER
 * dropped). Each record is made and written before the next event is read.
 *
 * <pre>{@code
 * PloverExport result = PloverExporter.write(dossier, out);
 * result.linesWritten();   // the records
 * result.notExported();    // the events without a PLOVER category, and why
 * }</pre>
 *
 * <h2>Fields</h2>
 *
 * The field names are those of the PLOVER manual (draft 0.8, 2021, chapter "Data Fields"): {@code
 * recipient}, not the {@code target} of the gold-standard records; {@code event}, {@code mode} and
 * {@code context} as lists; snake case ({@code event_text}, {@code event_loc}, {@code cite_info},
 * {@code actor_text}). Fields are left out when the event has nothing for them. The {@link
 * PloverImporter} reads them back, as it reads the older names.
 *
 * <table>
 *   <caption>What each field holds</caption>
 *   <tr><th>field</th><th>holds</th></tr>
 *   <tr><td>{@code id}</td><td>the event's PLOVER id (its external id {@code plover:<id>}), or
 *       else its id</td></tr>
 *   <tr><td>{@code event_id}</td><td>the event's id in the dossier (a field of this library)</td></tr>
 *   <tr><td>{@code date}, {@code enddate}, {@code time}</td><td>the event's date and last date as
 *       ISO 8601 text, as precise as known: {@code 2018-07-05}, or {@code 2018-03} or {@code 1986}
 *       where the day is not known (PLOVER asks for a day, but none is invented); the time of day,
 *       with its offset where known</td></tr>
 *   <tr><td>{@code source}, {@code recipient}</td><td>lists of actor objects, by the kind of event:
 *       a meeting's host, and its other participants as recipients, or, with no host, all its
 *       participants as source and no recipient, as PLOVER codes reciprocal meetings; a visit's
 *       visitors and host; a delegation's sender and host; a message's sender and recipients (the
 *       envoy is not a party); a pledge's pledger and beneficiary; a statement's speaker and
 *       subjects; a transfer's provider and recipient; an agreement's signatories, all as source;
 *       a change of relations' initiators and counterparts (the diplomats are not parties);
 *       a coded event's actors in a {@linkplain dev.diplomacy.core.events.Role#direction() target
 *       role} ({@code TARGET_ACTOR}) as recipients, and the others as source. {@code source} is
 *       always written (PLOVER requires it), {@code recipient} when there is one</td></tr>
 *   <tr><td>actor object</td><td>{@code actor_text}: the actor's primary name; {@code code}: the
 *       actor's extension {@code plover:code}, or else IGO for an international organisation, or
 *       else the ISO 3166 alpha-3 code of a person's nationality or of an organisation's or state's
 *       country, or else NGO for an NGO without a country; {@code sector}: the extension {@code plover:sector}, or
 *       else GOV for a government, ministry or embassy, MIL, LEG, PTY, JRN (news media) and BUS
 *       (company); {@code identifier_id}: the actor's Wikidata item; {@code actor_id}: its id in
 *       the dossier (a field of this library); and the actor's other {@code plover:} extensions.
 *       An id that names no actor of the dossier gives {@code actor_id} only</td></tr>
 *   <tr><td>{@code event}, {@code mode}, {@code context}</td><td>the PLOVER category, mode and
 *       contexts of the event's CAMEO code by {@link EventCoding}; where the event keeps the
 *       extensions {@code plover:mode} and {@code plover:context} (from an import) and its
 *       {@code plover:event} agrees with the category, those</td></tr>
 *   <tr><td>{@code cameo}</td><td>the event's CAMEO code, leading zeros kept (a field of this
 *       library)</td></tr>
 *   <tr><td>{@code event_text}</td><td>the extension {@code plover:event_text}, or else a coded
 *       event's label, or else the summary when {@code text} is a quote</td></tr>
 *   <tr><td>{@code text}</td><td>the quote of the event's first citation that has one, or else the
 *       extension {@code plover:text}, or else the summary</td></tr>
 *   <tr><td>{@code event_loc}</td><td>the place as a location object of GeoNames names: {@code
 *       name} (its name, locality or venue), {@code country code} (alpha-2) and {@code cc3}
 *       (alpha-3), {@code latitude}, {@code longitude}, {@code geonameid}, and the place's {@code
 *       plover:} extensions</td></tr>
 *   <tr><td>{@code cite_info}</td><td>the source of that citation: {@code publication} (its
 *       publisher's name), {@code title}, {@code url}, {@code language}, with the members of the
 *       extension {@code plover:cite_info}</td></tr>
 *   <tr><td>other fields</td><td>the event's other extensions {@code plover:<field>}, as
 *       {@code <field>}: what an import kept ({@code coder}, {@code dead}...)</td></tr>
 * </table>
 */
public final class PloverExporter {

  /**
   * The fields the exporter writes itself, and the older names of some; never written from
   * extensions.
   */
  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "event_id",
          "date",
          "enddate",
          "time",
          "source",
          "recipient",
          "target",
          "event",
          "mode",
          "context",
          "cameo",
          "event_text",
          "eventText",
          "text",
          "event_loc",
          "eventLoc",
          "cite_info",
          "citeInfo",
          "language",
          "publication",
          "url",
          "title");

  private static final Set<String> ACTOR_FIELDS =
      Set.of(
          "actor_text",
          "actorText",
          "raw_text",
          "code",
          "country_code",
          "sector",
          "sector_code",
          "actor_id");
  private static final Set<String> PLACE_FIELDS =
      Set.of("name", "country code", "cc3", "latitude", "longitude", "geonameid");

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private PloverExporter() {}

  /**
   * Writes the records of {@code dossier}'s events to {@code out} in UTF-8, one a line, each ended
   * by {@code \n}. The stream is flushed, not closed.
   *
   * @throws IOException when {@code out} cannot be written
   */
  public static PloverExport write(Dossier dossier, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    PloverExport export = write(dossier, writer);
    writer.flush();
    return export;
  }

  /**
   * Writes the records of {@code dossier}'s events to {@code out}, one a line, each ended by {@code
   * \n}. The writer is flushed, not closed.
   *
   * @throws IOException when {@code out} cannot be written
   */
  public static PloverExport write(Dossier dossier, Writer out) throws IOException {
    Map<Id, Actor> actors = new HashMap<>();
    dossier.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
    Map<Id, Source> sources = new HashMap<>();
    dossier.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
    List<PloverExport.NotExported> notExported = new ArrayList<>();
    long lines = 0;
    for (Event event : dossier.events()) {
      String record = record(event, dossier, actors, sources, notExported);
      if (record != null) {
        out.write(record);
        out.write('\n');
        lines++;
      }
    }
    out.flush();
    return new PloverExport(lines, notExported);
  }

  /**
   * The record of {@code event} as one line of JSON; null, with the reason added to {@code
   * notExported}, when it has none.
   */
  private static @Nullable String record(
      Event event,
      Dossier dossier,
      Map<Id, Actor> actors,
      Map<Id, Source> sources,
      List<PloverExport.NotExported> notExported) {
    if (event.kind() == EventKind.OPAQUE) {
      notExported.add(
          new PloverExport.NotExported(
              event.id(),
              "plover.export.unknownKind",
              "the event is of the kind '"
                  + ((OpaqueEvent) event).typeName()
                  + "', which this version of the library does not know, so it has no CAMEO code or PLOVER category"));
      return null;
    }
    Coding coding;
    try {
      coding = EventCoding.of(event, dossier);
    } catch (ValidationException e) {
      notExported.add(
          new PloverExport.NotExported(event.id(), "plover.export.cameoUnknown", e.getMessage()));
      return null;
    }
    Optional<PloverMapping> mapping = coding.plover();
    if (mapping.isEmpty()) {
      notExported.add(
          new PloverExport.NotExported(
              event.id(), "plover.export.noCategory", coding.ploverGap().orElse("")));
      return null;
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      write(g, event, coding, mapping.get(), actors, sources);
    }
    return text.toString();
  }

  private static void write(
      JsonGenerator g,
      Event event,
      Coding coding,
      PloverMapping mapping,
      Map<Id, Actor> actors,
      Map<Id, Source> sources) {
    Map<String, ExtensionValue> ext = event.extensions();
    g.writeStartObject();
    g.writeStringProperty(
        "id",
        event.externalIds().stream()
            .filter(x -> x.scheme().equals("plover"))
            .map(ExternalId::value)
            .findFirst()
            .orElse(event.id().value()));
    g.writeStringProperty("event_id", event.id().value());
    if (event.when().isPresent()) {
      When when = event.when().get();
      g.writeStringProperty("date", when.date().toString());
      if (when.until().isPresent()) {
        g.writeStringProperty("enddate", when.until().get().toString());
      }
      if (when.time().isPresent()) {
        g.writeStringProperty(
            "time",
            when.offset()
                .map(o -> OffsetTime.of(when.time().get(), o).toString())
                .orElse(when.time().get().toString()));
      }
    }
    List<List<Id>> sides = sides(event);
    g.writeName("source");
    actors(g, sides.get(0), actors);
    if (!sides.get(1).isEmpty()) {
      g.writeName("recipient");
      actors(g, sides.get(1), actors);
    }

    PloverCategory category = mapping.category();
    List<String> modes = mapping.mode().map(List::of).orElse(List.of());
    List<String> contexts = mapping.contexts();
    List<String> named = Trees.texts(ext.get(PloverCodes.NS + "event"));
    boolean agrees =
        !ext.containsKey(PloverCodes.NS + "event")
            || (named != null
                && named.stream()
                        .map(PloverCodes::category)
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(null)
                    == category);
    if (agrees) {
      List<String> m = Trees.texts(ext.get(PloverCodes.NS + "mode"));
      if (m != null) {
        modes = m.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
      }
      List<String> c = Trees.texts(ext.get(PloverCodes.NS + "context"));
      if (c != null) {
        List<String> split = new ArrayList<>();
        c.forEach(
            s ->
                List.of(s.split(",")).stream()
                    .map(String::strip)
                    .filter(x -> !x.isEmpty())
                    .forEach(split::add));
        contexts = split;
      }
    }
    strings(g, "event", List.of(category.name()));
    if (!modes.isEmpty()) {
      strings(g, "mode", modes);
    }
    if (!contexts.isEmpty()) {
      strings(g, "context", contexts);
    }
    g.writeStringProperty("cameo", coding.cameo().code());

    Citation cited =
        event.citations().stream()
            .filter(c -> c.quote().isPresent())
            .findFirst()
            .orElse(event.citations().isEmpty() ? null : event.citations().get(0));
    String quote = cited == null ? null : cited.quote().orElse(null);
    String keptText = Trees.text(ext.get(PloverCodes.NS + "text"));
    String text =
        quote != null ? quote : keptText != null ? keptText : event.summary().orElse(null);
    boolean summaryIsText = quote == null && keptText == null;
    List<String> eventText = Trees.texts(ext.get(PloverCodes.NS + "event_text"));
    if (eventText == null) {
      eventText = label(event).map(List::of).orElse(null);
    }
    if (eventText == null && !summaryIsText && event.summary().isPresent()) {
      eventText = List.of(event.summary().get());
    }
    if (eventText != null && !eventText.isEmpty()) {
      strings(g, "event_text", eventText);
    }
    if (text != null) {
      g.writeStringProperty("text", text);
    }
    if (event.place().isPresent()) {
      g.writeName("event_loc");
      place(g, event.place().get());
    }
    Map<String, ExtensionValue> cite = new LinkedHashMap<>();
    if (ext.get(PloverCodes.NS + "cite_info") instanceof ExtensionValue.MapValue kept) {
      cite.putAll(kept.members());
    }
    Source source = cited == null ? null : sources.get(cited.source());
    if (source != null) {
      source
          .publisher()
          .map(actors::get)
          .ifPresent(p -> cite.put("publication", ExtensionValue.of(p.name().text())));
      source.title().ifPresent(t -> cite.put("title", ExtensionValue.of(t)));
      source.url().ifPresent(u -> cite.put("url", ExtensionValue.of(u.toString())));
      source.language().ifPresent(l -> cite.put("language", ExtensionValue.of(l)));
    } else if (Trees.text(ext.get(PloverCodes.NS + "language")) != null) {
      cite.put("language", ext.get(PloverCodes.NS + "language"));
    }
    if (!cite.isEmpty()) {
      g.writeName("cite_info");
      JsonValues.write(new ExtensionValue.MapValue(cite), g);
    }
    others(g, ext, FIELDS);
    g.writeEndObject();
  }

  /** The event's own words for what happened, as a data set gave them: a coded event's label. */
  private static Optional<String> label(Event event) {
    return switch (event.kind()) {
      case CODED -> ((CodedEvent) event).label();
      case MEETING,
          MESSAGE,
          SUPPORT_PLEDGE,
          VISIT,
          DELEGATION,
          MOURNING,
          STATEMENT,
          MATERIAL_TRANSFER,
          AGREEMENT,
          RELATIONS_CHANGE,
          OPAQUE ->
          Optional.empty();
    };
  }

  /** The source and recipient actors of an event, each once, as PLOVER would code them. */
  static List<List<Id>> sides(Event event) {
    return switch (event.kind()) {
      // CAMEO 043, host a visit: the host acts and receives the others; without a host, PLOVER
      // codes a reciprocal meeting with every participant as source.
      case MEETING -> {
        Optional<Participant> host =
            event.participants().stream().filter(p -> p.role() == Role.HOST).findFirst();
        yield host.isEmpty()
            ? sides(event.actorIds(), Set.of())
            : sides(Set.of(host.get().actor()), without(event.actorIds(), host.get().actor()));
      }
      // By the direction of the roles; the neutral ones (an envoy, the members of a delegation)
      // are not parties.
      case MESSAGE, SUPPORT_PLEDGE, VISIT, DELEGATION, MOURNING, STATEMENT, MATERIAL_TRANSFER ->
          sides(event.actorIds(Direction.SOURCE), event.actorIds(Direction.TARGET));
      // The initiators towards the counterparts; sides acting together (no counterpart) are all
      // sources, as signatories are. The diplomats recalled or expelled are not parties.
      case RELATIONS_CHANGE ->
          sides(event.actorIds(Direction.SOURCE), event.actorIds(Direction.TARGET));
      // Signatories are all sources, as in a reciprocal meeting.
      case AGREEMENT -> sides(event.actorIds(), Set.of());
      // Targets as recipients, every other participant as source.
      case CODED, OPAQUE -> {
        Set<Id> targets = event.actorIds(Direction.TARGET);
        Set<Id> sources = new LinkedHashSet<>();
        event.participants().stream()
            .filter(p -> p.role().direction() != Direction.TARGET)
            .forEach(p -> sources.add(p.actor()));
        yield sides(sources, targets);
      }
    };
  }

  private static List<List<Id>> sides(Set<Id> from, Set<Id> to) {
    return List.of(List.copyOf(from), List.copyOf(to));
  }

  private static Set<Id> without(Set<Id> ids, Id id) {
    Set<Id> rest = new LinkedHashSet<>(ids);
    rest.remove(id);
    return rest;
  }

  private static void actors(JsonGenerator g, List<Id> ids, Map<Id, Actor> actors) {
    g.writeStartArray();
    for (Id id : ids) {
      actor(g, id, actors.get(id));
    }
    g.writeEndArray();
  }

  private static void actor(JsonGenerator g, Id id, @Nullable Actor actor) {
    g.writeStartObject();
    if (actor != null) {
      g.writeStringProperty("actor_text", actor.name().text());
      code(actor).ifPresent(c -> g.writeStringProperty("code", c));
      sector(actor).ifPresent(s -> g.writeStringProperty("sector", s));
      actor.externalIds().stream()
          .filter(x -> x.scheme().equals(ExternalId.WIKIDATA))
          .findFirst()
          .ifPresent(x -> g.writeStringProperty("identifier_id", x.value()));
      others(g, actor.extensions(), withIdentifier(actor));
    }
    g.writeStringProperty("actor_id", id.value());
    g.writeEndObject();
  }

  /**
   * The actor fields, and {@code identifier_id} when the actor has a Wikidata item that takes it.
   */
  private static Set<String> withIdentifier(Actor actor) {
    if (actor.externalIds().stream().noneMatch(x -> x.scheme().equals(ExternalId.WIKIDATA))) {
      return ACTOR_FIELDS;
    }
    Set<String> fields = new LinkedHashSet<>(ACTOR_FIELDS);
    fields.add("identifier_id");
    return fields;
  }

  private static Optional<String> code(Actor actor) {
    String kept = Trees.text(actor.extensions().get(PloverCodes.NS + "code"));
    if (kept != null && !kept.isBlank()) {
      return Optional.of(kept);
    }
    Optional<Country> country;
    if (actor instanceof Person person) {
      country = person.nationality();
    } else if (actor instanceof Organization organization) {
      if (organization.organizationKind() == OrganizationKind.INTERNATIONAL_ORGANIZATION) {
        return Optional.of("IGO");
      }
      country = organization.country();
      if (country.isEmpty() && organization.organizationKind() == OrganizationKind.NGO) {
        return Optional.of("NGO");
      }
    } else {
      country = Optional.of(((State) actor).country());
    }
    return country.map(Country::alpha3);
  }

  private static Optional<String> sector(Actor actor) {
    String kept = Trees.text(actor.extensions().get(PloverCodes.NS + "sector"));
    if (kept != null && !kept.isBlank()) {
      return Optional.of(kept);
    }
    return actor instanceof Organization o
        ? PloverCodes.sector(o.organizationKind())
        : Optional.empty();
  }

  private static void place(JsonGenerator g, Place place) {
    g.writeStartObject();
    Optional<String> name = place.name().or(place::locality).or(place::venue);
    name.ifPresent(n -> g.writeStringProperty("name", n));
    place
        .country()
        .ifPresent(
            c -> {
              g.writeStringProperty("country code", c.alpha2());
              g.writeStringProperty("cc3", c.alpha3());
            });
    place
        .coordinates()
        .ifPresent(
            c -> {
              g.writeName("latitude");
              g.writeNumber(BigDecimal.valueOf(c.latitude()));
              g.writeName("longitude");
              g.writeNumber(BigDecimal.valueOf(c.longitude()));
            });
    if (place.geonamesId().isPresent()) {
      g.writeName("geonameid");
      g.writeNumber(place.geonamesId().getAsLong());
    }
    others(g, place.extensions(), PLACE_FIELDS);
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    values.forEach(g::writeString);
    g.writeEndArray();
  }

  /**
   * Writes the {@code plover:} extensions whose names are not among {@code written}, without the
   * namespace.
   */
  private static void others(
      JsonGenerator g, Map<String, ExtensionValue> extensions, Set<String> written) {
    for (Map.Entry<String, ExtensionValue> e : extensions.entrySet()) {
      if (!e.getKey().startsWith(PloverCodes.NS)) {
        continue;
      }
      String name = e.getKey().substring(PloverCodes.NS.length());
      if (!written.contains(name)) {
        g.writeName(name);
        JsonValues.write(e.getValue(), g);
      }
    }
  }
}
