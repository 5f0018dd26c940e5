package dev.diplomacy.json;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import dev.diplomacy.json.format.internal.Codecs;
import dev.diplomacy.json.format.internal.Codes;
import dev.diplomacy.json.format.internal.DocumentStart;
import dev.diplomacy.json.format.internal.InputLeniency;
import dev.diplomacy.json.format.internal.JsonCodec;
import dev.diplomacy.json.format.internal.Locations;
import dev.diplomacy.json.format.internal.Pointers;
import dev.diplomacy.json.format.internal.PrettyLayout;
import dev.diplomacy.json.internal.JacksonLimits;
import dev.diplomacy.json.internal.JacksonTokenReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the library's types as JSON, safely: the entry point of the binding.
 *
 * <pre>{@code
 * DiplomacyJson json = DiplomacyJson.strict();
 * String text = json.write(place);
 * Place back = json.read(text, Place.class);
 * }</pre>
 *
 * <p>Every problem of a document is reported at once in a {@link DiplomacyJsonException}, with JSON
 * Pointers, lines and columns; a failing stream gives an {@link UncheckedIOException}. No Jackson
 * exception leaves this class. Streams given to it are neither closed nor wrapped beyond the call.
 * An instance is immutable and thread-safe.
 *
 * <p>Documents are read under {@link JsonLimits}, with duplicate keys, trailing content and
 * byte-order marks refused. The format is described in the module's FORMAT.md.
 */
public final class DiplomacyJson {

  private final Mode mode;
  private final JsonLimits limits;
  private final JsonMapper mapper;

  /**
   * The same mapper without the parser's duplicate detection, whose parsers read the library's own
   * types: their codecs detect duplicate keys themselves, so the parser's detection (a set of the
   * names of every object) would only do it twice.
   */
  private final JsonMapper codecMapper;

  private final ClassValue<ObjectReader> readers;

  /**
   * The writer of each class of value written: for the library's own types, one with the serializer
   * found once (as {@code mapper.writerFor(type)} does), not looked up again on every write; for
   * any other class, the mapper's plain writer.
   */
  private final ClassValue<ObjectWriter> writers;

  private DiplomacyJson(Mode mode, JsonLimits limits) {
    this.mode = mode;
    this.limits = limits;
    this.mapper = mapper(mode, limits);
    this.codecMapper =
        mapper.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    this.readers =
        new ClassValue<>() {
          @Override
          protected ObjectReader computeValue(Class<?> type) {
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
          }
        };
    this.writers =
        new ClassValue<>() {
          @Override
          protected ObjectWriter computeValue(Class<?> type) {
            return CodecTypes.ALL.stream().anyMatch(t -> t.isAssignableFrom(type))
                ? mapper.writerFor(type)
                : mapper.writer();
          }
        };
  }

  /** Strict reading with the default limits: unknown property and type names are errors. */
  public static DiplomacyJson strict() {
    return Defaults.STRICT;
  }

  /** Lenient reading with the default limits: unknown properties and types are kept. */
  public static DiplomacyJson lenient() {
    return Defaults.LENIENT;
  }

  /** A builder, for other limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** The mode of reading. */
  public Mode mode() {
    return mode;
  }

  /** The limits of reading. */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * The Jackson 3 mapper behind this instance, with the {@link DiplomacyModule}, the limits,
   * duplicate detection and trailing-token detection: for reading or writing your own types that
   * hold the library's. Its exceptions are Jackson's.
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Reads a value of {@code type} from JSON text.
   *
   * @throws DiplomacyJsonException listing every problem of the document
   */
  public <T> T read(String json, Class<T> type) {
    if (json.startsWith("\uFEFF")) {
      throw byteOrderMark();
    }
    InputLeniency checks = JacksonLeniency.start();
    return checks.reading(() -> reading(type, () -> parsers(type).createParser(checks.text(json))));
  }

  /** Reads a value of {@code type} from UTF-8 bytes. */
  public <T> T read(byte[] json, Class<T> type) {
    checkStart(json, json.length);
    InputLeniency checks = JacksonLeniency.start();
    return checks.reading(
        () -> reading(type, () -> parsers(type).createParser(checks.bytes(json))));
  }

