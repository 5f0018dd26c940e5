package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The codec of a polymorphic family (a sealed type), whose objects name their kind in a {@code
 * "type"} property from a closed list: {@code {"type": "meeting", ...}}. Never a Java class name.
 *
 * <p>Each kind is an {@link ObjectCodec} with a {@linkplain ObjectCodec.Builder#typeName type
 * name}, which writes {@code "type"} first. Reading is fastest when {@code "type"} comes first;
 * when it does not (JSON objects are unordered), the object is buffered and read the same way. An
 * unknown type name is a {@code json.unknownType} problem in strict mode; in lenient mode the
 * family's opaque kind, if it has one, keeps the object as it is, to be written back unchanged. A
 * {@linkplain Builder#reserved reserved} name, which names something of another family (a source
 * line among events), is {@code json.unknownType} in both modes, never an opaque kind.
 *
 * @param <T> the family's type
 */
public final class UnionCodec<T> implements JsonCodec<T> {

  private final Class<T> type;
  private final Map<String, ObjectCodec<? extends T, ?>> byTypeName;
  private final List<ObjectCodec<? extends T, ?>> kinds;
  private final @Nullable ObjectCodec<? extends T, ?> opaque;
  private final String familyName;

  /** What a {@code "type"} must hold, as a problem says it: made once. */
  private final String expectedTypeName;

  private final Map<String, String> reserved;

  private UnionCodec(Builder<T> b) {
    if (b.kinds.isEmpty()) {
      throw new IllegalStateException("a polymorphic family needs at least one kind");
    }
    this.type = b.type;
    this.kinds = List.copyOf(b.kinds);
    this.opaque = b.opaque;
    this.familyName = b.familyName;
    this.reserved = Map.copyOf(b.reserved);
    Map<String, ObjectCodec<? extends T, ?>> names = new TreeMap<>();
    for (ObjectCodec<? extends T, ?> kind : kinds) {
      String name =
          kind.typeName()
              .orElseThrow(() -> new IllegalStateException(kind.type() + " has no type name"));
      if (names.put(name, kind) != null) {
        throw new IllegalStateException("two kinds are named \"" + name + "\"");
      }
    }
    for (String name : reserved.keySet()) {
      if (names.containsKey(name)) {
        throw new IllegalStateException("\"" + name + "\" is a kind's name and reserved");
      }
    }
    this.byTypeName = names;
    this.expectedTypeName = "a type name such as \"" + names.keySet().iterator().next() + "\"";
  }

