package dev.diplomacy.json.format.internal;

import org.jspecify.annotations.Nullable;

/**
 * A flag: a Java {@code boolean} that is false unless said, written as {@code true} when it is true
 * and left out when it is false, as an absent optional is. {@code false} is never written, so it is
 * refused ({@code json.format}), and reading then writing gives the same document.
 */
final class Flags {

  /** {@code true}, the only value a flag takes in JSON. */
  static final JsonCodec<Boolean> TRUE =
      new JsonCodec<>() {
        @Override
        public Class<Boolean> type() {
          return Boolean.class;
        }

        @Override
        public @Nullable Boolean read(JsonInput in) {
          JsonToken t = in.token();
          if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          if (t == JsonToken.VALUE_FALSE) {
            in.problem(Codes.FORMAT, "a flag is true or left out: leave it out for false");
            return null;
          }
          in.wrongType("true");
          return null;
        }

        @Override
        public void write(Boolean value, JsonOutput out) {
          out.generator().writeBoolean(value);
        }
      };

  private Flags() {}
}
