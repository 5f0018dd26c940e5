package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.json.format.Mode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The codec of a type written as a JSON object, declared property by property; every object type of
 * the library is one of these, so they all read and write alike:
 *
 * <ul>
 *   <li>properties are written in the order declared; absent optional values and empty collections
 *       are left out, never written as null, [] or {};
 *   <li>on reading, a null, an empty array, a duplicate or a missing required property is a
 *       problem; every problem of the object is recorded before it gives up;
 *   <li>extensions, when the type has them, are written inline after the properties, and any name
 *       that is not a property is read as an extension (namespaced names always; plain names in
 *       {@link Mode#LENIENT} mode only);
 *   <li>the value is built with the type's builder, and the findings of the core's validation are
 *       recorded at the JSON Pointers of the offending properties;
 *   <li>a kind of a polymorphic family writes its {@code "type"} first: a fixed {@linkplain
 *       Builder#typeName name}, or, for the family's opaque kind, {@linkplain Builder#anyTypeName
 *       the name it keeps}.
 * </ul>
 *
 * <pre>{@code
 * static final ObjectCodec<DateSpan, DateSpan.Builder> CODEC =
 *     ObjectCodec.builder(DateSpan.class, DateSpan::builder, DateSpan.Builder::build)
 *         .optional("start", TextCodecs.PARTIAL_DATE, DateSpan::start, DateSpan.Builder::start)
 *         .optional("end", TextCodecs.PARTIAL_DATE, DateSpan::end, DateSpan.Builder::end)
 *         .build();
 * }</pre>
 *
 * @param <T> the type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> implements JsonCodec<T> {

  /** The property that names the kind of a polymorphic object. */
  static final String TYPE = "type";

  private static final SerializedString TYPE_NAME = new SerializedString(TYPE);
  private static final int MAX_PROPERTIES = 64;

  private final Class<T> type;
  private final String jsonName;
  private final @Nullable String typeName;
  private final @Nullable AnyTypeName<T, B> anyTypeName;
  private final Supplier<B> newBuilder;
  private final Function<B, ? extends T> build;
  private final Property<T, B>[] properties;
  private final Map<String, Property<T, B>> byName;

  /**
   * Matches a property name to its index (the property's, or {@link #typeIndex} for {@code "type"})
   * as the parser reads it, from the bytes, without making a String of it.
   */
  private final NameMatcher matcher;

  private final int typeIndex;

  /**
   * By the index of its first property, the hand-written writer of a run of properties; else null.
   */
  private final @Nullable MembersWriter<? super T>[] handWriterAt;

  /** By the index of its first property, the index after the last one of a hand-written run. */
  private final int[] handWrittenTo;

  private final long required;
  private final @Nullable Function<T, Map<String, ExtensionValue>> extensionsOf;
  private final @Nullable BiConsumer<B, Map<String, ExtensionValue>> setExtensions;

  private ObjectCodec(Builder<T, B> b) {
    this.type = b.type;
    this.jsonName = lowerCamel(b.type.getSimpleName());
    this.typeName = b.typeName;
    this.anyTypeName = b.anyTypeName;
    this.newBuilder = b.newBuilder;
    this.build = b.build;
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
    Property<T, B>[] array = b.properties.toArray(new Property[0]);
    this.properties = array;
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
    MembersWriter<? super T>[] writers = new MembersWriter[properties.length];
    this.handWriterAt = writers;
    this.handWrittenTo = new int[properties.length];
    for (HandWritten<T> h : b.handWritten) {
      handWriterAt[h.from] = h.writer;
      handWrittenTo[h.from] = h.to;
    }
    this.byName = new HashMap<>();
    long mask = 0;
    for (Property<T, B> p : properties) {
      byName.put(p.name, p);
      if (p.required) {
        mask |= 1L << p.index;
      }
    }
    this.required = mask;
    List<String> names = new ArrayList<>();
    for (Property<T, B> p : properties) {
      names.add(p.name);
    }
    this.typeIndex = hasType() ? names.size() : -1;
    if (hasType()) {
      names.add(TYPE);
    }
    this.matcher = new NameMatcher(names);
    this.extensionsOf = b.extensionsOf;
    this.setExtensions = b.setExtensions;
  }

  /**
   * Starts the codec of {@code type}, built by {@code newBuilder} and {@code build}: usually {@code
   * X::builder} and {@code X.Builder::build}.
   */
  public static <T, B> Builder<T, B> builder(
      Class<T> type, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return new Builder<>(type, newBuilder, build);
  }

  @Override
  public Class<T> type() {
    return type;
  }

  /** The name of this kind in its family's {@code "type"} property, if it has one. */
  public Optional<String> typeName() {
    return Optional.ofNullable(typeName);
  }

  /** True for a family's opaque kind, which keeps any type name. */
  public boolean keepsAnyTypeName() {
    return anyTypeName != null;
  }

  private boolean hasType() {
    return typeName != null || anyTypeName != null;
  }

  @Override
  public @Nullable T read(JsonInput in) {
    if (in.token() != JsonToken.START_OBJECT) {
      in.wrongType("an object (" + jsonName + ")");
      return null;
    }
    return readMembers(in, in.location(), null);
  }

  /**
   * Reads the members of an object whose start has been read, up to and including its end.
   *
   * @param start where the object starts, for problems of the object as a whole
   * @param typeRead its {@code "type"}, when a {@link UnionCodec} has read it already; null when
   *     not
   */
  @Nullable T readMembers(JsonInput in, long start, @Nullable String typeRead) {
    TokenReader p = in.parser();
    int before = in.problemCount();
    B builder = newBuilder.get();
    long seen = 0;
    boolean typeSeen = typeRead != null;
    if (typeRead != null && anyTypeName != null) {
      anyTypeName.set.accept(builder, typeRead);
    }
    Map<String, ExtensionValue> extensions = null;
    Set<String> otherNames = null;
    Property<T, B>[] all = properties;
    // Until the end of the object: a property's index, the type's, or an unknown name.
    for (int match = p.nextNameMatch(matcher);
        match >= 0 || match == NameMatcher.MATCH_UNKNOWN_NAME;
        match = p.nextNameMatch(matcher)) {
      p.nextToken();
      if (match >= 0 && match < all.length) {
        Property<T, B> property = all[match];
        long bit = 1L << match;
        if ((seen & bit) != 0) {
          duplicate(in, property.name);
        } else {
          seen |= bit;
          property.reader.read(in, builder);
        }
      } else if (match == typeIndex) {
        if (typeSeen) {
          duplicate(in, TYPE);
        } else {
          typeSeen = true;
          readTypeName(in, builder);
        }
      } else {
        otherNames = otherNames != null ? otherNames : new HashSet<>();
        extensions = unknown(in, extensions, otherNames);
      }
    }
    missing(in, start, seen, typeSeen);
    if (in.problemCount() != before) {
      return null;
    }
    if (extensions != null && setExtensions != null) {
      setExtensions.accept(builder, extensions);
    }
    try {
      return build.apply(builder);
    } catch (ValidationException e) {
      in.rejected(e, in.pointer(), start, this::jsonPath);
    } catch (IllegalStateException | IllegalArgumentException e) {
      in.problemAt(in.pointer(), start, Codes.INVALID, String.valueOf(e.getMessage()));
    }
    return null;
  }

  /**
   * The JSON path of the core's Java path {@code path}: the same, but the attribute holding any
   * type name is {@code type}.
   */
  private String jsonPath(String path) {
    return anyTypeName != null && path.equals(anyTypeName.attribute) ? TYPE : path;
  }

  private void missing(JsonInput in, long start, long seen, boolean typeSeen) {
    if (hasType() && !typeSeen) {
      in.problemAt(
          in.pointer(),
          start,
          Codes.REQUIRED,
          "missing the required property \"type\""
              + (typeName != null ? " (\"" + typeName + "\")" : ""));
    }
    long missing = required & ~seen;
    for (int i = 0; missing != 0 && i < properties.length; i++) {
      if ((missing & (1L << i)) != 0) {
        in.problemAt(
            in.pointer(),
            start,
            Codes.REQUIRED,
            "missing the required property \"" + properties[i].name + "\" of " + jsonName);
      }
    }
  }

  private void readTypeName(JsonInput in, B builder) {
    String s = in.text("a type name");
    if (s != null && anyTypeName != null) {
      anyTypeName.set.accept(builder, s);
    } else if (s != null && !s.equals(typeName)) {
      in.problem(Codes.UNKNOWN_TYPE, "expected the type \"" + typeName + "\", not \"" + s + "\"");
    }
  }

  static void duplicate(JsonInput in, String name) {
    in.problem(Codes.DUPLICATE_KEY, "the property \"" + name + "\" appears twice");
    in.parser().skipChildren();
  }

  /**
   * Reads a property that is not declared: an extension, or a problem. {@code seen} holds the names
   * of the object's other undeclared properties so far, kept or not, for duplicates.
   */
  private @Nullable Map<String, ExtensionValue> unknown(
      JsonInput in, @Nullable Map<String, ExtensionValue> extensions, Set<String> seen) {
    String name = in.name();
    if (name == null) {
      in.parser().skipChildren();
      return extensions;
    }
    if (!seen.add(name)) {
      duplicate(in, name);
      return extensions;
    }
    String refusal = refusal(name, in.isStrict());
    if (refusal != null) {
      in.problem(Codes.UNKNOWN_PROPERTY, refusal);
      in.parser().skipChildren();
      return extensions;
    }
    ExtensionValue value = ExtensionValueCodec.INSTANCE.read(in);
    Map<String, ExtensionValue> out = extensions != null ? extensions : new LinkedHashMap<>();
    if (value != null) {
      out.put(name, value);
    }
    return out;
  }

  /** Why the undeclared property {@code name} cannot be kept as an extension; null when it can. */
  private @Nullable String refusal(String name, boolean strict) {
    if (extensionsOf == null) {
      return "\"" + name + "\" is not a property of " + jsonName;
    }
    if (!Extensions.isValidKey(name)) {
      return "\""
          + name
          + "\" is neither a property of "
          + jsonName
          + " nor a valid extension name (namespace:name, the namespace in lower case letters, digits and '-', e.g. acme:confidence)";
    }
    if (strict && !Extensions.isNamespaced(name)) {
      return "\""
          + name
          + "\" is not a property of "
          + jsonName
          + "; a property of your own needs a namespace, such as \"acme:"
          + name
          + "\" (or read in lenient mode)";
    }
    return null;
  }

  @Override
  public void write(T value, JsonOutput out) {
    TokenWriter g = out.generator();
    g.writeStartObject(value);
    writeMembers(value, out);
    g.writeEndObject();
  }

  /**
   * Writes the members of an object whose start has been written: the type name, the properties,
   * the extensions.
   */
  void writeMembers(T value, JsonOutput out) {
    if (typeName != null) {
      out.name(TYPE_NAME);
      out.generator().writeString(typeName);
    } else if (anyTypeName != null) {
      out.name(TYPE_NAME);
      out.text(anyTypeName.get.apply(value));
    }
    Property<T, B>[] all = properties;
    boolean hand = !out.declaredWritersOnly();
    for (int i = 0; i < all.length; ) {
      MembersWriter<? super T> writer = hand ? handWriterAt[i] : null;
      if (writer != null) {
        writer.write(value, out);
        i = handWrittenTo[i];
      } else {
        all[i].writer.write(value, out);
        i++;
      }
    }
    if (extensionsOf != null) {
      for (Map.Entry<String, ExtensionValue> e : extensionsOf.apply(value).entrySet()) {
        String key = e.getKey();
        if (byName.containsKey(key) || (hasType() && key.equals(TYPE))) {
          throw out.fail(
              Pointers.child(out.objectPointer(), key),
              Codes.EXTENSION_CONFLICT,
              "the extension \""
                  + key
                  + "\" has the name of a property of "
                  + jsonName
                  + "; give it a namespace, such as \"acme:"
                  + key
                  + "\"");
        }
        out.name(key);
        ExtensionValueCodec.INSTANCE.write(e.getValue(), out);
      }
    }
  }

  private static String lowerCamel(String simpleName) {
    return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
  }

  /**
   * Writes a run of a type's properties by hand, exactly as their declarations would: see {@link
   * Builder#writtenBy}.
   */
  @FunctionalInterface
  public interface MembersWriter<T> {
    void write(T value, JsonOutput out);
  }

  /** Reads a property's value into a builder. */
  @FunctionalInterface
  private interface PropertyReader<B> {
    void read(JsonInput in, B builder);
  }

  /** Writes a property, name and value, or nothing when it is absent or empty. */
  @FunctionalInterface
  private interface PropertyWriter<T> {
    void write(T value, JsonOutput out);
  }

  private static final class Property<T, B> {
    final String name;
    final int index;
    final boolean required;
    final PropertyReader<B> reader;
    final PropertyWriter<T> writer;

    Property(
        String name,
        int index,
        boolean required,
        PropertyReader<B> reader,
        PropertyWriter<T> writer) {
      this.name = name;
      this.index = index;
      this.required = required;
      this.reader = reader;
      this.writer = writer;
    }
  }

  /** A hand-written writer of the properties from {@code from} to before {@code to}. */
  private record HandWritten<T>(int from, int to, MembersWriter<? super T> writer) {}

  /** How the opaque kind of a family keeps its type name. */
  private static final class AnyTypeName<T, B> {
    final String attribute;
    final Function<T, String> get;
    final BiConsumer<B, String> set;

    AnyTypeName(String attribute, Function<T, String> get, BiConsumer<B, String> set) {
      this.attribute = attribute;
      this.get = get;
      this.set = set;
    }
  }

  /** Declares the properties of an {@link ObjectCodec}, in the order they are written. */
  public static final class Builder<T, B> {
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, ? extends T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();
    private @Nullable String typeName;
    private @Nullable AnyTypeName<T, B> anyTypeName;
    private @Nullable Function<T, Map<String, ExtensionValue>> extensionsOf;
    private @Nullable BiConsumer<B, Map<String, ExtensionValue>> setExtensions;
    private final List<HandWritten<T>> handWritten = new ArrayList<>();

    private Builder(Class<T> type, Supplier<B> newBuilder, Function<B, ? extends T> build) {
      this.type = type;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /**
     * Makes this a kind of a polymorphic family, written with {@code "type": typeName} first. The
     * name is the lower snake case of the kind: {@code meeting}, {@code support_pledge}.
     */
    public Builder<T, B> typeName(String typeName) {
      this.typeName = typeName;
      return this;
    }

    /**
     * Makes this the opaque kind of a polymorphic family: the kind that keeps an object of a type
     * the family does not know, with its {@code "type"} as read, in the Java attribute {@code
     * attribute}, and writes it back.
     */
    public Builder<T, B> anyTypeName(
        String attribute, Function<T, String> get, BiConsumer<B, String> set) {
      this.anyTypeName = new AnyTypeName<>(attribute, get, set);
      return this;
    }

    /** A property that is always present. */
    public <V> Builder<T, B> required(
        String name, JsonCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      SerializedString key = new SerializedString(name);
      return add(
          name,
          true,
          (in, b) -> readInto(in, codec, set, b),
          (value, out) -> {
            out.name(key);
            codec.write(get.apply(value), out);
          });
    }

    /** A property that may be absent, left out when it is. */
    public <V> Builder<T, B> optional(
        String name, JsonCodec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      SerializedString key = new SerializedString(name);
      return add(
          name,
          false,
          (in, b) -> readInto(in, codec, set, b),
          (value, out) -> {
            Optional<V> v = get.apply(value);
            if (v.isPresent()) {
              out.name(key);
              codec.write(v.get(), out);
            }
          });
    }

    /** An optional whole number within a {@code long}. */
    public Builder<T, B> optionalLong(
        String name, Function<T, OptionalLong> get, ObjLongConsumer<B> set) {
      return optional(name, Numbers.LONG, value -> boxed(get.apply(value)), set::accept);
    }

    /** An optional whole number within an {@code int}. */
    public Builder<T, B> optionalInt(
        String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
      return optional(name, Numbers.INT, value -> boxed(get.apply(value)), set::accept);
    }

    /** An optional double. */
    public Builder<T, B> optionalDouble(
        String name, Function<T, OptionalDouble> get, ObjDoubleConsumer<B> set) {
      return optional(name, Numbers.DOUBLE, value -> boxed(get.apply(value)), set::accept);
    }

    /**
     * A list or set, written as a JSON array and left out when empty; an empty array is refused on
     * reading. {@code add} adds one element to the builder.
     */
    public <V> Builder<T, B> list(
        String name,
        JsonCodec<V> codec,
        Function<T, ? extends Collection<V>> get,
        BiConsumer<B, V> add) {
      return array(name, codec, get, add, false);
    }

    /**
     * A set, written as a JSON array in the set's order and left out when empty; on reading, an
     * empty array or an element given twice is refused.
     */
    public <V> Builder<T, B> set(
        String name, JsonCodec<V> codec, Function<T, ? extends Set<V>> get, BiConsumer<B, V> add) {
      return array(name, codec, get, add, true);
    }

    private <V> Builder<T, B> array(
        String name,
        JsonCodec<V> codec,
        Function<T, ? extends Collection<V>> get,
        BiConsumer<B, V> add,
        boolean distinct) {
      SerializedString key = new SerializedString(name);
      return add(
          name,
          false,
          (in, b) -> readArray(in, name, codec, add, b, distinct),
          (value, out) -> {
            Collection<V> values = get.apply(value);
            if (!values.isEmpty()) {
              out.name(key);
              out.generator().writeStartArray();
              for (V v : values) {
                codec.write(v, out);
              }
              out.generator().writeEndArray();
            }
          });
    }

    /**
     * Writes the properties declared since the last call (or since the first property) with {@code
     * writer} rather than one by one: a hand-written writer, for the types written most often, that
     * calls the getters and the generator directly where the declared properties go through a
     * function each. It must write exactly what the declarations write, in their order and with
     * their rules (absent and empty values left out); {@code HandWritersTest} checks that it does,
     * on generated values of every type. The properties declared after it are written as declared,
     * unless another call covers them: the envelope of an event is written by one writer, the
     * kind's own properties by another.
     */
    public Builder<T, B> writtenBy(MembersWriter<? super T> writer) {
      int from = handWritten.isEmpty() ? 0 : handWritten.get(handWritten.size() - 1).to;
      if (from == properties.size()) {
        throw new IllegalStateException(
            "no property declared for this hand-written writer to write");
      }
      handWritten.add(new HandWritten<>(from, properties.size(), writer));
      return this;
    }

    /**
     * The type's extensions, written inline after the properties; {@code set} puts all the
     * extensions read into the builder.
     */
    public Builder<T, B> extensions(
        Function<T, Map<String, ExtensionValue>> get,
        BiConsumer<B, Map<String, ExtensionValue>> set) {
      this.extensionsOf = get;
      this.setExtensions = set;
      return this;
    }

    private static Optional<Long> boxed(OptionalLong v) {
      return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
    }

    private static Optional<Integer> boxed(OptionalInt v) {
      return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
    }

    private static Optional<Double> boxed(OptionalDouble v) {
      return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }

    public ObjectCodec<T, B> build() {
      if (typeName != null && anyTypeName != null) {
        throw new IllegalStateException("a kind has one type name, or keeps any");
      }
      if ((typeName != null || anyTypeName != null)
          && properties.stream().anyMatch(p -> p.name.equals(TYPE))) {
        throw new IllegalStateException(
            "a kind of a polymorphic family has no property named \"type\"");
      }
      return new ObjectCodec<>(this);
    }

    private Builder<T, B> add(
        String name, boolean required, PropertyReader<B> reader, PropertyWriter<T> writer) {
      if (properties.size() == MAX_PROPERTIES) {
        throw new IllegalStateException(
            "an ObjectCodec has at most " + MAX_PROPERTIES + " properties");
      }
      if (properties.stream().anyMatch(p -> p.name.equals(name))) {
        throw new IllegalStateException("the property name \"" + name + "\" is taken");
      }
      properties.add(new Property<>(name, properties.size(), required, reader, writer));
      return this;
    }

    private static <V, B> void readInto(
        JsonInput in, JsonCodec<V> codec, BiConsumer<B, V> set, B builder) {
      V v = codec.read(in);
      if (v != null) {
        set.accept(builder, v);
      }
    }

    private static <V, B> void readArray(
        JsonInput in,
        String name,
        JsonCodec<V> codec,
        BiConsumer<B, V> add,
        B builder,
        boolean distinct) {
      if (in.token() != JsonToken.START_ARRAY) {
        in.wrongType("an array");
        return;
      }
      int count = 0;
      Set<V> seen = distinct ? new HashSet<>() : null;
      while (in.parser().nextToken() != JsonToken.END_ARRAY) {
        count++;
        V v = codec.read(in);
        if (v != null && seen != null && !seen.add(v)) {
          in.problem(Codes.DUPLICATE_ITEM, "\"" + name + "\" is a set: each value once");
        } else if (v != null) {
          add.accept(builder, v);
        }
      }
      if (count == 0) {
        in.problem(
            Codes.EMPTY, "an empty array: leave out \"" + name + "\" when there is nothing in it");
      }
    }
  }
}
