package dev.diplomacy.core.actors;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A country acting as a whole: "North Korea promised support". {@code State.of(Country.of("KP"))}
 * is the state with id {@code north-korea} and name {@code North Korea}.
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class State implements Actor, WithState {

  State() {}

  /** The country. */
  public abstract Country country();

  /** Always {@link ActorKind#STATE}. */
  @Override
  public final ActorKind kind() {
    return ActorKind.STATE;
  }

  /**
   * The state of {@code country}, with the id made of its English short name ({@code north-korea},
   * see {@link Id#slug}) and that name as its primary name.
   */
  public static State of(Country country) {
    return of(Id.slug(country.name()), country);
  }

  /** The state of {@code country} with the given id, named by the country's English short name. */
  public static State of(Id id, Country country) {
    return builder().id(id).name(Name.of(country.name())).country(country).build();
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link State}, from {@link State#builder()}. Like the builder of every kind of actor,
   * it is an {@link Actor.Builder}, with the same setters of the properties every actor shares.
   * {@code build()} throws a {@link ValidationException} when {@code id}, {@code name} or {@code
   * country} is missing, and one that names every rule the state breaks.
   */
  public static final class Builder extends ImmutableState.Builder
      implements Actor.Builder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of("State").addAll(ActorRules.check(this)).throwIfAny();
  }
}
