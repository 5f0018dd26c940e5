package dev.diplomacy.json.format.internal;

import org.jspecify.annotations.Nullable;

/**
 * How one type is read from and written to JSON. One codec per type, registered in {@link Codecs};
 * objects are declared with {@link ObjectCodec}, polymorphic families with {@link UnionCodec},
 * strings with {@link TextCodec}.
 *
 * @param <T> the type
 */
public interface JsonCodec<T> {

  /** The Java type read and written. */
  Class<T> type();

  /**
   * Reads the value that starts at the parser's current token, and leaves the parser on its last
   * token (the same token for a scalar). On bad input it records problems in {@code in}, skips the
   * rest of the value and returns null. It throws for bad input only when reading cannot go on (too
   * many problems, a format version it does not read), a {@link
   * dev.diplomacy.json.format.DiplomacyJsonException}.
   */
  @Nullable T read(JsonInput in);

  /** Writes {@code value}. */
  void write(T value, JsonOutput out);

  /**
   * The value of a JSON {@code null} where Jackson reads one without asking {@link #read} (at the
   * root, or in a user's object); none by default, as the format never writes null.
   */
  default @Nullable T nullValue() {
    return null;
  }
}
