package dev.diplomacy.core.events;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A state or organisation declared mourning for someone who died: North Korea's three days of
 * mourning for Fidel Castro. The {@link #when()} gives the first day, and the last where known.
 *
 * <pre>{@code
 * Mourning.builder()
 *     .id(Id.of("dprk-mourns-fidel-castro"))
 *     .when(When.on("2016"))
 *     .declarer(Id.of("north-korea"))
 *     .mourned(Id.of("fidel-castro"))
 *     .days(3)
 *     .build();
 * }</pre>
 *
 * <p>Rules, besides the {@link Event envelope}'s: the mourned is not the declarer ({@code
 * mourning.mourned.declarer}); at least one day ({@code mourning.days.positive}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Mourning implements Event, WithMourning {

  Mourning() {}

  /** Always {@link EventKind#MOURNING}. */
  @Override
  public final EventKind kind() {
    return EventKind.MOURNING;
  }

  /** The id of the state or organisation declaring the mourning. */
  public abstract Id declarer();

  /** The id of the person mourned; not the declarer. */
  public abstract Id mourned();

  /** How many days of mourning were declared, when the source says; at least one. */
  public abstract OptionalInt days();

  /**
   * Derived from the typed fields: the {@link #declarer()} as {@link Role#DECLARER}, then the
   * {@link #mourned()} as {@link Role#MOURNED}. Not an attribute: set the fields instead.
   */
  @Override
  public List<Participant> participants() {
    return List.of(
        Participant.of(declarer(), Role.DECLARER), Participant.of(mourned(), Role.MOURNED));
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Mourning}, from {@link Mourning#builder()}. Like the builder of every kind of
   * event, it is an {@link Event.Builder}, with the same setters of the envelope. {@code build()}
   * throws a {@link ValidationException} when {@code id}, {@code declarer} or {@code mourned} is
   * missing, and one that names every rule the mourning breaks.
   */
  public static final class Builder extends ImmutableMourning.Builder
      implements Event.Builder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks checks =
        EventChecks.envelope(this)
            .require(
                !mourned().equals(declarer()),
                "mourned",
                "mourning.mourned.declarer",
                () -> "the mourned " + mourned() + " cannot be the declarer")
            .require(
                days().isEmpty() || days().getAsInt() >= 1,
                "days",
                "mourning.days.positive",
                () ->
                    "a mourning lasts at least one day, not "
                        + (days().isPresent() ? days().getAsInt() : 0));
    checks.throwIfAny();
  }
}
