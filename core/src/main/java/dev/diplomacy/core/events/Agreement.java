package dev.diplomacy.core.events;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Two or more actors signed or adopted an agreement: a treaty, a memorandum, a joint statement. The
 * {@link #parties()} are bound by it (states, organisations); the {@link #signatories()} are the
 * persons who signed it for them, each in the capacity they signed in; its {@link #provisions()}
 * say what it binds them to. A {@link dev.diplomacy.core.relations.Relationship} that the agreement
 * established or changed names it among its {@code agreements}.
 *
 * <pre>{@code
 * Agreement.builder()
 *     .id(Id.of("russia-dprk-treaty-2024"))
 *     .when(When.on("2024-06-19"))
 *     .addParty(Id.of("russia"))
 *     .addParty(Id.of("north-korea"))
 *     .addSignatory(Agent.of(Id.of("vladimir-putin"), "President of the Russian Federation"))
 *     .addSignatory(Id.of("kim-jong-un"))
 *     .title("Treaty on Comprehensive Strategic Partnership")
 *     .agreementKind(AgreementKind.TREATY)
 *     .addProvision(Provision.of(ProvisionKind.MUTUAL_ASSISTANCE))
 *     .build();
 * }</pre>
 *
 * <p>A document written before agreements had parties lists the states as signatories and no
 * parties: then the signatories are the sides ({@link #sides()}), as they were.
 *
 * <p>Rules, besides the {@link Event envelope}'s: at least two distinct parties ({@code
 * agreement.parties.distinct}), each once ({@code agreement.parties.duplicate}); without parties,
 * at least two distinct signatories ({@code agreement.signatories.distinct}); signatories each once
 * ({@code agreement.signatories.duplicate}); a signatory is not also a party ({@code
 * agreement.signatories.party}); title not blank ({@code agreement.title.blank}).
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

  /**
   * The ids of the actors bound by it (states, organisations), each once; at least two when given.
   */
  public abstract List<Id> parties();

  /**
   * The actors who signed it, each once, each in the capacity they signed in: Vladimir Putin as
   * "President of the Russian Federation". Without {@link #parties()}, the signatories are the
   * sides, at least two.
   */
  public abstract List<Agent> signatories();

  /** Its title, as published: "Treaty of Friendship and Cooperation". */
  public abstract Optional<String> title();

  /** Its form: treaty, memorandum, joint statement, contract. */
  public abstract Optional<AgreementKind> agreementKind();

  /** What it binds the parties to, provision by provision, in the agreement's order. */
  public abstract List<Provision> provisions();

  /**
   * The sides of the agreement: the {@link #parties()}, or, when none is given, the actors of the
   * {@link #signatories()}. What its coding joins. Derived: not an attribute.
   */
  public List<Id> sides() {
    if (!parties().isEmpty()) {
      return parties();
    }
    return signatories().stream().map(Agent::actor).toList();
  }

  /**
   * Derived from the typed fields: each of the {@link #parties()} as {@link Role#PARTY}, then each
   * of the {@link #signatories()} as {@link Role#SIGNATORY}, in order. Not an attribute: set the
   * fields instead.
   */
  @Override
  public List<Participant> participants() {
    List<Participant> out = new ArrayList<>();
    parties().forEach(p -> out.add(Participant.of(p, Role.PARTY)));
    signatories().forEach(s -> out.add(s.as(Role.SIGNATORY)));
    return Collections.unmodifiableList(out);
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

    /** Adds a signatory, with no capacity given. */
    public Builder addSignatory(Id signatory) {
      return addSignatory(Agent.of(signatory));
    }

    /** Adds signatories, with no capacity given. */
    public Builder addSignatories(Id... signatories) {
      for (Id s : signatories) {
        addSignatory(s);
      }
      return this;
    }
  }

  @Value.Check
  void check() {
    Checks checks = EventChecks.envelope(this);
    if (parties().isEmpty()) {
      int distinct = new HashSet<>(sides()).size();
      checks.require(
          distinct >= 2,
          "signatories",
          "agreement.signatories.distinct",
          "an agreement needs at least two distinct parties, or without parties two distinct"
              + " signatories, not "
              + distinct);
    } else {
      int distinct = new HashSet<>(parties()).size();
      checks
          .require(
              distinct >= 2,
              "parties",
              "agreement.parties.distinct",
              "an agreement needs at least two distinct parties, not " + distinct)
          .unique(parties(), "parties", "agreement.parties.duplicate", "party");
      List<Agent> signatories = signatories();
      for (int i = 0; i < signatories.size(); i++) {
        Id actor = signatories.get(i).actor();
        checks.require(
            !parties().contains(actor),
            "signatories[" + i + "]",
            "agreement.signatories.party",
            () ->
                "the signatory "
                    + actor
                    + " is a party; a signatory is who signed for the parties");
      }
    }
    checks
        .unique(
            signatories(),
            Agent::actor,
            "signatories",
            "agreement.signatories.duplicate",
            "signatory")
        .text(title(), "title", "agreement.title.blank")
        .throwIfAny();
  }
}
