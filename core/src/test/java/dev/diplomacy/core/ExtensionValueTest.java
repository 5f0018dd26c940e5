package dev.diplomacy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue.BooleanValue;
import dev.diplomacy.core.ExtensionValue.ListValue;
import dev.diplomacy.core.ExtensionValue.MapValue;
import dev.diplomacy.core.ExtensionValue.NullValue;
import dev.diplomacy.core.ExtensionValue.NumberValue;
import dev.diplomacy.core.ExtensionValue.TextValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtensionValueTest {

  private static ExtensionValue n(String number) {
    return ExtensionValue.of(new BigDecimal(number));
  }

  @Test
  void factoriesMakeEachKind() {
    assertThat(ExtensionValue.of("KCNA")).isEqualTo(new TextValue("KCNA"));
    assertThat(ExtensionValue.of(42)).isEqualTo(new NumberValue(BigDecimal.valueOf(42)));
    assertThat(ExtensionValue.of(new BigDecimal("0.9"))).isInstanceOf(NumberValue.class);
    assertThat(ExtensionValue.of(true)).isEqualTo(new BooleanValue(true));
    assertThat(ExtensionValue.ofNull()).isEqualTo(new NullValue());
    assertThat(((TextValue) ExtensionValue.of("KCNA")).value()).isEqualTo("KCNA");
    assertThat(((BooleanValue) ExtensionValue.of(false)).value()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "1.0, 1.00",
    "1, 1.0",
    "100, 1E+2",
    "0, 0.000",
    "0, -0.0",
    "-2.50, -2.5",
    "123456789012345678901234567890, 123456789012345678901234567890.000"
  })
  void numbersAreEqualWhenNumericallyEqualWithTheSameHashCode(String a, String b) {
    assertThat(n(a)).isEqualTo(n(b)).hasSameHashCodeAs(n(b));
    assertThat(n(b)).isEqualTo(n(a));
  }

  @Test
  void differentNumbersDiffer() {
    assertThat(n("1.0")).isNotEqualTo(n("1.01"));
    assertThat(n("1")).isNotEqualTo(n("-1"));
    assertThat(n("1")).isNotEqualTo(ExtensionValue.of("1"));
    assertThat(ExtensionValue.of(1)).isEqualTo(n("1.000"));
  }

  @Test
  void theNumberKeepsItsScale() {
    assertThat(((NumberValue) n("1.00")).value()).isEqualByComparingTo("1").hasToString("1.00");
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<ExtensionValue> source =
        new ArrayList<>(List.of(ExtensionValue.of("a"), ExtensionValue.of(1)));
    ListValue list = new ListValue(source);
    source.add(ExtensionValue.of("b"));
    assertThat(list.values()).hasSize(2);
    assertThatThrownBy(() -> list.values().add(ExtensionValue.ofNull()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(list).isEqualTo(new ListValue(List.of(ExtensionValue.of("a"), n("1.0"))));
    assertThat(list).hasSameHashCodeAs(new ListValue(List.of(ExtensionValue.of("a"), n("1.0"))));
  }

  @Test
  void mapsAreCopiedUnmodifiableAndKeepTheirOrder() {
    Map<String, ExtensionValue> source = new LinkedHashMap<>();
    source.put("zeta", ExtensionValue.of(1));
    source.put("alpha", ExtensionValue.of(2));
    source.put("mid", ExtensionValue.of(3));
    MapValue map = new MapValue(source);
    source.put("late", ExtensionValue.of(4));
    assertThat(map.members()).containsOnlyKeys("zeta", "alpha", "mid");
    assertThat(map.members().keySet()).containsExactly("zeta", "alpha", "mid");
    assertThatThrownBy(() -> map.members().put("x", ExtensionValue.ofNull()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.members().remove("zeta"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(map)
        .isEqualTo(new MapValue(Map.of("alpha", n("2.0"), "zeta", n("1"), "mid", n("3"))));
  }

  @Test
  void nestedValuesCompareByValue() {
    ExtensionValue a =
        new MapValue(
            Map.of(
                "scores",
                new ListValue(List.of(n("1.0"), n("2.50"))),
                "ok",
                ExtensionValue.of(true)));
    ExtensionValue b =
        new MapValue(
            Map.of(
                "ok", ExtensionValue.of(true), "scores", new ListValue(List.of(n("1"), n("2.5")))));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new MapValue(Map.of("ok", ExtensionValue.of(true))));
  }

  @org.junit.jupiter.api.Test
  void hugeExponentsHashWithoutOverflow() {
    // 100e2147483647 normalised (stripTrailingZeros) would need the scale -2147483649, which
    // overflows an int and throws: hashing must neither throw nor tell apart equal numbers.
    ExtensionValue a = ExtensionValue.of(new java.math.BigDecimal("100e2147483647"));
    ExtensionValue sameNumber = ExtensionValue.of(new java.math.BigDecimal("1000e2147483646"));
    ExtensionValue b = ExtensionValue.of(new java.math.BigDecimal("1e-2147483647"));
    org.assertj.core.api.Assertions.assertThat(a)
        .isEqualTo(sameNumber)
        .hasSameHashCodeAs(sameNumber);
    org.assertj.core.api.Assertions.assertThat(b).isNotEqualTo(ExtensionValue.of(0));
    org.assertj.core.api.Assertions.assertThat(
            ExtensionValue.of(new java.math.BigDecimal("-0.0")).hashCode())
        .isEqualTo(ExtensionValue.of(0).hashCode());
  }
}
