package dev.diplomacy.json;

import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import org.immutables.value.Value;

@Value.Immutable
@DiplomacyStyle
abstract class TestCircle implements TestShape {

  abstract double radius();

  static TestCircle of(double radius) {
    return TestCircle.builder().radius(radius).build();
  }

  @Value.Check
  void check() {
    Checks.of("TestCircle")
        .require(
            radius() > 0, "radius", "testCircle.radius.positive", "the radius must be positive")
        .throwIfAny();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableTestCircle.Builder {}
}
