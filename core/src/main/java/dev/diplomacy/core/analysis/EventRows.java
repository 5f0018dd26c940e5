package dev.diplomacy.core.analysis;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DirectedCoding;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Direction;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The flat view of events: one {@link EventRow} per coding of each event, with its actors' names
 * and countries looked up.
 *
 * <pre>{@code
 * List<EventRow> rows = EventRows.of(dossier);                         // the datasets' codings
 * List<EventRow> mine = EventRows.of(dossier, EventRows.Codings.LIBRARY); // the library's
 *
 * EventRows.Maker maker = EventRows.maker(EventRows.Codings.DATASET);     // for a stream
 * elements.forEach(e -> maker.rows(e).forEach(table::add));
 * }</pre>
 *
 * <p>Which codings: by default ({@link Codings#DATASET}) the codings the source dataset gave an
 * imported event ({@link Event#datasetCodings()}: ICEWS's CAMEO code and intensity, GDELT's
 * EventCode and GoldsteinScale), so that counts and means are the dataset's own; an event that has
 * none (one built by hand, or from a dataset without codes) gets the library's. With {@link
 * Codings#LIBRARY}, every event gets the library's own codings ({@link EventCoding#codings}). Each
 * row says which in {@link EventRow#coding()}. An event with no coding at all (an opaque event of a
 * kind this version does not know, or a coded event whose code is not in the codebook) still has
 * one row, without a code, its sides read from its roles: nothing is left out.
 */
public final class EventRows {

  /** Which codings make the rows. */
  public enum Codings {
    /** The codings the source dataset gave, where an event has them; the library's elsewhere. */
    DATASET,
    /** The library's own codings of every event. */
    LIBRARY;

    /** The name in lower case, as the command line takes it: {@code dataset}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private EventRows() {}

  /** The rows of every event of the dossier, by the datasets' codings, in the dossier's order. */
  public static List<EventRow> of(Dossier dossier) {
    return of(dossier, Codings.DATASET);
  }

  /** The rows of every event of the dossier, in the dossier's order. */
  public static List<EventRow> of(Dossier dossier, Codings codings) {
    Maker maker = maker(codings);
    dossier.actors().forEach(maker::rows);
    List<EventRow> rows = new ArrayList<>();
    dossier.events().forEach(e -> rows.addAll(maker.rows(e)));
    return rows;
  }

  /** A maker of rows from elements given one at a time, actors before the events they are in. */
  public static Maker maker(Codings codings) {
    return new Maker(codings);
  }

  /**
   * Makes rows of events, remembering the actors it is given: memory grows with the actors, not the
   * events. Not thread-safe.
   */
  public static final class Maker {
    private final Codings codings;
    private final Map<Id, Actor> actors = new HashMap<>();

    private Maker(Codings codings) {
      this.codings = Objects.requireNonNull(codings, "codings");
    }

    /**
     * The rows of an element: none for an actor (which is remembered), a source or a relationship;
     * one or more for an event.
     */
    public List<EventRow> rows(DossierElement element) {
      if (element instanceof Actor actor) {
        actors.put(actor.id(), actor);
        return List.of();
      }
      if (element instanceof Event event) {
        return rows(event);
      }
      return List.of();
    }

    /** The rows of an event: one per coding, or one without a code when it has no coding. */
    public List<EventRow> rows(Event event) {
      List<EventRow> rows = new ArrayList<>();
      Optional<When> when = event.when();
      Optional<EventRow.RowPlace> place = event.place().map(Maker::place);
      Optional<Id> firstSource = event.citations().stream().findFirst().map(Citation::source);
      if (codings == Codings.DATASET && !event.datasetCodings().isEmpty()) {
        for (var coding : event.datasetCodings()) {
          Optional<CameoCode> cameo = coding.cameo();
          rows.add(
              new EventRow(
                  event.id(),
                  event.kind(),
                  when.map(When::date),
                  coding.dataset(),
                  coding.record(),
                  cameo,
                  coding.quadClass().or(() -> cameo.map(CameoCode::quadClass)),
                  coding.goldstein().isPresent()
                      ? OptionalDouble.of(coding.goldstein().get().doubleValue())
                      : cameo
                          .map(c -> OptionalDouble.of(c.goldstein()))
                          .orElse(OptionalDouble.empty()),
                  side(coding.sources()),
                  side(coding.targets()),
                  place,
                  firstSource));
        }
        return rows;
      }
      List<DirectedCoding> directed;
      try {
        directed = EventCoding.codings(event, id -> Optional.ofNullable(actors.get(id)));
      } catch (ValidationException e) {
        directed = List.of(); // a coded event whose code is not in the codebook
      }
      for (DirectedCoding coding : directed) {
        CameoCode cameo = coding.cameo();
        rows.add(
            new EventRow(
                event.id(),
                event.kind(),
                when.map(When::date),
                EventRow.LIBRARY,
                Optional.empty(),
                Optional.of(cameo),
                Optional.of(cameo.quadClass()),
                OptionalDouble.of(cameo.goldstein()),
                side(coding.sources()),
                side(coding.targets()),
                place,
                firstSource));
      }
      if (rows.isEmpty()) {
        rows.add(
            new EventRow(
                event.id(),
                event.kind(),
                when.map(When::date),
                EventRow.LIBRARY,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty(),
                side(event.actorIds(Direction.SOURCE)),
                side(event.actorIds(Direction.TARGET)),
                place,
                firstSource));
      }
      return rows;
    }

    private List<EventRow.RowActor> side(Collection<Id> ids) {
      List<EventRow.RowActor> side = new ArrayList<>(ids.size());
      for (Id id : ids) {
        Actor actor = actors.get(id);
        side.add(
            actor == null
                ? new EventRow.RowActor(id, id.value(), Optional.empty())
                // The actor's own id: equal to the event's, and the same object row after row.
                : new EventRow.RowActor(actor.id(), actor.name().text(), actor.homeCountry()));
      }
      return side;
    }

    private static EventRow.RowPlace place(Place place) {
      return new EventRow.RowPlace(
          place.name().or(place::locality).or(place::venue),
          place.country(),
          place.admin1().flatMap(a -> a.name().or(a::code)),
          place.admin2().flatMap(a -> a.name().or(a::code)),
          place.coordinates().isPresent()
              ? OptionalDouble.of(place.coordinates().get().latitude())
              : OptionalDouble.empty(),
          place.coordinates().isPresent()
              ? OptionalDouble.of(place.coordinates().get().longitude())
              : OptionalDouble.empty());
    }
  }
}
