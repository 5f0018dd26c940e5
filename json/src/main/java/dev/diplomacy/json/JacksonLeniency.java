package dev.diplomacy.json;

import dev.diplomacy.json.format.internal.InputLeniency;
import dev.diplomacy.json.format.internal.JacksonMessages;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What the running Jackson 3 lets through that the library refuses, tried once when this class
 * loads, for the format's {@link InputLeniency}; and an older Jackson 3's way of reporting a
 * hexadecimal number. Jackson 3.1 (the one Spring Boot 4.0 manages) decodes overlong and
 * out-of-range UTF-8, and its reader of text takes a lone escaped surrogate in a property name;
 * Jackson 3.3 refuses both.
 */
final class JacksonLeniency {

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

  /** The problem of a hexadecimal number, as Jackson 3.3 words it. */
  static final String HEX_NUMBER =
      JacksonMessages.reword(
          "Unexpected character ('x' (code 120)): hexadecimal number literals are not supported");

  private JacksonLeniency() {}

  /** The checks of one read: to take the input through, and to reword its problems. */
  static InputLeniency start() {
    return InputLeniency.start(LENIENCIES);
  }

  /**
   * Whether {@code original}, Jackson's message, is an older Jackson's for {@code 0x1F}: it reads
   * the number 0, then finds an 'x' where a comma could be. Jackson 3.3 says the number is
   * hexadecimal.
   */
  static boolean isHexNumber(String original, JsonParser p) {
    return (original.startsWith("Unexpected character ('x'")
            || original.startsWith("Unexpected character ('X'"))
        && original.contains("was expecting comma")
        && p.currentToken() == tools.jackson.core.JsonToken.VALUE_NUMBER_INT
        && (p.getString().equals("0") || p.getString().equals("-0"));
  }

  /**
   * The pointer of the number {@code p} has read: in an array, the older Jackson has counted the
   * element after it already.
   */
  static String numberPointer(JsonParser p) {
    tools.jackson.core.TokenStreamContext context = p.streamReadContext();
    if (context.inArray() && context.getCurrentIndex() > 0 && context.getParent() != null) {
      return context.getParent().pathAsPointer() + "/" + (context.getCurrentIndex() - 1);
    }
    return context.pathAsPointer().toString();
  }

  private static boolean accepts(String latin1) {
    byte[] json = latin1.getBytes(StandardCharsets.ISO_8859_1);
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      p.nextToken();
      p.getString();
      return true;
    } catch (RuntimeException refused) {
      return false;
    }
  }

  private static boolean acceptsText(String json) {
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      p.nextToken();
      return true;
    } catch (RuntimeException refused) {
      return false;
    }
  }
}