  /** Starts the codec of the family {@code type}. */
  public static <T> Builder<T> builder(Class<T> type) {
    return new Builder<>(type);
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public @Nullable T read(JsonInput in) {
    if (in.token() != JsonToken.START_OBJECT) {
      in.wrongType("an object with a \"type\"");
      return null;
    }
    long start = in.location();
    TokenReader p = in.parser();
    String first = p.nextName();
    if (ObjectCodec.TYPE.equals(first)) {
      p.nextToken();
      String name = in.text(expectedTypeName);
      if (name == null) {
        skipMembers(p);
        return null;
      }
      return readKind(in, name, start, true);
    }
    return readBuffered(in, first, start);
  }

  /** Reads an object whose {@code "type"} is not its first property, from a copy. */
  private @Nullable T readBuffered(JsonInput in, @Nullable String first, long start) {
    TokenReader p = in.parser();
    TokenReader.ObjectBuffer buffer = p.bufferObject();
    String name = null;
    JsonToken typeToken = null;
    for (String property = first; property != null; property = p.nextName()) {
      if (typeToken != null && property.equals(ObjectCodec.TYPE)) {
        // The parser does not detect duplicates for the library's types: the codecs do.
        ObjectCodec.duplicate(in, property);
        p.nextToken();
        p.skipChildren();
        skipMembers(p);
        return null;
      }
      buffer.copyMember();
      if (property.equals(ObjectCodec.TYPE)) {
        typeToken = p.currentToken();
        name = typeToken == JsonToken.VALUE_STRING ? p.getString() : null;
      }
    }
    String object = in.pointer();
    if (typeToken == null) {
      in.problemAt(
          object,
          start,
          Codes.REQUIRED,
          "missing the required property \"type\": one of " + byTypeName.keySet());
      return null;
    }
    String typePointer = Pointers.child(object, ObjectCodec.TYPE);
    if (name == null) {
      in.problemAt(
          typePointer,
          start,
          Codes.TYPE,
          "expected a type name, not " + JsonInput.describe(typeToken));
      return null;
    }
    int bad = Checks.loneSurrogate(name);
    if (bad >= 0) {
      in.problemAt(
          typePointer,
          start,
          Codes.FORMAT,
          JsonValues.loneSurrogateMessage("the type name", name, bad));
      return null;
    }
    TokenReader copy = buffer.reader();
    copy.nextToken();
    return readKind(in.buffered(copy, start), name, start, false);
  }

  /**
   * Reads the kind named {@code name}.
   *
   * @param typeRead true when the parser is after the type name, within the object; false when it
   *     is at the start of the object
   */
  private @Nullable T readKind(JsonInput in, String name, long start, boolean typeRead) {
    ObjectCodec<? extends T, ?> kind = byTypeName.get(name);
    if (kind == null && !in.isStrict() && opaque != null && !reserved.containsKey(name)) {
      kind = opaque;
    }
    if (kind != null) {
      return typeRead ? kind.readMembers(in, start, name) : kind.read(in);
    }
    if (typeRead) {
      in.problem(Codes.UNKNOWN_TYPE, unknownType(name));
      skipMembers(in.parser());
    } else {
      in.problemAt(
          Pointers.child(in.pointer(), ObjectCodec.TYPE),
          start,
          Codes.UNKNOWN_TYPE,
          unknownType(name));
      in.parser().skipChildren();
    }
    return null;
  }

  private String unknownType(String name) {
    String what = reserved.get(name);
    return "\""
        + name
        + "\" is not a type of "
        + familyName
        + (what != null ? ": it names " + what : "")
        + ": expected one of "
        + byTypeName.keySet()
        + (opaque != null && what == null ? " (lenient mode keeps other types)" : "");
  }

  /** Skips the rest of the object the parser is in, to its end. */
  private static void skipMembers(TokenReader p) {
    while (p.nextName() != null) {
      p.nextToken();
      p.skipChildren();
    }
  }

  @Override
  public void write(T value, JsonOutput out) {
    for (ObjectCodec<? extends T, ?> kind : kinds) {
      if (kind.type().isInstance(value)) {
        writeAs(kind, value, out);
        return;
      }
    }
    if (opaque != null && opaque.type().isInstance(value)) {
      writeAs(opaque, value, out);
      return;
    }
    throw new IllegalStateException(
        "no kind of " + familyName + " is declared for " + value.getClass());
  }

  private static <K> void writeAs(ObjectCodec<K, ?> kind, Object value, JsonOutput out) {
    kind.write(kind.type().cast(value), out);
  }

  /** Declares the kinds of a {@link UnionCodec}. */
  public static final class Builder<T> {
    private final Class<T> type;
    private final List<ObjectCodec<? extends T, ?>> kinds = new ArrayList<>();
    private @Nullable ObjectCodec<? extends T, ?> opaque;
    private String familyName;
    private final Map<String, String> reserved = new TreeMap<>();

    private Builder(Class<T> type) {
      this.type = type;
      this.familyName = type.getSimpleName();
    }

    /** The family's name in messages; the simple name of its type by default. */
    public Builder<T> familyName(String name) {
      this.familyName = name;
      return this;
    }

    /**
     * Reserves {@code name}, which names {@code what} (such as {@code "a source, a line of a
     * dossier's NDJSON"}) of another family: an object of that type is {@code json.unknownType} in
     * both modes, with {@code what} in the message, and never read as the opaque kind.
     */
    public Builder<T> reserved(String name, String what) {
      reserved.put(name, what);
      return this;
    }

    /** A kind, whose codec has a type name. */
    public Builder<T> kind(ObjectCodec<? extends T, ?> codec) {
      kinds.add(codec);
      return this;
    }

    /**
     * The kind that lenient reading makes of an object of an unknown type, whose codec {@linkplain
     * ObjectCodec.Builder#anyTypeName keeps any type name}: it reads the properties it declares as
     * usual and keeps every other one as an extension, to write the object back unchanged.
     */
    public Builder<T> opaque(ObjectCodec<? extends T, ?> codec) {
      if (!codec.keepsAnyTypeName()) {
        throw new IllegalStateException(codec.type() + " does not keep any type name");
      }
      this.opaque = codec;
      return this;
    }

    public UnionCodec<T> build() {
      return new UnionCodec<>(this);
    }
  }
}
