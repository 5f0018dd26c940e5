package dev.diplomacy.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtensionsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"acme:confidence", "icews:storyId", "a:b", "a1-b:x y", "acme:a:b", "x9:ÄÖ"})
  void acceptsNamespacedNames(String key) {
    assertThat(Extensions.isValidKey(key)).isTrue();
    assertThat(Extensions.isNamespaced(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"newField", "confidence", "Story ID", "x", "ünïcode"})
  void acceptsPlainNamesOfNewerFormats(String key) {
    assertThat(Extensions.isValidKey(key)).isTrue();
    assertThat(Extensions.isNamespaced(key)).isFalse();
  }

  @Test
  void acceptsUpTo256Characters() {
    assertThat(Extensions.isValidKey("a".repeat(256))).isTrue();
    assertThat(Extensions.isValidKey("acme:" + "a".repeat(251))).isTrue();
    assertThat(Extensions.isValidKey("a".repeat(257))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        ":x",
        "acme:",
        "acme: ",
        "Acme:x",
        "ACME:x",
        "1acme:x",
        "-acme:x",
        "ac_me:x",
        "acme :x",
        "ac.me:x",
        "acme:x\ny",
        "tab\there",
        "nul\u0000"
      })
  void rejectsInvalidNames(String key) {
    assertThat(Extensions.isValidKey(key)).isFalse();
    assertThat(Extensions.isNamespaced(key)).isFalse();
  }

  @Test
  void checkFindsEveryInvalidNameAtItsPath() {
    Map<String, ExtensionValue> extensions = new LinkedHashMap<>();
    extensions.put("acme:confidence", ExtensionValue.of(new BigDecimal("0.9")));
    extensions.put("Acme:x", ExtensionValue.of("a"));
    extensions.put("newField", ExtensionValue.of(true));
    extensions.put(":y", ExtensionValue.ofNull());
    List<Finding> findings = Extensions.check("meeting", extensions);
    assertThat(findings)
        .extracting(Finding::path)
        .containsExactly("extensions[Acme:x]", "extensions[:y]");
    assertThat(findings).extracting(Finding::code).containsOnly("meeting.extensions.key");
    assertThat(findings).extracting(Finding::severity).containsOnly(Severity.ERROR);
    assertThat(findings.get(0).message()).contains("'Acme:x'");
  }

  @Test
  void checkFindsNothingInValidExtensions() {
    assertThat(Extensions.check("meeting", Map.of())).isEmpty();
    assertThat(Extensions.check("message", Map.of("icews:storyId", ExtensionValue.of(47400351))))
        .isEmpty();
  }
}
