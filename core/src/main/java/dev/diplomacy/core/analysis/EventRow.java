package dev.diplomacy.core.analysis;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One coding of one event, flat: who acted on whom, when, where, and how the coding weighs it. An
 * event has one row per coding ({@link EventRows}): one for most events, two for a consultation
 * that ICEWS listed twice (A to B and B to A) or a visit coded for the visitor and the host. The
 * same rows make the CSV table, the GeoJSON map, the dyadic series and the Spark schema.
 *
 * @param eventId the event's id
 * @param kind the kind of event
 * @param date the day, month or year the event happened, as precisely as known; empty when unknown
 * @param coding who coded it: the dataset that gave the coding ({@code icews}, {@code gdelt},
 *     {@code plover}, ...) or {@code library} for the library's own coding ({@link
 *     dev.diplomacy.core.codes.EventCoding})
 * @param record the dataset's id of the row the coding comes from, when it gave one
 * @param cameo the CAMEO event code, when the coding has one
 * @param quadClass the quad class: the coding's own, or its CAMEO code's
 * @param goldstein the Goldstein score, −10 to 10: the dataset's own figure (ICEWS's intensity,
 *     GDELT's GoldsteinScale), or its CAMEO code's in the codebook
 * @param sources the actors that acted
 * @param targets the actors acted upon
 * @param place where it happened, when known
 * @param firstSource the id of the first source the event cites
 */
public record EventRow(
    Id eventId,
    EventKind kind,
    Optional<PartialDate> date,
    String coding,
    Optional<String> record,
    Optional<CameoCode> cameo,
    Optional<QuadClass> quadClass,
    OptionalDouble goldstein,
    List<RowActor> sources,
    List<RowActor> targets,
    Optional<RowPlace> place,
    Optional<Id> firstSource) {

  /** The coding of the library's own {@link dev.diplomacy.core.codes.EventCoding}. */
  public static final String LIBRARY = "library";

  /** Checks that everything is given, and copies the lists. */
  public EventRow {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(coding, "coding");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(quadClass, "quadClass");
    Objects.requireNonNull(goldstein, "goldstein");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(firstSource, "firstSource");
  }

  /** The root of the CAMEO code: {@code 04} for {@code 043}. */
  public Optional<CameoCode> root() {
    return cameo.map(CameoCode::root);
  }

  /** The distinct countries of the sources, in their order; actors without one are skipped. */
  public Set<Country> sourceCountries() {
    return countries(sources);
  }

  /** The distinct countries of the targets, in their order; actors without one are skipped. */
  public Set<Country> targetCountries() {
    return countries(targets);
  }

  /**
   * True when the coding is between the two countries, in either direction: one of them among the
   * sources' countries and the other among the targets'. {@code row.between(KP, US)} holds for
   * North Korea to the United States and for the United States to North Korea.
   */
  public boolean between(Country one, Country other) {
    Set<Country> from = sourceCountries();
    Set<Country> to = targetCountries();
    return from.contains(one) && to.contains(other) || from.contains(other) && to.contains(one);
  }

  private static Set<Country> countries(List<RowActor> actors) {
    Set<Country> countries = new LinkedHashSet<>();
    actors.forEach(a -> a.country().ifPresent(countries::add));
    return Collections.unmodifiableSet(countries);
  }

  /**
   * An actor of a row, with its name and country whatever its kind: a state's country, a person's
   * nationality, an organisation's country.
   *
   * @param id the actor's id
   * @param name its primary name; its id when the dossier does not know it
   * @param country its country, when known
   */
  public record RowActor(Id id, String name, Optional<Country> country) {
    /** Checks that everything is given. */
    public RowActor {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(country, "country");
    }
  }

  /**
   * Where an event happened, flat.
   *
   * @param name the place's name or locality
   * @param country its country
   * @param admin1 its first-order administrative division (a province, a state), name or code
   * @param admin2 its second-order administrative division (a district, a county), name or code
   * @param latitude its latitude, in degrees
   * @param longitude its longitude, in degrees
   */
  public record RowPlace(
      Optional<String> name,
      Optional<Country> country,
      Optional<String> admin1,
      Optional<String> admin2,
      OptionalDouble latitude,
      OptionalDouble longitude) {
    /** Checks that everything is given. */
    public RowPlace {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(admin1, "admin1");
      Objects.requireNonNull(admin2, "admin2");
      Objects.requireNonNull(latitude, "latitude");
      Objects.requireNonNull(longitude, "longitude");
    }
  }
}
