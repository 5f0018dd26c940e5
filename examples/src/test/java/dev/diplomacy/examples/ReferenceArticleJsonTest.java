package dev.diplomacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.json.DiplomacyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference article's dossier as JSON, against its golden file {@code
 * golden/reference-article.json}: written as the file says (compared as JSON trees), and read back
 * equal. Run with {@code -Ddiplomacy.golden.update=true} to write the file anew after an intended
 * change of the format or of the dossier, then review the difference.
 */
class ReferenceArticleJsonTest {

  private static final String FILE = "reference-article.json";
  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final Dossier dossier = ReferenceArticleDossier.dossier();

  @Test
  void theDossierIsWrittenAsTheGoldenFileSays() throws IOException {
    JsonNode written = TREES.readTree(DiplomacyJson.strict().write(dossier));
    if (Boolean.getBoolean("diplomacy.golden.update")) {
      Files.writeString(
          Path.of("src/test/resources/golden", FILE),
          TREES.writerWithDefaultPrettyPrinter().writeValueAsString(written) + "\n",
          StandardCharsets.UTF_8);
    } else {
      assertThat(written).isEqualTo(TREES.readTree(golden()));
    }
  }

  @Test
  void theGoldenFileReadsBackAsTheDossierInBothModes() throws IOException {
    assertThat(DiplomacyJson.strict().read(golden(), Dossier.class)).isEqualTo(dossier);
    assertThat(DiplomacyJson.lenient().read(golden(), Dossier.class)).isEqualTo(dossier);
  }

  @Test
  void theGoldenFileStartsWithItsFormatVersionAndTypesEachEventAndActor() throws IOException {
    JsonNode tree = TREES.readTree(golden());
    assertThat(tree.propertyNames().iterator().next()).isEqualTo("formatVersion");
    assertThat(tree.get("formatVersion").asString()).isEqualTo(Dossier.FORMAT_VERSION);
    assertThat(tree.get("events"))
        .allSatisfy(e -> assertThat(e.propertyNames().iterator().next()).isEqualTo("type"));
    assertThat(tree.get("actors"))
        .allSatisfy(a -> assertThat(a.propertyNames().iterator().next()).isEqualTo("type"));
  }

  private static String golden() throws IOException {
    try (InputStream in = ReferenceArticleJsonTest.class.getResourceAsStream("/golden/" + FILE)) {
      assertThat(in).as("the golden file " + FILE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
