package dev.diplomacy.json;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.internal.DiplomacyStyle;
import java.util.Map;
import org.immutables.value.Value;

@Value.Immutable
@DiplomacyStyle
abstract class TestSquare implements TestShape {

  abstract double side();

  abstract Map<String, ExtensionValue> extensions();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableTestSquare.Builder {}
}