  /** Reads a value of {@code type} from a stream of UTF-8 bytes, which stays open. */
  public <T> T read(InputStream in, Class<T> type) {
    PushbackInputStream pushback = new PushbackInputStream(in, DocumentStart.BYTES);
    try {
      byte[] head = pushback.readNBytes(DocumentStart.BYTES);
      checkStart(head, head.length);
      pushback.unread(head);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    InputLeniency checks = JacksonLeniency.start();
    return checks.reading(
        () -> reading(type, () -> parsers(type).createParser(checks.stream(pushback))));
  }

  /** Reads a value of {@code type} from a stream of characters, which stays open. */
  public <T> T read(Reader in, Class<T> type) {
    PushbackReader pushback = new PushbackReader(in, 1);
    try {
      int first = pushback.read();
      if (first == '\uFEFF') {
        throw byteOrderMark();
      }
      if (first >= 0) {
        pushback.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reading(type, () -> parsers(type).createParser(pushback));
  }

  /**
   * {@code value} as JSON text.
   *
   * @throws DiplomacyJsonException when it holds what JSON cannot carry (text that is not valid
   *     Unicode, an extension named like a property)
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    return writing(() -> writers.get(value.getClass()).writeValueAsString(value));
  }

  /**
   * Writes {@code value} as UTF-8 JSON to {@code out}, which stays open. On failure, part of it may
   * have been written.
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    writing(
        () -> {
          writers.get(value.getClass()).writeValue(out, value);
          return null;
        });
  }

  /**
   * Writes {@code value} as JSON text to {@code out}, which stays open. On failure, part of it may
   * have been written.
   */
  public void write(Object value, Writer out) {
    Objects.requireNonNull(value, "value");
    writing(
        () -> {
          writers.get(value.getClass()).writeValue(out, value);
          return null;
        });
  }

  /**
   * {@code value} as JSON text for people: each property and array element on a line of its own,
   * indented by two spaces, {@code "name": value}, lines ended by LF whatever the platform. The
   * same properties in the same order as {@link #write(Object)}, and read back the same.
   *
   * @throws DiplomacyJsonException when it holds what JSON cannot carry, as {@link #write(Object)}
   */
  public String writePretty(Object value) {
    Objects.requireNonNull(value, "value");
    return writing(() -> prettyWriter(value).writeValueAsString(value));
  }

  /**
   * Writes {@code value} as UTF-8 JSON for people, as {@link #writePretty(Object)}, to {@code out},
   * which stays open. On failure, part of it may have been written.
   */
  public void writePretty(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    writing(
        () -> {
          prettyWriter(value).writeValue(out, value);
          return null;
        });
  }

  private ObjectWriter prettyWriter(Object value) {
    return writers.get(value.getClass()).with(Pretty.printer());
  }

  /** The layout of {@link #writePretty(Object)}. */
  private static final class Pretty {
    private static final DefaultPrettyPrinter PRINTER =
        printer(new DefaultIndenter(PrettyLayout.INDENT, PrettyLayout.LINE_END));

    private Pretty() {}

    /** A printer for one document: Jackson's keeps state while it writes. */
    static DefaultPrettyPrinter printer() {
      return PRINTER.createInstance();
    }

    private static DefaultPrettyPrinter printer(DefaultIndenter indenter) {
      Separators separators =
          Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      return new DefaultPrettyPrinter(separators)
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }
  }

  private <T> T reading(Class<T> type, Supplier<JsonParser> open) {
    JsonParser parser = null;
    try {
      parser = open.get();
      return readDocument(parser, reader(type), type);
    } catch (JacksonException e) {
      throw JacksonErrors.translate(e, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Reads the one value of the document {@code parser} reads, through {@code reader}, and checks
   * that nothing follows it.
   */
  static <T> T readDocument(JsonParser parser, ObjectReader reader, Class<T> type) {
    if (parser.nextToken() == null) {
      throw DiplomacyJsonException.of(JacksonErrors.atStart(Codes.SYNTAX, "the document is empty"));
    }
    return readValue(parser, reader, type);
  }

  /**
   * Reads the value whose first token {@code parser} has just read, through {@code reader}, and
   * checks that nothing follows it.
   */
  static <T> T readValue(JsonParser parser, ObjectReader reader, Class<T> type) {
    return checkedValue(parser, reader.readValue(parser), type.getSimpleName());
  }

  /**
   * Reads the value whose first token {@code parser} has just read with {@code codec}, which need
   * not be the registered codec of its type, and checks that nothing follows it.
   */
  <T> T readValue(JsonParser parser, JsonCodec<T> codec, String what) {
    return checkedValue(
        parser, CodecDeserializer.read(codec, parser, mode, limits.maxProblems()), what);
  }

  /** {@code value}, read by {@code parser}, unless it is null or followed by more. */
  private static <T> T checkedValue(JsonParser parser, @Nullable T value, String what) {
    if (value == null) {
      throw DiplomacyJsonException.of(
          new Problem(
              "",
              OptionalInt.empty(),
              OptionalInt.empty(),
              Codes.TYPE,
              "expected " + what + ", not null"));
    }
    TokenStreamLocation trailing;
    try {
      trailing = parser.nextToken() == null ? null : parser.currentTokenLocation();
    } catch (StreamReadException e) {
      trailing = e.getLocation();
    }
    if (trailing != null) {
      long at = JacksonTokenReader.location(trailing);
      throw DiplomacyJsonException.of(
          new Problem(
              "",
              Locations.line(at),
              Locations.column(at),
              Codes.TRAILING,
              "the document goes on after its value: one document holds one value"));
    }
    return value;
  }

  /**
   * The mapper whose parsers read documents of {@code type}: without the parser's duplicate
   * detection for the library's own types, whose codecs detect duplicates; with it for any other.
   */
  JsonMapper parsers(Class<?> type) {
    return CodecTypes.ALL.contains(type) ? codecMapper : mapper;
  }

  /**
   * The mapper whose parsers read values of the library's types, its codecs detecting duplicates.
   */
  JsonMapper codecParsers() {
    return codecMapper;
  }

  /** The types the library's codecs read. */
  private static final class CodecTypes {
    static final Set<Class<?>> ALL =
        Codecs.ALL.stream().map(JsonCodec::type).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The reader of one document of {@code type}: trailing content is checked by {@link
   * #readDocument}.
   */
  ObjectReader reader(Class<?> type) {
    return readers.get(type);
  }

  private static <T> T writing(Supplier<T> write) {
    try {
      return write.get();
    } catch (JacksonException e) {
      throw JacksonErrors.translate(e, null);
    }
  }

  /**
   * The JSON Pointer of a place the core names by a Java path, as in {@code Finding.path()}: JSON
   * property names are the Java attribute names, and extensions are written inline, so {@code
   * events[3].recipients[0]} is {@code /events/3/recipients/0} and {@code
   * events[0].extensions[acme:x]} is {@code /events/0/acme:x}. The empty path is {@code ""}, the
   * whole document. Use it to report a dossier's validation findings against its JSON.
   */
  public static String pointerOf(String javaPath) {
    return Pointers.fromJavaPath("", javaPath);
  }

  /** Refuses bytes that cannot start UTF-8 JSON text: a byte-order mark, or UTF-16 or UTF-32. */
  static void checkStart(byte[] bytes, int length) {
    DocumentStart.check(bytes, length);
  }

  static DiplomacyJsonException byteOrderMark() {
    return DocumentStart.byteOrderMark();
  }

  private static JsonMapper mapper(Mode mode, JsonLimits limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                JacksonLimits.readConstraints(limits)
                    .maxDocumentLength(limits.maxDocumentLength())
                    .build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build())
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new DiplomacyModule(mode, limits.maxProblems()))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();
  }

  /** Builds a {@link DiplomacyJson}. */
  public static final class Builder {
    private Mode mode = Mode.STRICT;
    private JsonLimits limits = JsonLimits.defaults();

    private Builder() {}

    /** The mode; strict by default. */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** The limits; {@link JsonLimits#defaults()} by default. */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The instance. Building one builds a mapper: keep and share it. */
    public DiplomacyJson build() {
      return new DiplomacyJson(mode, limits);
    }
  }

  private static final class Defaults {
    static final DiplomacyJson STRICT = new DiplomacyJson(Mode.STRICT, JsonLimits.defaults());
    static final DiplomacyJson LENIENT = new DiplomacyJson(Mode.LENIENT, JsonLimits.defaults());
  }
}
