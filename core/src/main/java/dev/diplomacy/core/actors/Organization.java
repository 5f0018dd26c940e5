package dev.diplomacy.core.actors;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation: a party, government, ministry, military, legislature, news publisher, embassy,
 * international organisation, NGO or company, optionally with its country and parent organisation.
 *
 * <pre>{@code
 * Organization.builder().id(Id.of("kcna")).name(Name.of("Korean Central News Agency"))
 *     .addOtherName(Name.of("KCNA")).organizationKind(OrganizationKind.NEWS_MEDIA)
 *     .country(Country.of("KP")).build();
 * }</pre>
 *
 * <p>Besides the rules of every {@link Actor}: an organisation is not its own parent ({@code
 * organization.parent.self}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Organization implements Actor, WithOrganization {

  Organization() {}

  /** What the organisation is. */
  public abstract OrganizationKind organizationKind();

  /** The country the organisation belongs to or is based in, when it has one. */
  public abstract Optional<Country> country();

  /** The id of the organisation this one is part of: a ministry's government, a party's bloc. */
  public abstract Optional<Id> parent();

  /** Always {@link ActorKind#ORGANIZATION}. */
  @Override
  public final ActorKind kind() {
    return ActorKind.ORGANIZATION;
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Organization}, from {@link Organization#builder()}. Like the builder of every
   * kind of actor, it is an {@link Actor.Builder}, with the same setters of the properties every
   * actor shares. {@code build()} throws a {@link ValidationException} when {@code id}, {@code
   * name} or {@code organizationKind} is missing, and one that names every rule the organization
   * breaks.
   */
  public static final class Builder extends ImmutableOrganization.Builder
      implements Actor.Builder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of("Organization")
        .addAll(ActorRules.check(this))
        .require(
            !parent().map(id()::equals).orElse(false),
            "parent",
            "organization.parent.self",
            () -> "the organisation " + id() + " cannot be its own parent")
        .throwIfAny();
  }
}
