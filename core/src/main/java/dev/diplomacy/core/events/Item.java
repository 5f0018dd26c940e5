package dev.diplomacy.core.events;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What was handed over in a {@link MaterialTransfer}, in the source's words, with a quantity where
 * given: {@code Item.of("AK-47 rifles", 100_000)}, {@code Item.of("ammunition")}.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Item implements WithItem {

  Item() {}

  /** What the item is, in the source's words: "AK-47 rifles"; not blank. */
  public abstract String description();

  /** How many or how much, when given; more than zero. Exact: "100,000", "2.5". */
  public abstract Optional<BigDecimal> quantity();

  /** The unit of the quantity, when it is not a count: "tonnes", "US dollars"; needs a quantity. */
  public abstract Optional<String> unit();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Item}, from {@link Item#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code description} is missing, and one that names every rule the
   * item breaks.
   */
  public static final class Builder extends ImmutableItem.Builder {
    Builder() {}
  }

  /** An item without a quantity. */
  public static Item of(String description) {
    return builder().description(description).build();
  }

  /** A count of an item: {@code Item.of("AK-47 rifles", 100_000)}. */
  public static Item of(String description, long quantity) {
    return builder().description(description).quantity(BigDecimal.valueOf(quantity)).build();
  }

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks checks =
        Checks.of("Item")
            .text(description(), "description", "item.description.blank")
            .require(
                quantity().map(q -> q.signum() > 0).orElse(true),
                "quantity",
                "item.quantity.positive",
                "a quantity must be more than zero, not "
                    + quantity().map(BigDecimal::toString).orElse(""));
    checks
        .text(unit(), "unit", "item.unit.blank")
        .require(
            unit().isEmpty() || quantity().isPresent(),
            "unit",
            "item.unit.needsQuantity",
            "a unit needs a quantity")
        .addAll(Extensions.check("item", extensions()))
        .throwIfAny();
  }
}
