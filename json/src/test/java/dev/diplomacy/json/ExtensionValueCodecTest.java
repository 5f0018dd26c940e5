package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionValueCodecTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  @Test
  void readsEveryKindOfJsonValue() {
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    members.put("s", ExtensionValue.of("text"));
    members.put("n", ExtensionValue.of(new BigDecimal("0.10")));
    members.put("b", ExtensionValue.of(false));
    members.put("z", ExtensionValue.ofNull());
    members.put(
        "l", new ExtensionValue.ListValue(List.of(ExtensionValue.of(1), ExtensionValue.of(true))));
    members.put("m", new ExtensionValue.MapValue(Map.of()));
    String json = "{\"s\":\"text\",\"n\":0.10,\"b\":false,\"z\":null,\"l\":[1,true],\"m\":{}}";
    ExtensionValue value = JSON.read(json, ExtensionValue.class);
    assertThat(value).isEqualTo(new ExtensionValue.MapValue(members));
    assertThat(JSON.write(value)).isEqualTo(json);
  }

  @Test
  void nullIsAValueHere() {
    assertThat(JSON.read("null", ExtensionValue.class)).isEqualTo(ExtensionValue.ofNull());
    assertThat(JSON.write(ExtensionValue.ofNull())).isEqualTo("null");
  }

  @Test
  void keepsNumbersExactly() {
    String json = "[1e400,0.10,-0.0,123456789012345678901234567890,1E-400,-7]";
    assertThat(CodecHarness.sameJson(JSON.write(JSON.read(json, ExtensionValue.class)), json))
        .isTrue();
    assertThat(JSON.write(JSON.read(json, ExtensionValue.class)))
        .isEqualTo("[1E+400,0.10,0.0,123456789012345678901234567890,1E-400,-7]");
  }

  @Test
  void refusesNumbersBeyondADecimal() {
    assertThat(pointersAndCodes(() -> JSON.read("[1,1e2147483648]", ExtensionValue.class)))
        .containsExactly(at("/1", "json.format"));
  }

  @Test
  void refusesToWriteNamesThatAreNotUnicode() {
    ExtensionValue bad =
        new ExtensionValue.MapValue(
            Map.of("ok", new ExtensionValue.MapValue(Map.of("\uD800", ExtensionValue.of(1)))));
    assertThat(pointersAndCodes(() -> JSON.write(bad))).containsExactly(at("/ok", "json.format"));
  }

  @Test
  void refusesTextThatIsNotUnicode() {
    assertThat(pointersAndCodes(() -> JSON.read("{\"a\":[\"\\udfff\"]}", ExtensionValue.class)))
        .containsExactly(at("/a/0", "json.format"));
  }
}
