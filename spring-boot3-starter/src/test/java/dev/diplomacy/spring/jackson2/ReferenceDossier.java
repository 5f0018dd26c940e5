package dev.diplomacy.spring.jackson2;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.jackson2.DiplomacyJackson2;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The reference article's dossier: the json module's golden file, read from its test-jar as a
 * resource (none of that module's classes, which need Jackson 3), and the dossier it holds.
 */
final class ReferenceDossier {

  private static final String RESOURCE = "/golden/dossier.json";

  private ReferenceDossier() {}

  static String text() {
    try (InputStream in = ReferenceDossier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: it comes with json's test-jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Dossier dossier() {
    return DiplomacyJackson2.strict().read(text(), Dossier.class);
  }
}
