package dev.diplomacy.json.format;

/**
 * How a reader treats what it does not know.
 *
 * <p>Both modes accept namespaced extensions ({@code "acme:confidence": 0.9}) on the objects that
 * carry extensions, and both reject malformed values.
 */
public enum Mode {
  /**
   * Unknown plain property names and unknown type names are errors ({@code json.unknownProperty},
   * {@code json.unknownType}). For data you produce yourself and want checked.
   */
  STRICT,
  /**
   * Unknown plain property names are kept as extensions of the object that carries them, and
   * written back unchanged: the way to read documents written by a newer version of the format.
   * Objects that carry no extensions still reject unknown properties.
   */
  LENIENT
}
