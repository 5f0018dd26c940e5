package dev.diplomacy.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.diplomacy.json.format.internal.InputLeniency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What the running Jackson 2 lets through that the library refuses, tried once when this class
 * loads, for the format's {@link InputLeniency}. Jackson 2.19 (the one Spring Boot 3.5 manages)
 * decodes overlong, out-of-range and surrogate-encoding UTF-8, and its reader of text takes a lone
 * escaped surrogate in a property name; Jackson 2.23 refuses all of it.
 */
final class Jackson2Leniency {

  /** What the running Jackson lets through. */
  private static final InputLeniency.Leniencies LENIENCIES =
      new InputLeniency.Leniencies(
          accepts("[\"\300\257\"]")
              || accepts("[\"\340\200\200\"]")
              || accepts("[\"\360\200\200\200\"]")
              || accepts("[\"\364\220\200\200\"]"),
          accepts("[\"\355\240\200\"]"),
          acceptsText("{\"\\ud800\":1}"),
          accepts("{\"\\ud800\":1}"));

  private Jackson2Leniency() {}

  /** The checks of one read: to take the input through, and to reword its problems. */
  static InputLeniency start() {
    return InputLeniency.start(LENIENCIES);
  }

  private static boolean accepts(String latin1) {
    byte[] json = latin1.getBytes(StandardCharsets.ISO_8859_1);
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      p.nextToken();
      p.getText();
      return true;
    } catch (IOException | RuntimeException refused) {
      return false;
    }
  }

  private static boolean acceptsText(String json) {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      p.nextToken();
      return true;
    } catch (IOException | RuntimeException refused) {
      return false;
    }
  }
}
