package dev.diplomacy.core.geography;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An area that is not one country's, as the source gives it: a demilitarised or jointly
 * administered zone, international waters or airspace, disputed territory. The countries it lies
 * between, that share it or that claim it; the actors that administer it, by id.
 *
 * <pre>{@code
 * Area.builder().areaKind(AreaKind.JOINTLY_ADMINISTERED).name("Joint Security Area")
 *     .addCountries(Country.of("KP"), Country.of("KR"))
 *     .addAdministrators(Id.of("united-nations-command"), Id.of("state-kp")).build();
 * }</pre>
 *
 * <p>Rules: the name is not blank ({@code area.name.blank}); each country once ({@code
 * area.countries.duplicate}); each administrator once ({@code area.administrators.duplicate}).
 * Whether the administrators resolve to actors is checked over a dossier.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Area implements WithArea {

  Area() {}

  /** What sort of area it is. */
  public abstract AreaKind areaKind();

  /** Its name as the source gives it: Joint Security Area, the Korean Demilitarized Zone. */
  public abstract Optional<String> name();

  /**
   * The countries it lies between, that share it, or (for {@link AreaKind#DISPUTED_TERRITORY}) that
   * claim it, each once: North and South Korea for the Demilitarized Zone.
   */
  public abstract List<Country> countries();

  /**
   * The ids of the actors that administer it, each once: the United Nations Command and North Korea
   * for the Joint Security Area.
   */
  public abstract List<Id> administrators();

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Area}, from {@link Area#builder()}. {@code build()} throws an {@link
   * IllegalStateException} when {@code areaKind} is missing, and a {@link ValidationException} that
   * names every rule the area breaks.
   */
  public static final class Builder extends ImmutableArea.Builder {
    Builder() {}
  }

  /** An area known only by its kind: {@code Area.of(AreaKind.INTERNATIONAL_WATERS)}. */
  public static Area of(AreaKind areaKind) {
    return builder().areaKind(areaKind).build();
  }

  @Value.Check
  void check() {
    Checks.of("Area")
        .text(name(), "name", "area.name.blank")
        .unique(countries(), "countries", "area.countries.duplicate", "the country")
        .unique(administrators(), "administrators", "area.administrators.duplicate", "the actor")
        .addAll(Extensions.check("area", extensions()))
        .throwIfAny();
  }
}
