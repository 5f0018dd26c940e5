package dev.diplomacy.core.events;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor provided material to another: arms, aid, goods. Kim Il-sung's North Korea sent Cuba
 * 100,000 AK-47 rifles and their ammunition "without charging a cent", as Fidel Castro claimed.
 *
 * <pre>{@code
 * MaterialTransfer.builder()
 *     .id(Id.of("dprk-rifles-to-cuba"))
 *     .provider(Id.of("north-korea"))
 *     .recipient(Id.of("cuba"))
 *     .addItem(Item.of("AK-47 rifles", 100_000))
 *     .addItem(Item.of("ammunition"))
 *     .terms(TransferTerms.FREE_OF_CHARGE)
 *     .certainty(Certainty.CLAIMED)
 *     .build();
 * }</pre>
 *
 * <p>Rules, besides the {@link Event envelope}'s: the recipient is not the provider ({@code
 * materialTransfer.recipient.provider}); at least one item ({@code materialTransfer.items.empty}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class MaterialTransfer implements Event, WithMaterialTransfer {

  MaterialTransfer() {}

  /** Always {@link EventKind#MATERIAL_TRANSFER}. */
  @Override
  public final EventKind kind() {
    return EventKind.MATERIAL_TRANSFER;
  }

  /** The id of the actor who gave, sold or lent the material. */
  public abstract Id provider();

  /** The id of the actor who received it; not the provider. */
  public abstract Id recipient();

  /** What was handed over; at least one item. */
  public abstract List<Item> items();

  /** On what terms: free of charge, sale, loan, barter. */
  public abstract Optional<TransferTerms> terms();

  /**
   * Derived from the typed fields: the {@link #provider()} as {@link Role#PROVIDER}, then the
   * {@link #recipient()} as {@link Role#RECIPIENT}. Not an attribute: set the fields instead.
   */
  @Override
  public List<Participant> participants() {
    return List.of(
        Participant.of(provider(), Role.PROVIDER), Participant.of(recipient(), Role.RECIPIENT));
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MaterialTransfer}, from {@link MaterialTransfer#builder()}. Like the builder of
   * every kind of event, it is an {@link Event.Builder}, with the same setters of the envelope.
   * {@code build()} throws a {@link ValidationException} when {@code id}, {@code provider} or
   * {@code recipient} is missing, and one that names every rule the material transfer breaks.
   */
  public static final class Builder extends ImmutableMaterialTransfer.Builder
      implements Event.Builder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks checks =
        EventChecks.envelope(this)
            .require(
                !recipient().equals(provider()),
                "recipient",
                "materialTransfer.recipient.provider",
                () -> "the recipient " + recipient() + " cannot be the provider")
            .require(
                !items().isEmpty(),
                "items",
                "materialTransfer.items.empty",
                "a transfer needs at least one item");
    checks.throwIfAny();
  }
}
