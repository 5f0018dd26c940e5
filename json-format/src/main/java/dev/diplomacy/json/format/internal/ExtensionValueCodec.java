package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.ExtensionValue;
import org.jspecify.annotations.Nullable;

/**
 * Any JSON value, as an {@link ExtensionValue}: the values of extensions. Numbers keep their exact
 * decimal value ({@code 0.10}, {@code 1e400}), so what is read is written back equal. Read and
 * written by {@link JsonValues}, which the PLOVER records share; problems take the format's codes
 * ({@link JsonInput}) and text is checked on writing ({@link JsonOutput}).
 */
public final class ExtensionValueCodec implements JsonCodec<ExtensionValue> {

  public static final ExtensionValueCodec INSTANCE = new ExtensionValueCodec();

  private ExtensionValueCodec() {}

  /** A JSON null is a value like any other here. */
  @Override
  public ExtensionValue nullValue() {
    return new ExtensionValue.NullValue();
  }

  @Override
  public Class<ExtensionValue> type() {
    return ExtensionValue.class;
  }

  @Override
  public @Nullable ExtensionValue read(JsonInput in) {
    JsonToken t = in.token();
    if (t == null) {
      in.wrongType("a value");
      return null;
    }
    if (!JsonValues.startsAValue(t)) {
      in.wrongType("a JSON value");
      return null;
    }
    return JsonValues.read(in.parser(), in);
  }

  @Override
  public void write(ExtensionValue value, JsonOutput out) {
    JsonValues.write(value, out.generator(), out);
  }
}
