package dev.diplomacy.json;

import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.internal.Codecs;
import dev.diplomacy.json.format.internal.JsonCodec;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module that reads and writes the library's types, for the mapper you already have:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new DiplomacyModule()).build();
 * }</pre>
 *
 * <p>It is also found by {@code JsonMapper.builder().findAndAddModules()}, through {@link
 * java.util.ServiceLoader}, in its strict form. Adding a lenient module after it replaces it: the
 * strict and the lenient module share one registration id.
 *
 * <p>The module reads and writes the library's types only; the limits that keep hostile input from
 * hurting (nesting depth, lengths, duplicate keys, trailing tokens) belong to the mapper, and
 * {@link DiplomacyJson} sets them. With your own mapper, set them there. A problem in a value of
 * the library's types fails with a Jackson exception (a {@code DatabindException}) whose cause is a
 * {@link dev.diplomacy.json.format.DiplomacyJsonException} listing every problem of that value.
 */
public final class DiplomacyModule extends JacksonModule {

  private static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "dev.diplomacy", "diplomacy-json");

  private final Mode mode;
  private final int maxProblems;

  /** The strict module: unknown property and type names are errors. */
  public DiplomacyModule() {
    this(Mode.STRICT, JsonLimits.defaults().maxProblems());
  }

  DiplomacyModule(Mode mode, int maxProblems) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.maxProblems = maxProblems;
  }

  /** The module in the given mode. */
  public static DiplomacyModule of(Mode mode) {
    return new DiplomacyModule(mode, JsonLimits.defaults().maxProblems());
  }

  /** The lenient module: unknown properties and types are kept, and written back. */
  public static DiplomacyModule lenient() {
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

  /** One id for the strict and the lenient module, so that the one added last wins. */
  @Override
  public Object getRegistrationId() {
    return DiplomacyModule.class.getName();
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
    return "DiplomacyModule[" + mode + "]";
  }
}
