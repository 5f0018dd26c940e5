package dev.diplomacy.json;

import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import org.immutables.value.Value;

@Value.Immutable
@DiplomacyStyle
abstract class TestCircle implements TestShape {

  abstract double radius();

  static TestCircle of(double radius) {
    return ImmutableTestCircle.builder().radius(radius).build();
  }

  @Value.Check
  void check() {
    Checks.of("TestCircle")
        .require(
            radius() > 0, "radius", "testCircle.radius.positive", "the radius must be positive")
        .throwIfAny();
  }
}
