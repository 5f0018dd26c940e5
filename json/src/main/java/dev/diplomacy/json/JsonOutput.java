package dev.diplomacy.json;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.json.internal.JsonValues;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;

/**
 * The state of one write: the generator. Writing a valid value rarely fails; when it does (text
 * that is not valid Unicode, an extension named like a property), it throws at once.
 */
final class JsonOutput implements JsonValues.Strings {

  private final JsonGenerator generator;
  private final boolean declaredWritersOnly;

  JsonOutput(JsonGenerator generator) {
    this(generator, false);
  }

  /**
   * @param declaredWritersOnly true to write every property as declared, ignoring the hand-written
   *     writers of {@link ObjectCodec.Builder#writtenBy}: for the test that compares the two
   */
  JsonOutput(JsonGenerator generator, boolean declaredWritersOnly) {
    this.generator = generator;
    this.declaredWritersOnly = declaredWritersOnly;
  }

  boolean declaredWritersOnly() {
    return declaredWritersOnly;
  }

  JsonGenerator generator() {
    return generator;
  }

  /** Writes a property name. */
  void name(SerializableString name) {
    generator.writeName(name);
  }

  /** Writes a property name given as text, which must be valid Unicode. */
  @Override
  public void name(String name) {
    generator.writeName(unicode(name, "the property name", true));
  }

  /**
   * Writes a string that may not be valid Unicode (an extension's text, a URI), which it checks.
   */
  @Override
  public void text(String s) {
    generator.writeString(unicode(s, "the text", false));
  }

  /**
   * Writes a property whose value is valid Unicode by construction, unscanned: ASCII (an id, a
   * code, an enum's name), or text of the model, which the core's rule checked when the value was
   * built (see {@link TextCodec#valid}).
   */
  void string(SerializableString name, String value) {
    generator.writeName(name);
    generator.writeString(value);
  }

  /**
   * Writes a property as {@link #string(SerializableString, String)} does; nothing when it is
   * absent.
   */
  void string(SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  /** Writes a property whose value has a codec; nothing when it is absent. */
  <V> void value(SerializableString name, JsonCodec<V> codec, Optional<V> value) {
    if (value.isPresent()) {
      generator.writeName(name);
      codec.write(value.get(), this);
    }
  }

  /** Writes a property whose value is an id; nothing when it is absent. */
  void id(SerializableString name, Optional<Id> id) {
    if (id.isPresent()) {
      string(name, id.get().value());
    }
  }

  /** Writes a property whose value is an array of ids; nothing when there are none. */
  void ids(SerializableString name, Collection<Id> ids) {
    if (!ids.isEmpty()) {
      generator.writeName(name);
      generator.writeStartArray();
      for (Id id : ids) {
        generator.writeString(id.value());
      }
      generator.writeEndArray();
    }
  }

  /**
   * Writes a property whose value is a constant of an enum, named by {@code names} ({@link
   * TextCodecs#enumNames}); nothing when it is absent.
   */
  <E extends Enum<E>> void constant(SerializableString name, String[] names, Optional<E> constant) {
    if (constant.isPresent()) {
      string(name, names[constant.get().ordinal()]);
    }
  }

  /**
   * Writes a property whose value is an array of constants of an enum, named by {@code names};
   * nothing when there are none.
   */
  <E extends Enum<E>> void constants(
      SerializableString name, String[] names, Collection<E> constants) {
    if (!constants.isEmpty()) {
      generator.writeName(name);
      generator.writeStartArray();
      for (E constant : constants) {
        generator.writeString(names[constant.ordinal()]);
      }
      generator.writeEndArray();
    }
  }

  /**
   * Writes a property whose value is an array of values with a codec; nothing when there are none.
   */
  <V> void array(SerializableString name, JsonCodec<V> codec, Collection<V> values) {
    if (!values.isEmpty()) {
      generator.writeName(name);
      generator.writeStartArray();
      for (V v : values) {
        codec.write(v, this);
      }
      generator.writeEndArray();
    }
  }

  private String unicode(String s, String what, boolean isName) {
    int bad = Checks.loneSurrogate(s);
    if (bad >= 0) {
      throw fail(
          isName ? objectPointer() : pointer(),
          Codes.FORMAT,
          JsonValues.loneSurrogateMessage(what, s, bad));
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
        DiplomacyJsonException.of(
            new Problem(pointer, OptionalInt.empty(), OptionalInt.empty(), code, message)));
  }
}
