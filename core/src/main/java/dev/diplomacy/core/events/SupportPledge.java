package dev.diplomacy.core.events;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An actor promised support to another: North Korea's "firm support and solidarity" to Nicolás
 * Maduro, its promise of "all sorts of support" to the Syrian Arab Army.
 *
 * <pre>{@code
 * SupportPledge.builder()
 *     .id(Id.of("dprk-support-to-syrian-arab-army"))
 *     .when(When.on("2018-04"))
 *     .pledger(Id.of("north-korea"))
 *     .beneficiary(Id.of("syrian-arab-army"))
 *     .addSupportKind(SupportKind.UNSPECIFIED)
 *     .content("all sorts of support")
 *     .context("in the civil war")
 *     .build();
 * }</pre>
 *
 * <p>Rules, besides the {@link Event envelope}'s: the beneficiary is not the pledger ({@code
 * supportPledge.beneficiary.pledger}); at least one kind of support ({@code
 * supportPledge.supportKinds.empty}), and {@link SupportKind#UNSPECIFIED} alone ({@code
 * supportPledge.supportKinds.unspecified}); content and context not blank.
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class SupportPledge implements Event, WithSupportPledge {

  SupportPledge() {}

  /** Always {@link EventKind#SUPPORT_PLEDGE}. */
  @Override
  public final EventKind kind() {
    return EventKind.SUPPORT_PLEDGE;
  }

  /** The actor who promises support, in the capacity the source gives. */
  public abstract Agent pledger();

  /** The id of the actor promised support; not the pledger. */
  public abstract Id beneficiary();

  /**
   * The kinds of support promised; at least one. {@link SupportKind#UNSPECIFIED} when the source
   * does not say, and then alone.
   */
  public abstract Set<SupportKind> supportKinds();

  /** The pledge in the source's words: "firm support and solidarity". */
  public abstract Optional<String> content();

  /** What the support is for or against, in the source's words: "in the civil war". */
  public abstract Optional<String> context();

  /**
   * Derived from the typed fields: the {@link #pledger()} as {@link Role#PLEDGER}, then the {@link
   * #beneficiary()} as {@link Role#BENEFICIARY}. Not an attribute: set the fields instead.
   */
  @Override
  public List<Participant> participants() {
    return List.of(pledger().as(Role.PLEDGER), Participant.of(beneficiary(), Role.BENEFICIARY));
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SupportPledge}, from {@link SupportPledge#builder()}. Like the builder of every
   * kind of event, it is an {@link Event.Builder}, with the same setters of the envelope. {@code
   * build()} throws a {@link ValidationException} when {@code id}, {@code pledger} or {@code
   * beneficiary} is missing, and one that names every rule the support pledge breaks.
   */
  public static final class Builder extends ImmutableSupportPledge.Builder
      implements Event.Builder<Builder> {
    Builder() {}

    /** Sets the pledger, with no capacity given. */
    public Builder pledger(Id pledger) {
      return pledger(Agent.of(pledger));
    }
  }

  @Value.Check
  void check() {
    Checks checks = EventChecks.envelope(this);
    checks
        .require(
            !beneficiary().equals(pledger().actor()),
            "beneficiary",
            "supportPledge.beneficiary.pledger",
            () -> "the beneficiary " + beneficiary() + " cannot be the pledger")
        .require(
            !supportKinds().isEmpty(),
            "supportKinds",
            "supportPledge.supportKinds.empty",
            "a pledge needs at least one kind of support; UNSPECIFIED when the source does not say")
        .require(
            !supportKinds().contains(SupportKind.UNSPECIFIED) || supportKinds().size() == 1,
            "supportKinds",
            "supportPledge.supportKinds.unspecified",
            () -> "UNSPECIFIED cannot be combined with other kinds of support: " + supportKinds());
    checks.text(content(), "content", "supportPledge.content.blank");
    checks.text(context(), "context", "supportPledge.context.blank").throwIfAny();
  }
}
