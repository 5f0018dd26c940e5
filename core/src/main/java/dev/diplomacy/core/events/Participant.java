package dev.diplomacy.core.events;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor taking part in an event, in a role, and in the capacity the source gives: Ri Su-yong as
 * {@link Role#HEAD_OF_DELEGATION}, "Vice Chairman of the Workers' Party of Korea".
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Participant implements WithParticipant {

  Participant() {}

  /** The id of the actor (a person, organisation or state). */
  @Value.Parameter
  public abstract Id actor();

  /** The part the actor plays; {@link Role#PARTICIPANT} unless said otherwise. */
  @Value.Default
  @Value.Parameter
  public Role role() {
    return Role.PARTICIPANT;
  }

  /**
   * The title in which the actor took part, in the source's words: "Vice Chairman of the Workers'
   * Party of Korea", "First Secretary of the Central Committee of the Communist Party of Cuba".
   * What the source says at the time of the event, which may differ from the positions on record.
   */
  public abstract Optional<String> capacity();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Participant}, from {@link Participant#builder()}. {@code build()} throws a
   * {@link ValidationException} when {@code actor} is missing, and one that names every rule the
   * participant breaks.
   */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }

  /** The actor, as a plain {@link Role#PARTICIPANT}. */
  public static Participant of(Id actor) {
    return ImmutableParticipant.of(actor, Role.PARTICIPANT);
  }

  /** The actor in the given role. */
  public static Participant of(Id actor, Role role) {
    return ImmutableParticipant.of(actor, role);
  }

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.of("Participant")
        .text(capacity(), "capacity", "participant.capacity.blank")
        .addAll(Extensions.check("participant", extensions()))
        .throwIfAny();
  }
}
