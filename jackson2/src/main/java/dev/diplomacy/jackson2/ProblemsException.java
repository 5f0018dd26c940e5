package dev.diplomacy.jackson2;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.diplomacy.json.format.DiplomacyJsonException;
import java.io.Closeable;
import org.jspecify.annotations.Nullable;

/**
 * How the module's (de)serializers report problems inside Jackson 2: a Jackson exception, so that
 * Jackson and the frameworks built on it handle it as bad input, whose cause is the {@link
 * DiplomacyJsonException} with every problem. {@link DiplomacyJackson2} throws the cause.
 */
final class ProblemsException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  ProblemsException(@Nullable Closeable processor, DiplomacyJsonException problems) {
    super(processor, problems.getMessage(), problems);
  }
}
