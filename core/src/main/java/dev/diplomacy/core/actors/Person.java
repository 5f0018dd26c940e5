package dev.diplomacy.core.actors;

import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A person: a nationality, positions held over time, and birth and death dates where known (a death
 * without its date is {@link #deceased()}).
 *
 * <pre>{@code
 * Person.builder().id(Id.of("raul-castro")).name(Name.of("Raúl Castro"))
 *     .addOtherName(Name.of("Raul Castro Ruz")).nationality(Country.of("CU"))
 *     .addPosition(Position.of("First Secretary of the Communist Party of Cuba")).build();
 * }</pre>
 *
 * <p>Besides the rules of every {@link Actor}: the death is not before the birth ({@code
 * person.died.beforeBorn}), a death with its date is not also said to be without one ({@code
 * person.deceased.died}), and no position starts after the death ({@code
 * person.positions.afterDeath}, at {@code positions[i]}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Person implements Actor, WithPerson {

  Person() {}

  /** The person's nationality, when known. */
  public abstract Optional<Country> nationality();

  /** Positions held over time. */
  public abstract List<Position> positions();

  /** The date of birth, as precisely as known. */
  public abstract Optional<PartialDate> born();

  /**
   * The date of death, as precisely as known. A death known without its date is {@link
   * #deceased()}.
   */
  public abstract Optional<PartialDate> died();

  /**
   * True when the person is known to have died but the source gives no date of death: "the late Kim
   * Il-sung". A person with a {@link #died()} date needs no more and leaves it false ({@code
   * person.deceased.died}); {@link #hasDied()} asks either.
   */
  @Value.Default
  public boolean deceased() {
    return false;
  }

  /** True when the person is known to have died: a {@link #died()} date, or {@link #deceased()}. */
  public final boolean hasDied() {
    return died().isPresent() || deceased();
  }

  /** Always {@link ActorKind#PERSON}. */
  @Override
  public final ActorKind kind() {
    return ActorKind.PERSON;
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Person}, from {@link Person#builder()}. Like the builder of every kind of
   * actor, it is an {@link Actor.Builder}, with the same setters of the properties every actor
   * shares. {@code build()} throws a {@link ValidationException} when {@code id} or {@code name} is
   * missing, and one that names every rule the person breaks.
   */
  public static final class Builder extends ImmutablePerson.Builder
      implements Actor.Builder<Builder> {
    Builder() {}
  }

  /**
   * The positions the person may have held on {@code date}: those whose span may include it and
   * those whose span is not known, in order.
   */
  public List<Position> positionsOn(PartialDate date) {
    return positions().stream()
        .filter(p -> p.mayBeHeldOn(date))
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("Person").addAll(ActorRules.check(this));
    if (born().isPresent() && died().isPresent()) {
      checks.require(
          !died().get().isBefore(born().get()),
          "died",
          "person.died.beforeBorn",
          "the death (" + died().get() + ") is before the birth (" + born().get() + ")");
    }
    checks.require(
        !(deceased() && died().isPresent()),
        "deceased",
        "person.deceased.died",
        () ->
            "deceased says the death is known without its date, but died gives it ("
                + died().get()
                + "): leave deceased out");
    if (died().isPresent()) {
      PartialDate death = died().get();
      for (int i = 0; i < positions().size(); i++) {
        Optional<DateSpan> held = positions().get(i).held();
        Optional<PartialDate> start = held.flatMap(DateSpan::start);
        if (start.isPresent()) {
          checks.require(
              !start.get().isAfter(death),
              "positions[" + i + "]",
              "person.positions.afterDeath",
              "the position '"
                  + positions().get(i).title()
                  + "' starts ("
                  + start.get()
                  + ") after the death ("
                  + death
                  + ")");
        }
      }
    }
    checks.throwIfAny();
  }
}
