package dev.diplomacy.json;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Problem;
import dev.diplomacy.json.format.internal.Codes;
import dev.diplomacy.json.format.internal.DocumentStart;
import dev.diplomacy.json.format.internal.JacksonMessages;
import dev.diplomacy.json.format.internal.Locations;
import dev.diplomacy.json.format.internal.Pointers;
import dev.diplomacy.json.internal.JacksonTokenReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Jackson's exceptions turned into the binding's: none of them leaves {@link DiplomacyJson}. */
final class JacksonErrors {

  private JacksonErrors() {}

  /**
   * What to throw instead of {@code e}: the {@link DiplomacyJsonException} it carries or stands
   * for; an {@link UncheckedIOException} for a failure of the stream; an {@link
   * IllegalArgumentException} for a type Jackson cannot bind at all.
   */
  static RuntimeException translate(JacksonException e, @Nullable JsonParser parser) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DiplomacyJsonException found) {
        return found;
      }
    }
    if (e instanceof JacksonIOException
        && e.getCause() instanceof java.io.CharConversionException bad) {
      // Bytes that are not the text they claim to be: a problem of the document, not of the stream.
      return DiplomacyJsonException.of(
          atStart(
              Codes.SYNTAX,
              "the bytes are not valid text: "
                  + JacksonMessages.reword(String.valueOf(bad.getMessage()))));
    }
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    if (e instanceof InvalidDefinitionException) {
      return new IllegalArgumentException(e.getOriginalMessage());
    }
    return DiplomacyJsonException.of(problem(e, parser));
  }

  /**
   * The problem {@code e} reports, in the library's words ({@link JacksonMessages}); {@code
   * parser}, when given, is the parser that was reading, for where the problem is when {@code e}
   * does not say.
   */
  static Problem problem(JacksonException e, @Nullable JsonParser parser) {
    String original = String.valueOf(e.getOriginalMessage());
    String message = JacksonMessages.reword(original);
    String code;
    String pointer = pointer(e, parser);
    if (e instanceof StreamConstraintsException) {
      code = Codes.LIMIT;
      if (original.contains("getMaxNameLength")) {
        // The name is not read yet: the pointer is that of the object that holds it.
        pointer = objectPointer(e, parser, pointer);
      }
      message = JacksonMessages.limit(original);
    } else if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
      code = Codes.TRAILING;
      message = "the document goes on after its value: one document holds one value";
    } else if (e instanceof MismatchedInputException && original.startsWith("No content to map")) {
      code = Codes.SYNTAX;
      message = "the document is empty";
    } else if (e instanceof StreamReadException
        && original.startsWith("Duplicate Object property")) {
      code = Codes.DUPLICATE_KEY;
      message = original.replace("Duplicate Object property", "this object has twice the property");
    } else if (e instanceof UnrecognizedPropertyException) {
      code = Codes.UNKNOWN_PROPERTY;
    } else if (e instanceof StreamReadException) {
      code = Codes.SYNTAX;
      JsonParser p = e.processor() instanceof JsonParser processor ? processor : parser;
      if (p != null && JacksonLeniency.isHexNumber(original, p)) {
        message = JacksonLeniency.HEX_NUMBER;
        pointer = JacksonLeniency.numberPointer(p);
      }
    } else if (e instanceof MismatchedInputException) {
      code = Codes.TYPE;
    } else {
      code = Codes.INVALID;
    }
    TokenStreamLocation location = location(e, parser);
    long at = JacksonTokenReader.location(location);
    return new Problem(pointer, Locations.line(at), Locations.column(at), code, message);
  }

  /**
   * Where {@code e} happened: where it says, or else where its parser (or {@code parser}) stopped,
   * as for a limit, which Jackson reports without a place.
   */
  static @Nullable TokenStreamLocation location(JacksonException e, @Nullable JsonParser parser) {
    if (e.getLocation() != null) {
      return e.getLocation();
    }
    JsonParser p = e.processor() instanceof JsonParser processor ? processor : parser;
    return p == null ? null : p.currentLocation();
  }

  /** The pointer of the object being read when {@code e} happened, else {@code pointer}. */
  private static String objectPointer(
      JacksonException e, @Nullable JsonParser parser, String pointer) {
    JsonParser p = e.processor() instanceof JsonParser processor ? processor : parser;
    if (p == null || !p.streamReadContext().inObject()) {
      return pointer;
    }
    TokenStreamContext parent = p.streamReadContext().getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  /** Where {@code e} happened: from its path, or from its parser's position. */
  private static String pointer(JacksonException e, @Nullable JsonParser parser) {
    if (!e.getPath().isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (JacksonException.Reference r : e.getPath()) {
        b.append('/')
            .append(
                r.getPropertyName() != null
                    ? Pointers.escape(r.getPropertyName())
                    : String.valueOf(r.getIndex()));
      }
      return b.toString();
    }
    JsonParser p = e.processor() instanceof JsonParser processor ? processor : parser;
    return p == null ? "" : p.streamReadContext().pathAsPointer().toString();
  }

  /** A problem at the start of the document. */
  static Problem atStart(String code, String message) {
    return DocumentStart.atStart(code, message);
  }
}
