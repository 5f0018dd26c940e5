package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Problem;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The state of one write: the tokens written. Writing a valid value rarely fails; when it does
 * (text that is not valid Unicode, an extension named like a property), it throws at once.
 */
public final class JsonOutput implements JsonValues.Strings {

  private final TokenWriter generator;
  private final boolean declaredWritersOnly;

  /** The state of a write to {@code generator}. */
  public JsonOutput(TokenWriter generator) {
    this(generator, false);
  }

  /**
   * @param declaredWritersOnly true to write every property as declared, ignoring the hand-written
   *     writers of {@link ObjectCodec.Builder#writtenBy}: for the test that compares the two
   */
  public JsonOutput(TokenWriter generator, boolean declaredWritersOnly) {
    this.generator = generator;
    this.declaredWritersOnly = declaredWritersOnly;
  }

  public boolean declaredWritersOnly() {
    return declaredWritersOnly;
  }

  public TokenWriter generator() {
    return generator;
  }

  /** Writes a property name. */
  public void name(SerializedString name) {
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
  public void string(SerializedString name, String value) {
    generator.writeName(name);
    generator.writeString(value);
  }

  /**
   * Writes a property as {@link #string(SerializedString, String)} does; nothing when it is absent.
   */
  public void string(SerializedString name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  /** Writes a property whose value has a codec; nothing when it is absent. */
  public <V> void value(SerializedString name, JsonCodec<V> codec, Optional<V> value) {
    if (value.isPresent()) {
      generator.writeName(name);
      codec.write(value.get(), this);
    }
  }

  /** Writes a property whose value is an id; nothing when it is absent. */
  public void id(SerializedString name, Optional<Id> id) {
    if (id.isPresent()) {
      string(name, id.get().value());
    }
  }

  /** Writes a property whose value is an array of ids; nothing when there are none. */
  public void ids(SerializedString name, Collection<Id> ids) {
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
  public <E extends Enum<E>> void constant(
      SerializedString name, String[] names, Optional<E> constant) {
    if (constant.isPresent()) {
      string(name, names[constant.get().ordinal()]);
    }
  }

  /**
   * Writes a property whose value is an array of constants of an enum, named by {@code names};
   * nothing when there are none.
   */
  public <E extends Enum<E>> void constants(
      SerializedString name, String[] names, Collection<E> constants) {
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
  public <V> void array(SerializedString name, JsonCodec<V> codec, Collection<V> values) {
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
  public String pointer() {
    return generator.pointer();
  }

  /** The pointer of the object being written, between its start and its end. */
  public String objectPointer() {
    return generator.objectPointer();
  }

  /** The exception for a value that cannot be written, to throw. */
  public DiplomacyJsonException fail(String pointer, String code, String message) {
    return DiplomacyJsonException.of(
        new Problem(pointer, OptionalInt.empty(), OptionalInt.empty(), code, message));
  }
}
