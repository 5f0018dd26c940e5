package dev.diplomacy.json;

import dev.diplomacy.core.ExtensionValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A shape of a type the tests' family does not know, kept whole. */
record TestOtherShape(String type, Map<String, ExtensionValue> properties) implements TestShape {
  TestOtherShape {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
