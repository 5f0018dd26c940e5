package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.json.format.DiplomacyJsonException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link DiplomacyJson#writePretty}: its bytes, and that it says what the compact form says. */
class PrettyWritingTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  @Test
  void writesEachPropertyOnALineIndentedByTwoSpacesWithLineFeeds() {
    Place havana =
        Place.builder()
            .locality("Havana")
            .country(Country.of("CU"))
            .putExtension(
                "acme:tags",
                new ExtensionValue.ListValue(
                    List.of(ExtensionValue.of("capital"), new ExtensionValue.MapValue(Map.of()))))
            .putExtension("acme:none", new ExtensionValue.ListValue(List.of()))
            .build();
    String expected =
        "{\n"
            + "  \"country\": \"CU\",\n"
            + "  \"locality\": \"Havana\",\n"
            + "  \"acme:tags\": [\n"
            + "    \"capital\",\n"
            + "    {}\n"
            + "  ],\n"
            + "  \"acme:none\": []\n"
            + "}";
    assertThat(JSON.writePretty(havana)).isEqualTo(expected);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writePretty(havana, out);
    assertThat(out.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    assertThat(JSON.read(expected, Place.class)).isEqualTo(havana);
  }

  @Test
  void aDossierWrittenPrettyReadsBackEqualAndSaysWhatTheCompactFormSays() {
    qt().withExamples(100)
        .forAll(ModelGenerators.namespaced().dossiers(false))
        .checkAssert(
            d -> {
              String pretty = JSON.writePretty(d);
              assertThat(JSON.read(pretty, Dossier.class)).isEqualTo(d);
              assertThat(JSON.mapper().readTree(pretty))
                  .isEqualTo(JSON.mapper().readTree(JSON.write(d)));
              assertThat(pretty).doesNotContain("\r");
            });
  }

  @Test
  void whatJsonCannotCarryIsADiplomacyJsonExceptionAsInCompactWriting() {
    Place bad =
        Place.builder()
            .name("bad")
            .putExtension("acme:note", ExtensionValue.of("bad \uD800"))
            .build();
    assertThatThrownBy(() -> JSON.write(bad)).isInstanceOf(DiplomacyJsonException.class);
    assertThatThrownBy(() -> JSON.writePretty(bad)).isInstanceOf(DiplomacyJsonException.class);
    assertThatThrownBy(() -> JSON.writePretty(bad, OutputStream.nullOutputStream()))
        .isInstanceOf(DiplomacyJsonException.class);
  }
}
