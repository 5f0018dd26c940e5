package dev.diplomacy.core.dossier;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A collection of actors, events, relationships and sources that refer to each other by id, with
 * the version of the format it follows.
 *
 * <p>Building a dossier checks each element on its own (every element was already valid when it was
 * built) and the dossier's own properties. Rules across elements (references that resolve, unique
 * ids, replies that answer messages, consistent dates) are checked by {@link #validate()}, which
 * reports every finding instead of throwing, so that a dossier read from elsewhere can be inspected
 * and repaired.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Dossier implements WithDossier {

  /**
   * The version of the dossier format that this library writes. Version 1.1 adds optional
   * properties to 1.0 (an event's {@code datasetCodings}, a place's {@code admin1} and {@code
   * admin2}); every document of 1.0 is one of 1.1 and reads unchanged, keeping its version.
   */
  public static final String FORMAT_VERSION = "1.1";

  Dossier() {}

  /** The version of the format, {@code major.minor}; {@value #FORMAT_VERSION} by default. */
  @Value.Default
  public String formatVersion() {
    return FORMAT_VERSION;
  }

  /** A title for people, e.g. the headline of the report the dossier models. */
  public abstract Optional<String> title();

  /** The people, organisations and states. */
  public abstract List<Actor> actors();

  /** The events. */
  public abstract List<Event> events();

  /** The standing relationships. */
  public abstract List<Relationship> relationships();

  /** The sources that events and relationships cite. */
  public abstract List<Source> sources();

  /** Custom properties; see {@link Extensions}. */
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Dossier}, from {@link Dossier#builder()}. {@code build()} throws a {@link
   * ValidationException} that names every rule the dossier breaks; the rules across its elements
   * are {@link Dossier#validate()}'s.
   *
   * <pre>{@code
   * Dossier dossier = Dossier.builder()
   *     .title("Cuba and North Korea")
   *     .addActor(State.of(Country.of("CU")))
   *     .addActor(State.of(Country.of("KP")))
   *     .addEvent(talks)
   *     .addSource(kcnaReport)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableDossier.Builder {
    Builder() {}

    /**
     * Adds an element to the list of its family: an actor to {@code actors}, an event to {@code
     * events}, a relationship to {@code relationships}, a source to {@code sources}. So a stream of
     * elements collects into a dossier: {@code elements.forEach(builder::addElement)}.
     */
    public Builder addElement(DossierElement element) {
      // The four families of a sealed interface: Java 17 has no switch over types.
      if (element instanceof Actor actor) {
        addActor(actor);
      } else if (element instanceof Event event) {
        addEvent(event);
      } else if (element instanceof Relationship relationship) {
        addRelationship(relationship);
      } else {
        addSource((Source) element);
      }
      return this;
    }
  }

  /** The actor with the given id, if the dossier has one. */
  public Optional<Actor> actor(Id id) {
    return actors().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The event with the given id, if the dossier has one. */
  public Optional<Event> event(Id id) {
    return events().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The source with the given id, if the dossier has one. */
  public Optional<Source> source(Id id) {
    return sources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The relationship with the given id, if the dossier has one. */
  public Optional<Relationship> relationship(Id id) {
    return relationships().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Checks the rules across elements; see {@link DossierValidator}. */
  public ValidationReport validate() {
    return DossierValidator.validate(this);
  }

  @Value.Check
  void check() {
    Checks.of("Dossier")
        .require(
            formatVersion().matches("[1-9][0-9]*\\.[0-9]+"),
            "formatVersion",
            "dossier.formatVersion.format",
            "the format version must be major.minor, e.g. "
                + FORMAT_VERSION
                + ", not '"
                + formatVersion()
                + "'")
        .text(title(), "title", "dossier.title.blank")
        .addAll(Extensions.check("dossier", extensions()))
        .throwIfAny();
  }
}
