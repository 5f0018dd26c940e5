package dev.diplomacy.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Problem;
import dev.diplomacy.json.format.internal.Codes;
import dev.diplomacy.json.format.internal.DocumentStart;
import dev.diplomacy.json.format.internal.JacksonMessages;
import dev.diplomacy.json.format.internal.Locations;
import dev.diplomacy.json.format.internal.Pointers;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Jackson 2's exceptions turned into the binding's, as the Jackson 3 binding turns Jackson 3's:
 * none of them leaves {@link DiplomacyJackson2}.
 */
final class Jackson2Errors {

  private Jackson2Errors() {}

  /**
   * What to throw instead of {@code e}: the {@link DiplomacyJsonException} it carries or stands
   * for; an {@link UncheckedIOException} for a failure of the stream; an {@link
   * IllegalArgumentException} for a type Jackson cannot bind at all.
   */
  static RuntimeException translate(IOException e, @Nullable JsonParser parser) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DiplomacyJsonException found) {
        return found;
      }
    }
    if (e instanceof CharConversionException bad) {
      // Bytes that are not the text they claim to be: a problem of the document, not of the stream.
      return DiplomacyJsonException.of(
          DocumentStart.atStart(
              Codes.SYNTAX,
              "the bytes are not valid text: "
                  + JacksonMessages.reword(String.valueOf(bad.getMessage()))));
    }
    if (!(e instanceof JsonProcessingException jackson)) {
      return new UncheckedIOException(e);
    }
    if (jackson instanceof InvalidDefinitionException) {
      return new IllegalArgumentException(jackson.getOriginalMessage());
    }
    return DiplomacyJsonException.of(problem(jackson, parser));
  }

  /** The problem {@code e} reports, in the library's words. */
  static Problem problem(JsonProcessingException e, @Nullable JsonParser parser) {
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
    } else if (e instanceof StreamReadException && original.startsWith("Duplicate field")) {
      code = Codes.DUPLICATE_KEY;
      message = original.replace("Duplicate field", "this object has twice the property");
    } else if (e instanceof UnrecognizedPropertyException) {
      code = Codes.UNKNOWN_PROPERTY;
    } else if (e instanceof StreamReadException) {
      code = Codes.SYNTAX;
    } else if (e instanceof MismatchedInputException) {
      code = Codes.TYPE;
    } else {
      code = Codes.INVALID;
    }
    long at = Jackson2TokenReader.location(location(e, parser));
    return new Problem(pointer, Locations.line(at), Locations.column(at), code, message);
  }

  /** Where {@code e} happened: where it says, or else where its parser stopped. */
  static @Nullable JsonLocation location(JsonProcessingException e, @Nullable JsonParser parser) {
    if (e.getLocation() != null) {
      return e.getLocation();
    }
    JsonParser p = parserOf(e, parser);
    return p == null ? null : p.currentLocation();
  }

  private static @Nullable JsonParser parserOf(
      JsonProcessingException e, @Nullable JsonParser parser) {
    return e.getProcessor() instanceof JsonParser processor ? processor : parser;
  }

  /** The pointer of the object being read when {@code e} happened, else {@code pointer}. */
  private static String objectPointer(
      JsonProcessingException e, @Nullable JsonParser parser, String pointer) {
    JsonParser p = parserOf(e, parser);
    if (p == null || !p.getParsingContext().inObject()) {
      return pointer;
    }
    JsonStreamContext parent = p.getParsingContext().getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  /** Where {@code e} happened: from its path, or from its parser's position. */
  private static String pointer(JsonProcessingException e, @Nullable JsonParser parser) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (JsonMappingException.Reference r : mapping.getPath()) {
        b.append('/')
            .append(
                r.getFieldName() != null
                    ? Pointers.escape(r.getFieldName())
                    : String.valueOf(r.getIndex()));
      }
      return b.toString();
    }
    JsonParser p = parserOf(e, parser);
    return p == null ? "" : p.getParsingContext().pathAsPointer().toString();
  }
}
