package dev.diplomacy.spring.jackson;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.json.DiplomacyJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference article's dossier: the json module's golden file, and the dossier it holds. */
final class ReferenceDossier {

  static final Path FILE = Path.of("../json/src/test/resources/golden/dossier.json");

  private ReferenceDossier() {}

  static String text() {
    try {
      return Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Dossier dossier() {
    return DiplomacyJson.strict().read(text(), Dossier.class);
  }
}
