package dev.diplomacy.json;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.internal.DiplomacyStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A shape of a type the tests' family does not know, kept whole: its type name, and everything else
 * as extensions.
 */
@Value.Immutable
@DiplomacyStyle
abstract class TestOtherShape implements TestShape {

  abstract String typeName();

  abstract Map<String, ExtensionValue> extensions();

  static TestOtherShape of(String typeName, Map<String, ExtensionValue> extensions) {
    return TestOtherShape.builder().typeName(typeName).putAllExtensions(extensions).build();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableTestOtherShape.Builder {}
}
