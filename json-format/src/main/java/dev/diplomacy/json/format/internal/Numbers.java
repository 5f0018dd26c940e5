package dev.diplomacy.json.format.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** JSON numbers as Java's {@code double}, {@code long}, {@code int} and {@link BigDecimal}. */
public final class Numbers {

  /**
   * A finite double; NaN and the infinities are not JSON, and a number too large for a double is
   * refused.
   */
  public static final JsonCodec<Double> DOUBLE =
      new JsonCodec<>() {
        @Override
        public Class<Double> type() {
          return Double.class;
        }

        @Override
        public @Nullable Double read(JsonInput in) {
          JsonToken t = in.token();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            in.wrongType("a number");
            return null;
          }
          double d = in.parser().getDoubleValue();
          if (!Double.isFinite(d)) {
            in.problem(
                Codes.FORMAT,
                "the number " + in.parser().getString() + " is too large for a double");
            return null;
          }
          return d;
        }

        @Override
        public void write(Double value, JsonOutput out) {
          if (!Double.isFinite(value)) {
            throw out.fail(
                out.pointer(),
                Codes.FORMAT,
                value + " cannot be written: JSON has no NaN or infinity");
          }
          out.generator().writeNumber(value.doubleValue());
        }
      };

  /**
   * A whole number within a {@code long}. A number with a zero fraction ({@code 12.0}) is a whole
   * number, as in JSON Schema.
   */
  static final JsonCodec<Long> LONG =
      new JsonCodec<>() {
        @Override
        public Class<Long> type() {
          return Long.class;
        }

        @Override
        public @Nullable Long read(JsonInput in) {
          TokenReader p = in.parser();
          JsonToken t = in.token();
          if (t == JsonToken.VALUE_NUMBER_INT && !p.isBigInteger()) {
            return p.getLongValue();
          }
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            in.wrongType("a whole number");
            return null;
          }
          BigDecimal exact = JsonValues.decimal(in.parser(), in);
          if (exact == null) {
            return null;
          }
          try {
            return exact.longValueExact();
          } catch (ArithmeticException e) {
            in.problem(
                Codes.FORMAT,
                "expected a whole number from "
                    + Long.MIN_VALUE
                    + " to "
                    + Long.MAX_VALUE
                    + ", not "
                    + p.getString());
            return null;
          }
        }

        @Override
        public void write(Long value, JsonOutput out) {
          out.generator().writeNumber(value.longValue());
        }
      };

  /** A whole number within an {@code int}, read as {@link #LONG} is. */
  public static final JsonCodec<Integer> INT =
      new JsonCodec<>() {
        @Override
        public Class<Integer> type() {
          return Integer.class;
        }

        @Override
        public @Nullable Integer read(JsonInput in) {
          Long n = LONG.read(in);
          if (n != null && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
            in.problem(
                Codes.FORMAT,
                "expected a whole number from "
                    + Integer.MIN_VALUE
                    + " to "
                    + Integer.MAX_VALUE
                    + ", not "
                    + n);
            return null;
          }
          return n == null ? null : n.intValue();
        }

        @Override
        public void write(Integer value, JsonOutput out) {
          out.generator().writeNumber(value.intValue());
        }
      };

  /** The most digits a {@link #DECIMAL} has when written out without an exponent. */
  static final int MAX_PLAIN_DIGITS = 1_000;

  /**
   * A number, exactly as written: {@code 2.50} stays {@code 2.50}; written as {@link
   * BigDecimal#toString()} prints it. A number of more than {@value #MAX_PLAIN_DIGITS} digits
   * written out without an exponent ({@code 1e999999999}) is refused: no quantity is that large or
   * that small, and printing it in full would take gigabytes.
   */
  public static final JsonCodec<BigDecimal> DECIMAL =
      new JsonCodec<>() {
        @Override
        public Class<BigDecimal> type() {
          return BigDecimal.class;
        }

        @Override
        public @Nullable BigDecimal read(JsonInput in) {
          JsonToken t = in.token();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            in.wrongType("a number");
            return null;
          }
          BigDecimal d = JsonValues.decimal(in.parser(), in);
          if (d != null && plainDigits(d) > MAX_PLAIN_DIGITS) {
            in.problem(
                Codes.FORMAT,
                "the number "
                    + in.parser().getString()
                    + " has more than "
                    + MAX_PLAIN_DIGITS
                    + " digits written out");
            return null;
          }
          return d;
        }

        @Override
        public void write(BigDecimal value, JsonOutput out) {
          out.generator().writeNumber(value);
        }
      };

  private Numbers() {}

  /**
   * How many digits {@code d} has written out without an exponent, as {@link
   * BigDecimal#toPlainString()} does.
   */
  public static long plainDigits(BigDecimal d) {
    long precision = d.precision();
    long scale = d.scale();
    return scale <= 0 ? precision - scale : Math.max(precision, scale + 1);
  }
}
