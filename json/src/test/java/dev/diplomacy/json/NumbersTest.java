package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static dev.diplomacy.json.CodecHarness.read;
import static dev.diplomacy.json.CodecHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.events.Item;
import dev.diplomacy.json.format.internal.ExtensionValueCodec;
import dev.diplomacy.json.format.internal.Numbers;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void decimalsAreReadAndWrittenExactly() {
    assertThat(read(Numbers.DECIMAL, "2.50")).isEqualTo(new BigDecimal("2.50"));
    assertThat(read(Numbers.DECIMAL, "100000")).isEqualTo(new BigDecimal("100000"));
    assertThat(read(Numbers.DECIMAL, "1e5")).isEqualTo(new BigDecimal("1E+5"));
    assertThat(write(Numbers.DECIMAL, new BigDecimal("2.50"))).isEqualTo("2.50");
    assertThat(write(Numbers.DECIMAL, new BigDecimal("1E+5"))).isEqualTo("1E+5");
    assertThat(pointersAndCodes(() -> read(Numbers.DECIMAL, "\"2.5\"")))
        .containsExactly(at("", "json.type"));
  }

  @Test
  void refusesADecimalTooLongToWriteOutAtOnce() {
    long start = System.nanoTime();
    for (String huge : new String[] {"1e999999999", "-1e999999999", "0e-999999999", "1e-1001"}) {
      assertThat(
              pointersAndCodes(
                  () ->
                      DiplomacyJson.strict()
                          .read(
                              "{\"description\":\"rifles\",\"quantity\":" + huge + "}",
                              Item.class)))
          .as(huge)
          .containsExactly(at("/quantity", "json.format"));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(read(Numbers.DECIMAL, "1e999")).isEqualTo(new BigDecimal("1E+999"));
  }

  @Test
  void refusesExponentsSoNearTheEndOfTheirRangeThatArithmeticOnThemWouldOverflow() {
    for (String n : new String[] {"100e2147483647", "100e-2147483647", "1000e-2147483646"}) {
      assertThat(pointersAndCodes(() -> read(ExtensionValueCodec.INSTANCE, n)))
          .as(n)
          .containsExactly(at("", "json.format"));
    }
    String json =
        "{\"type\":\"person\",\"id\":\"p\",\"name\":{\"text\":\"Kim\"},\"otherNames\":[{\"text\":\"K\",\"acme:x\":100e2147483647}]}";
    assertThat(pointersAndCodes(() -> DiplomacyJson.strict().read(json, Actor.class)))
        .containsExactly(at("/otherNames/0/acme:x", "json.format"));
    assertThat(read(ExtensionValueCodec.INSTANCE, "1e2147483000").hashCode())
        .isEqualTo(ExtensionValue.of(new BigDecimal("10e2147482999")).hashCode());
  }

  @Test
  void countsTheDigitsOfADecimalWrittenOut() {
    assertThat(Numbers.plainDigits(new BigDecimal("2.50"))).isEqualTo(3);
    assertThat(Numbers.plainDigits(new BigDecimal("1E+5"))).isEqualTo(6);
    assertThat(Numbers.plainDigits(new BigDecimal("0.001"))).isEqualTo(4);
    assertThat(Numbers.plainDigits(new BigDecimal("0"))).isEqualTo(1);
  }

  @Test
  void intsAreWholeNumbersWithinAnInt() {
    assertThat(read(Numbers.INT, "3")).isEqualTo(3);
    assertThat(read(Numbers.INT, "3.0")).isEqualTo(3);
    assertThat(write(Numbers.INT, -7)).isEqualTo("-7");
    assertThat(pointersAndCodes(() -> read(Numbers.INT, "2147483648")))
        .containsExactly(at("", "json.format"));
    assertThat(pointersAndCodes(() -> read(Numbers.INT, "1.5")))
        .containsExactly(at("", "json.format"));
  }
}
