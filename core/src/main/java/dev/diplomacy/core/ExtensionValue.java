package dev.diplomacy.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value of an extension: a namespaced custom property that the library carries without knowing
 * what it means, and writes back as it was read. It is a JSON-shaped value (text, number, boolean,
 * null, list, or map), kept in the core without any JSON library.
 *
 * <p>Numbers are exact {@link BigDecimal}s and equal when numerically equal: {@code 1.0} equals
 * {@code 1.00}.
 */
public sealed interface ExtensionValue {

  /** Text. */
  record TextValue(String value) implements ExtensionValue {
    public TextValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A number, exact. */
  record NumberValue(BigDecimal value) implements ExtensionValue {
    public NumberValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof NumberValue n && n.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
      // Numerically equal values have the same double; unlike stripTrailingZeros, this cannot
      // overflow on exponents near the limits of BigDecimal's scale.
      return Double.hashCode(value.doubleValue() + 0.0);
    }
  }

  /** True or false. */
  record BooleanValue(boolean value) implements ExtensionValue {}

  /** An explicit null. */
  record NullValue() implements ExtensionValue {}

  /** A list of values. */
  record ListValue(List<ExtensionValue> values) implements ExtensionValue {
    public ListValue {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /** Names mapped to values, in the order given. */
  record MapValue(Map<String, ExtensionValue> members) implements ExtensionValue {
    public MapValue {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }
  }

  /** Text. */
  static ExtensionValue of(String text) {
    return new TextValue(text);
  }

  /** A whole number. */
  static ExtensionValue of(long number) {
    return new NumberValue(BigDecimal.valueOf(number));
  }

  /** A number. */
  static ExtensionValue of(BigDecimal number) {
    return new NumberValue(number);
  }

  /** A boolean. */
  static ExtensionValue of(boolean value) {
    return new BooleanValue(value);
  }

  /** The null value. */
  static ExtensionValue ofNull() {
    return new NullValue();
  }
}
