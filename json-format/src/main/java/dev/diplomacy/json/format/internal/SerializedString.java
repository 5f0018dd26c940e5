package dev.diplomacy.json.format.internal;

/**
 * A property name the codecs write often, which each binding serializes once ({@link
 * BindingCache}): named as Jackson's own class is, which it stands for.
 */
public final class SerializedString extends BindingCache {

  private final String value;

  /** The name {@code value}. */
  public SerializedString(String value) {
    this.value = value;
  }

  /** The name. */
  public String getValue() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
