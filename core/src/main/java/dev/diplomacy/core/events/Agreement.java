package dev.diplomacy.core.events;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Two or more actors signed or adopted an agreement: a treaty, a memorandum, a joint statement.
 *
 * <p>Rules, besides the {@link Event envelope}'s: at least two distinct signatories ({@code
 * agreement.signatories.distinct}), each once ({@code agreement.signatories.duplicate}); title not
 * blank.
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Agreement implements Event, WithAgreement {

  Agreement() {}

  /** Always {@link EventKind#AGREEMENT}. */
  @Override
  public final EventKind kind() {
    return EventKind.AGREEMENT;
  }

  /** The ids of the parties that signed it, each once; at least two. */
  public abstract List<Id> signatories();

  /** Its title, as published: "Treaty of Friendship and Cooperation". */
  public abstract Optional<String> title();

  /** Its form: treaty, memorandum, joint statement, contract. */
  public abstract Optional<AgreementKind> agreementKind();

  /**
   * Derived from the typed fields: each of the {@link #signatories()} as {@link Role#SIGNATORY}, in
   * order. Not an attribute: set the fields instead.
   */
  @Override
  public List<Participant> participants() {
    return signatories().stream()
        .map(s -> Participant.of(s, Role.SIGNATORY))
        .collect(Collectors.toUnmodifiableList());
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Agreement}, from {@link Agreement#builder()}. Like the builder of every kind
   * of event, it is an {@link Event.Builder}, with the same setters of the envelope. {@code
   * build()} throws a {@link ValidationException} when {@code id} is missing, and one that names
   * every rule the agreement breaks.
   */
  public static final class Builder extends ImmutableAgreement.Builder
      implements Event.Builder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    int distinct = new HashSet<>(signatories()).size();
    Checks checks =
        EventChecks.envelope(this)
            .require(
                distinct >= 2,
                "signatories",
                "agreement.signatories.distinct",
                "an agreement needs at least two distinct signatories, not " + distinct)
            .unique(signatories(), "signatories", "agreement.signatories.duplicate", "signatory");
    checks.text(title(), "title", "agreement.title.blank").throwIfAny();
  }
}
