package dev.diplomacy.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.internal.Codecs;
import dev.diplomacy.json.format.internal.JsonCodec;
import java.util.Objects;

/**
 * The Jackson 2 module that reads and writes the library's types, for the {@code ObjectMapper} you
 * already have; the same format as the Jackson 3 binding's {@code DiplomacyModule}, byte for byte:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new DiplomacyJackson2Module()).build();
 * }</pre>
 *
 * <p>It is also found by {@code ObjectMapper.findAndRegisterModules()}, through {@link
 * java.util.ServiceLoader}, in its strict form. The strict and the lenient module have different
 * type ids, so that both may be registered, and the one registered last reads; registering one mode
 * a second time is ignored by Jackson, as any module registered twice.
 *
 * <p>The module reads and writes the library's types only; the limits that keep hostile input from
 * hurting (nesting depth, lengths, duplicate keys, trailing tokens) belong to the mapper, and
 * {@link DiplomacyJackson2} sets them. With your own mapper, set them there. A problem in a value
 * of the library's types fails with a {@code JsonMappingException} whose cause is a {@link
 * dev.diplomacy.json.format.DiplomacyJsonException} listing every problem of that value.
 */
public final class DiplomacyJackson2Module extends Module {

  private static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "dev.diplomacy", "diplomacy-jackson2");

  private final Mode mode;
  private final int maxProblems;

  /** The strict module: unknown property and type names are errors. */
  public DiplomacyJackson2Module() {
    this(Mode.STRICT, JsonLimits.defaults().maxProblems());
  }

  DiplomacyJackson2Module(Mode mode, int maxProblems) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.maxProblems = maxProblems;
  }

  /** The module in the given mode. */
  public static DiplomacyJackson2Module of(Mode mode) {
    return new DiplomacyJackson2Module(mode, JsonLimits.defaults().maxProblems());
  }

  /** The lenient module: unknown properties and types are kept, and written back. */
  public static DiplomacyJackson2Module lenient() {
    return of(Mode.LENIENT);
  }

  /** How this module reads what it does not know. */
  public Mode mode() {
    return mode;
  }

  @Override
  public String getModuleName() {
    return "diplomacy";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  /** One id per mode: see the class's description. */
  @Override
  public Object getTypeId() {
    return DiplomacyJackson2Module.class.getName() + "/" + mode;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (JsonCodec<?> codec : Codecs.ALL) {
      register(codec, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private <T> void register(
      JsonCodec<T> codec, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(codec.type(), new CodecSerializer<>(codec));
    deserializers.addDeserializer(codec.type(), new CodecDeserializer<>(codec, mode, maxProblems));
  }

  @Override
  public String toString() {
    return "DiplomacyJackson2Module[" + mode + "]";
  }
}
