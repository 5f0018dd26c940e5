package dev.diplomacy.json;

import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;

/**
 * The state of one write: the generator. Writing a valid value rarely fails; when it does (text
 * that is not valid Unicode, an extension named like a property), it throws at once.
 */
final class JsonOutput {

  private final JsonGenerator generator;

  JsonOutput(JsonGenerator generator) {
    this.generator = generator;
  }

  JsonGenerator generator() {
    return generator;
  }

  /** Writes a property name. */
  void name(SerializableString name) {
    generator.writeName(name);
  }

  /** Writes a property name given as text, which must be valid Unicode. */
  void name(String name) {
    generator.writeName(unicode(name, "the property name", true));
  }

  /** Writes a string, which must be valid Unicode. */
  void text(String s) {
    generator.writeString(unicode(s, "the text", false));
  }

  private String unicode(String s, String what, boolean isName) {
    int bad = Text.loneSurrogate(s);
    if (bad >= 0) {
      throw fail(isName ? objectPointer() : pointer(), Codes.FORMAT, Text.loneSurrogateMessage(what, s, bad));
    }
    return s;
  }

  /**
   * The pointer of the value about to be written: after a property name, that property's; in an
   * array, the next element's.
   */
  String pointer() {
    TokenStreamContext context = generator.streamWriteContext();
    if (context.inArray()) {
      TokenStreamContext parent = context.getParent();
      String array = parent == null ? "" : parent.pathAsPointer().toString();
      return array + "/" + (context.getCurrentIndex() + 1);
    }
    return context.pathAsPointer().toString();
  }

  /** The pointer of the object being written, between its start and its end. */
  String objectPointer() {
    TokenStreamContext parent = generator.streamWriteContext().getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  /** The exception for a value that cannot be written, to throw. */
  ProblemsException fail(String pointer, String code, String message) {
    return new ProblemsException(
        generator,
        DiplomacyJsonException.of(new Problem(pointer, OptionalInt.empty(), OptionalInt.empty(), code, message)));
  }
}
