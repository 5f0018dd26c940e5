package dev.diplomacy.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the library's types as JSON on Jackson 2, safely: the entry point of the Jackson
 * 2 binding, equal in reach and in format to the Jackson 3 binding's {@code DiplomacyJson}, for
 * applications whose Jackson is 2 (Spring Boot 3, Spark, Flink). It never loads a class of Jackson
 * 3.
 *
 * <pre>{@code
 * DiplomacyJackson2 json = DiplomacyJackson2.strict();
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
 * byte-order marks refused. The format is described in the json module's FORMAT.md.
 */
public final class DiplomacyJackson2 {

  /** The types the library's codecs read. */
  private static final Set<Class<?>> CODEC_TYPES =
      Codecs.ALL.stream().map(JsonCodec::type).collect(Collectors.toUnmodifiableSet());

  private final Mode mode;
  private final JsonLimits limits;
  private final JsonMapper mapper;

  /**
   * The same mapper without the parser's duplicate detection, whose parsers read the library's own
   * types: their codecs detect duplicate keys themselves.
   */
  private final JsonMapper codecMapper;

  private final ClassValue<ObjectReader> readers;
  private final ClassValue<ObjectWriter> writers;

  private DiplomacyJackson2(Mode mode, JsonLimits limits) {
    this.mode = mode;
    this.limits = limits;
    this.mapper = mapper(mode, limits, true);
    this.codecMapper = mapper(mode, limits, false);
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
            return CODEC_TYPES.stream().anyMatch(t -> t.isAssignableFrom(type))
                ? mapper.writerFor(type)
                : mapper.writer();
          }
        };
  }

  /** Strict reading with the default limits: unknown property and type names are errors. */
  public static DiplomacyJackson2 strict() {
    return Defaults.STRICT;
  }

  /** Lenient reading with the default limits: unknown properties and types are kept. */
  public static DiplomacyJackson2 lenient() {
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
   * The Jackson 2 mapper behind this instance, with the {@link DiplomacyJackson2Module}, the
   * limits, duplicate detection and trailing-token detection: for reading or writing your own types
   * that hold the library's. Its exceptions are Jackson's.
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
      throw DocumentStart.byteOrderMark();
    }
    InputLeniency checks = Jackson2Leniency.start();
    return checks.reading(() -> reading(type, () -> parsers(type).createParser(checks.text(json))));
  }

  /** Reads a value of {@code type} from UTF-8 bytes. */
  public <T> T read(byte[] json, Class<T> type) {
    DocumentStart.check(json, json.length);
    InputLeniency checks = Jackson2Leniency.start();
    return checks.reading(
        () -> reading(type, () -> parsers(type).createParser(checks.bytes(json))));
  }

  /** Reads a value of {@code type} from a stream of UTF-8 bytes, which stays open. */
  public <T> T read(InputStream in, Class<T> type) {
    PushbackInputStream pushback = new PushbackInputStream(in, DocumentStart.BYTES);
    try {
      byte[] head = pushback.readNBytes(DocumentStart.BYTES);
      DocumentStart.check(head, head.length);
      pushback.unread(head);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    InputLeniency checks = Jackson2Leniency.start();
    return checks.reading(
        () -> reading(type, () -> parsers(type).createParser(checks.stream(pushback))));
  }

  /** Reads a value of {@code type} from a stream of characters, which stays open. */
  public <T> T read(Reader in, Class<T> type) {
    PushbackReader pushback = new PushbackReader(in, 1);
    try {
      int first = pushback.read();
      if (first == '\uFEFF') {
        throw DocumentStart.byteOrderMark();
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
   * same properties in the same order as {@link #write(Object)}, and read back the same; the same
   * text as the Jackson 3 binding's {@code DiplomacyJson.writePretty}.
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

  /** The layout of {@link #writePretty(Object)}: the format's {@link PrettyLayout}. */
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
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
      printer.indentObjectsWith(indenter);
      printer.indentArraysWith(indenter);
      return printer;
    }
  }

  /**
   * The JSON Pointer of a place the core names by a Java path, as in {@code Finding.path()}: see
   * the Jackson 3 binding's {@code DiplomacyJson.pointerOf}, which gives the same.
   */
  public static String pointerOf(String javaPath) {
    return Pointers.fromJavaPath("", javaPath);
  }

  /** What opens a parser, failing as Jackson 2 does. */
  @FunctionalInterface
  private interface Open<T> {
    T open() throws IOException;
  }

  private <T> T reading(Class<T> type, Open<JsonParser> open) {
    JsonParser parser = null;
    try {
      parser = open.open();
      if (parser.nextToken() == null) {
        throw DiplomacyJsonException.of(
            DocumentStart.atStart(Codes.SYNTAX, "the document is empty"));
      }
      return readValue(parser, reader(type), type);
    } catch (IOException e) {
      throw Jackson2Errors.translate(e, parser);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          // closing a parser of a stream the caller keeps open fails only with that stream
        }
      }
    }
  }

  /**
   * Reads the value whose first token {@code parser} has just read, through {@code reader}, and
   * checks that nothing follows it.
   */
  static <T> T readValue(JsonParser parser, ObjectReader reader, Class<T> type) throws IOException {
    return checkedValue(parser, reader.readValue(parser), type.getSimpleName());
  }

  /**
   * Reads the value whose first token {@code parser} has just read with {@code codec}, which need
   * not be the registered codec of its type, and checks that nothing follows it.
   */
  <T> T readValue(JsonParser parser, JsonCodec<T> codec, String what) throws IOException {
    return checkedValue(
        parser, CodecDeserializer.read(codec, parser, mode, limits.maxProblems()), what);
  }

  /** {@code value}, read by {@code parser}, unless it is null or followed by more. */
  private static <T> T checkedValue(JsonParser parser, @Nullable T value, String what)
      throws IOException {
    if (value == null) {
      throw DiplomacyJsonException.of(
          new Problem(
              "",
              OptionalInt.empty(),
              OptionalInt.empty(),
              Codes.TYPE,
              "expected " + what + ", not null"));
    }
    JsonLocation trailing;
    try {
      trailing = parser.nextToken() == null ? null : parser.currentTokenLocation();
    } catch (StreamReadException e) {
      trailing = e.getLocation();
    }
    if (trailing != null) {
      long at = Jackson2TokenReader.location(trailing);
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
    return CODEC_TYPES.contains(type) ? codecMapper : mapper;
  }

  /**
   * The mapper whose parsers read values of the library's types, its codecs detecting duplicates.
   */
  JsonMapper codecParsers() {
    return codecMapper;
  }

  /** The reader of one document of {@code type}: trailing content is checked here. */
  ObjectReader reader(Class<?> type) {
    return readers.get(type);
  }

  private static <T> T writing(Open<T> write) {
    try {
      return write.open();
    } catch (IOException e) {
      throw Jackson2Errors.translate(e, null);
    }
  }

  private static JsonMapper mapper(Mode mode, JsonLimits limits, boolean duplicateDetection) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxDocumentLength(limits.maxDocumentLength())
                    .build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build())
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicateDetection)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new DiplomacyJackson2Module(mode, limits.maxProblems()))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();
  }

  /** Builds a {@link DiplomacyJackson2}. */
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
    public DiplomacyJackson2 build() {
      return new DiplomacyJackson2(mode, limits);
    }
  }

  private static final class Defaults {
    static final DiplomacyJackson2 STRICT =
        new DiplomacyJackson2(Mode.STRICT, JsonLimits.defaults());
    static final DiplomacyJackson2 LENIENT =
        new DiplomacyJackson2(Mode.LENIENT, JsonLimits.defaults());
  }
}
